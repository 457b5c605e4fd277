"""``python -m watchfloor.evaluate timex``: TIMEX3 recognition and normalisation, TempEval-3 style.

Gold: ``shared/data/tempeval3/train.jsonl.gz`` (TimeBank + AQUAINT, 256 documents). Each
document becomes an :class:`~watchfloor.model.Article` whose body is the whole text and
whose ``published`` date is the document creation time; it is parsed with the pipeline of
:func:`watchfloor.nlp.parse` (entity recogniser off: the rules never read entities) and run
through :func:`watchfloor.extract.timex.extract_timexes`.
``shared/eval/score_timex.py`` scores strict/relaxed span F1, value F1 and type F1.

There is only a training split here. The rules were first written on the TimeBank part
alone, with AQUAINT held out; since then they have been tuned on both parts (AQUAINT's first
half used for development, its second half and TimeBank checked for drops, though errors of
both halves were read), so no TempEval-3 section of this report is held out. The held-out test
is the TempEval-3 platinum set, which is not in ``shared/``. In its stead the report adds
``PolNeAR-blind``: 24 PolNeAR dev articles (US political news, 2016) annotated blind by two
annotators with TimeML's conventions (``tests/data/timex/``, references only), never read for
a rule; it is not part of ``all``. A rule is kept only when it states a
general TimeML convention or anchoring rule, never a document's own words. The report has
``all``, ``TimeBank``, ``AQUAINT`` and the two AQUAINT halves (``AQUAINT.1``, ``AQUAINT.2``:
the first and second half of its documents in file order).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from ..model import Article, ParsedArticle
from ._common import EvalTask, find_shared, load_scorer, read_jsonl

__all__ = ["REALNEWS", "TASK", "evaluate", "load_gold", "load_realnews", "predict", "run"]

TUNED_ON = "TimeBank + AQUAINT, every part below (held-out test: TE3 platinum, not in shared/)"
AQUAINT = "AQUAINT"
BLIND = "PolNeAR-blind"
REALNEWS = Path(__file__).resolve().parents[3] / "tests" / "data" / "timex" / "realnews_blind.jsonl"


def predict(docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Predictions in the scorer's format for gold-format documents (``id``, ``text``, ``dct``)."""
    from ..extract.timex import extract_timexes
    from ..nlp import load_pipeline

    articles = []
    for d in docs:
        dct = d.get("dct")
        articles.append(
            Article(
                id=str(d["id"]),
                text=d["text"],
                body=((0, len(d["text"])),),
                published=dt.date.fromisoformat(dct[:10]) if dct else None,
            )
        )
    preds: dict[str, dict[str, Any]] = {}
    # The parse of watchfloor.nlp.parse, without the entity recogniser: the timex rules read
    # tags, lemmas and dependencies only, and the gate must stay fast on a shared machine.
    nlp = load_pipeline()
    disable = [name for name in ("ner",) if name in nlp.pipe_names]
    pairs = ((a.body_text(), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, disable=disable):
        found = extract_timexes(ParsedArticle(article=article, doc=doc))
        preds[article.id] = {
            "id": article.id,
            "timexes": [
                {"start": t.start, "end": t.end, "value": t.value, "type": str(t.type), "text": t.text}
                for t in found
            ],
        }
    return preds


def load_gold(path: Path | None = None) -> list[dict[str, Any]]:
    """The gold documents (default: ``shared/data/tempeval3/train.jsonl.gz``)."""
    return read_jsonl(path or find_shared() / "data" / "tempeval3" / "train.jsonl.gz")


def load_realnews(shared: Path, refs: Path = REALNEWS) -> list[dict[str, Any]]:
    """The blind real-news set in gold format: PolNeAR dev texts with the team's TIMEX3 references.

    A reference line is ``{"article", "start", "end", "type", "value", "text_chars"}``; the
    document creation time is the date in the PolNeAR id (``nyt_2016-09-19_…``). Raises
    :class:`~watchfloor.errors.SettingsError` (WF-E032) when a reference does not fit the text.
    """
    from ..errors import Errors, SettingsError

    texts = {d["id"]: d["text"] for d in read_jsonl(shared / "data" / "polnear" / "dev.jsonl")}
    docs: dict[str, dict[str, Any]] = {}
    for n, ref in enumerate(read_jsonl(refs), start=1):
        aid = str(ref["article"])
        text = texts.get(aid)
        if text is None:
            reason = "no such article in PolNeAR dev"
        elif (
            not 0 <= ref["start"] < ref["end"] <= len(text) or ref["end"] - ref["start"] != ref["text_chars"]
        ):
            reason = f"span {ref['start']}-{ref['end']} is not {ref['text_chars']} characters of the text"
        else:
            reason = ""
        if reason:
            raise SettingsError(Errors.E032.format(path=refs, line=n, article=aid, reason=reason))
        doc = docs.setdefault(aid, {"id": aid, "text": texts[aid], "dct": aid.split("_")[1], "timexes": []})
        doc["timexes"].append({k: ref[k] for k in ("start", "end", "type", "value")})
    return list(docs.values())


def evaluate(docs: list[dict[str, Any]]) -> dict[str, Any]:
    """Predict and score ``docs``: a report with an ``all`` section and one per ``corpus``."""
    scorer = load_scorer("score_timex")
    started = time.perf_counter()
    preds = predict(docs)
    seconds = time.perf_counter() - started
    report: dict[str, Any] = {"seconds": round(seconds, 2), "tuned_on": TUNED_ON}
    parts: dict[str, list[dict[str, Any]]] = {"all": docs}
    for d in docs:
        if d.get("corpus"):
            parts.setdefault(str(d["corpus"]), []).append(d)
    aquaint = parts.get(AQUAINT, [])
    if len(aquaint) >= 2:  # the development half and the check half
        parts[f"{AQUAINT}.1"] = aquaint[: len(aquaint) // 2]
        parts[f"{AQUAINT}.2"] = aquaint[len(aquaint) // 2 :]
    for name, part in parts.items():
        gold_docs = {str(d["id"]): d for d in part}
        pred_docs = {k: preds[k] for k in gold_docs}
        rep, _, _ = scorer.score(gold_docs, pred_docs)
        report[name] = rep
    return report


def run(gold: Path | None, limit: int | None) -> dict[str, Any]:
    docs = load_gold(gold)
    if limit:
        docs = docs[:limit]
    report = evaluate(docs)
    report["gold"] = str(gold or find_shared() / "data" / "tempeval3" / "train.jsonl.gz")
    if gold is None and not limit and REALNEWS.exists():
        report[BLIND] = evaluate(load_realnews(find_shared()))["all"]
    return report


def summary(report: dict[str, Any]) -> str:
    lines = [f"gold {report['gold']}  ({report['seconds']} s; tuned on {report['tuned_on']})"]
    head = ("part", "docs", "gold", "pred", "strict", "relaxed", "value", "type")
    lines.append(
        f"{head[0]:<13} " + " ".join(f"{h:>5}" if i < 3 else f"{h:>7}" for i, h in enumerate(head[1:]))
    )
    for name, rep in report.items():
        if not isinstance(rep, dict):
            continue
        lines.append(
            f"{name:<13} {rep['n_docs']:>5} {rep['n_gold']:>5} {rep['n_pred']:>5} "
            f"{rep['strict']['f1']:>7.4f} {rep['relaxed']['f1']:>7.4f} {rep['value']['f1']:>7.4f} "
            f"{rep['type']['f1']:>7.4f}"
        )
    lines.append("(F1; value F1 = TempEval-3 Value F1 = relaxed F1 × value accuracy)")
    if BLIND in report:
        lines.append(f"({BLIND}: annotated blind, never tuned on; not part of 'all' — tests/data/timex/)")
    return "\n".join(lines)


TASK = EvalTask(
    name="timex",
    help="TIMEX3 recognition + normalisation on TempEval-3 train (TimeBank and AQUAINT, both tuned on)",
    run=run,
    summary=summary,
)
