"""``attribution``: statements against PolNeAR (source / cue / content spans), dev split by default.

Each PolNeAR record becomes an :class:`~watchfloor.model.Article` whose body is the whole text;
articles are parsed in batches, :func:`~watchfloor.extract.attribution.extract_statements` runs on
each, and the statements are scored by ``shared/eval/score_attributions.py``. The report adds the
time spent parsing and extracting (extraction must stay cheap next to the parse).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..extract.attribution import extract_statements
from ..model import Article, Statement, stable_id
from ..nlp import parse
from ..settings import Settings
from ._common import EvalTask, find_shared, load_scorer, read_jsonl

__all__ = ["TASK", "articles_of", "predictions_of", "run", "summary"]


def articles_of(records: Iterable[dict[str, Any]]) -> list[Article]:
    """PolNeAR records as articles: the whole text is body, published from the metadata."""
    out = []
    for rec in records:
        text = rec["text"]
        published = None
        date = (rec.get("meta") or {}).get("publication_date")
        if date:
            try:
                published = dt.date.fromisoformat(str(date)[:10])
            except ValueError:
                published = None
        out.append(
            Article(
                id=stable_id("polnear", rec["id"]),
                text=text,
                body=((0, len(text)),),
                published=published,
                external_id=rec["id"],
                format="jsonl",
            )
        )
    return out


def _span(start: int, end: int) -> dict[str, int]:
    return {"start": start, "end": end}


def _with_complementizer(text: str, start: int) -> int:
    """PolNeAR's contents begin with the complementizer ("that the plan failed"); watchfloor's
    begin after it (the seed gold's convention). Move a start back over a preceding "that", and
    over the comma or dash after it ("that, abortion aside, …")."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k > 0 and text[k - 1] in ",—–":
        k -= 1
        while k > 0 and text[k - 1] == " ":
            k -= 1
    if k >= 4 and text[k - 4 : k].lower() == "that" and (k == 4 or not text[k - 5].isalnum()):
        return k - 4
    return start


def predictions_of(statements: Sequence[Statement], text: str) -> list[dict[str, Any]]:
    """Statements in the scorer's prediction format (content fragments kept, PolNeAR's
    convention for the complementizer)."""
    out = []
    for st in statements:
        start = _with_complementizer(text, st.content.start)
        content: dict[str, Any] = _span(start, st.content.end)
        if st.fragments:
            frags = [[f.start, f.end] for f in st.fragments]
            frags[0][0] = start
            content["spans"] = frags
        out.append(
            {
                "source": _span(st.source.start, st.source.end) if st.source else None,
                "cue": _span(st.cue.start, st.cue.end) if st.cue else None,
                "content": content,
            }
        )
    return out


def run(gold: Path | None, limit: int | None) -> dict[str, Any]:
    """Score the attribution extractor on ``gold`` (default: PolNeAR dev)."""
    path = gold or find_shared() / "data" / "polnear" / "dev.jsonl"
    records = read_jsonl(path)
    if limit:
        records = records[:limit]
    scorer = load_scorer("score_attributions")
    settings = Settings.load()
    tagger = settings.attribution_tagger  # WATCHFLOOR_ATTRIBUTION_TAGGER=0 scores without the tagger
    reranker = settings.attribution_reranker  # WATCHFLOOR_ATTRIBUTION_RERANKER=0 scores the linear selector
    edges = settings.attribution_edges  # WATCHFLOOR_ATTRIBUTION_EDGES=0 scores the selected spans unmoved
    articles = articles_of(records)
    t_parse = t_extract = 0.0
    preds: list[dict[str, Any]] = []
    it = iter(parse(articles))
    while True:
        t0 = time.perf_counter()
        parsed = next(it, None)
        t1 = time.perf_counter()
        t_parse += t1 - t0
        if parsed is None:
            break
        statements = extract_statements(parsed, (), tagger=tagger, reranker=reranker, edges=edges)
        t_extract += time.perf_counter() - t1
        preds.append(
            {
                "id": parsed.article.external_id,
                "attributions": predictions_of(statements, parsed.article.text),
            }
        )
    report: dict[str, Any] = scorer.score(records, preds)
    report["gold"] = str(path)
    report["attribution_tagger"] = tagger
    report["attribution_reranker"] = reranker
    report["attribution_edges"] = edges
    report["seconds"] = {"parse": round(t_parse, 2), "extract": round(t_extract, 2)}
    report["throughput_ratio"] = round(t_parse / (t_parse + t_extract), 3) if t_parse else None
    report["summary"] = scorer.summary_line(report)
    return report


def _switch(report: dict[str, Any], setting: str, default: bool) -> str:
    """Whether an optional stage ran; at its default, with the variable that turns it the other way."""
    on = bool(report.get(setting, default))
    state = "on" if on else "off"
    if on != default:
        return state
    return f"{state} (WATCHFLOOR_{setting.upper()}={int(not on)} turns it {'off' if on else 'on'})"


def summary(report: dict[str, Any]) -> str:
    """The scorer's one-line summary, a per-kind table and the timing."""
    lines = [
        str(report["summary"]),
        f"span tagger: {_switch(report, 'attribution_tagger', True)}",
        f"reranker: {_switch(report, 'attribution_reranker', True)}",
        f"edge refiner: {_switch(report, 'attribution_edges', True)}",
        "",
        "kind       exact_f1  overlap_f1  source_acc  n_gold",
    ]
    for kind in ("direct", "indirect", "mixed"):
        r = report["by_kind"][kind]
        sa = r["overlap"]["source_acc"]
        lines.append(
            f"{kind:<10} {r['exact']['f1']:>8.3f}  {r['overlap']['f1']:>10.3f}  "
            f"{(sa if sa is not None else float('nan')):>10.3f}  {r['overlap']['n_gold']:>6}"
        )
    c = report["content"]
    lines.append(
        f"{'all':<10} {c['exact']['f1']:>8.3f}  {c['overlap']['f1']:>10.3f}  "
        f"{(c['overlap']['source_acc'] or float('nan')):>10.3f}  {report['n_gold']:>6}"
    )
    sec = report["seconds"]
    lines.append(
        f"\nparse {sec['parse']} s, extract {sec['extract']} s; "
        f"throughput vs parse alone {report['throughput_ratio']}"
    )
    return "\n".join(lines)


TASK = EvalTask(
    name="attribution",
    help="statements (source/cue/content) against PolNeAR dev with score_attributions.py",
    run=run,
    summary=summary,
)
