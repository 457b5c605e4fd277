"""``html``: main-text extraction of the ``html`` reader on ``shared/data/html_eval``.

Each page's raw bytes go through :func:`watchfloor.ingest.extract_main_text` (the ``html``
reader's decoding and extraction) and then :func:`watchfloor.ingest.clean` (the body ranges
watchfloor keeps as article text). Both are scored by ``shared/eval/score_html_snippets.py``
with trafilatura's ``with``/``without`` snippet method, micro-averaged over pages:

* the top-level figures score the article **body** (body ranges joined by newlines);
* ``reader`` scores the reader's main text before cleaning (plain trafilatura output).

Pages per second count the extraction and cleaning calls only (file reading excluded), by
wall clock and by CPU time (the CPU figure does not move with the machine's load). The
reference figures of plain trafilatura 2.3.1 from the data set's README are added for
comparison when the whole set is scored.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Final

from ..errors import Errors, IngestError, SettingsError
from ..ingest import TRAFILATURA_OPTIONS, clean, extract_main_text
from ..model import RawDocument
from ._common import EvalTask, find_shared, load_scorer

__all__ = ["TASK", "body_of", "run", "summary"]

# shared/data/html_eval/README.md, "Reference results": trafilatura 2.3.1, standard mode, 200 pages
REFERENCE: Final[dict[str, float]] = {"precision": 0.883, "recall": 0.952, "f1": 0.916}
_FIGURES: Final = ("precision", "recall", "accuracy", "f1", "tp", "fp", "fn", "tn")


def _load(gold: Path) -> dict[str, Any]:
    if not gold.is_file():
        raise SettingsError(Errors.E030.format(path=gold))
    with gold.open(encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


def body_of(url: str, text: str | None) -> str | None:
    """The article body watchfloor keeps of a page's main text (``None`` if none)."""
    if text is None:
        return None
    try:
        article = clean(RawDocument(origin=url, record=None, text=text, format="html"))
    except IngestError:
        return None
    return "\n".join(text[start:end] for start, end in article.body)


def run(gold: Path | None = None, limit: int | None = None) -> dict[str, Any]:
    """Extract and score the pages of ``gold`` (default: the 200-page set), the first ``limit`` URLs."""
    gold = gold or find_shared() / "data" / "html_eval" / "evaldata.json"
    evaldata = _load(gold)
    urls = sorted(evaldata)[:limit] if limit else sorted(evaldata)
    evaldata = {url: evaldata[url] for url in urls}
    scorer = load_scorer("score_html_snippets")
    pages_dir = gold.parent / "pages"
    texts: dict[str, str | None] = {}
    bodies: dict[str, str | None] = {}
    seconds = 0.0
    cpu_seconds = 0.0
    for url in urls:
        path = pages_dir / evaldata[url]["file"]
        if not path.is_file():
            raise SettingsError(Errors.E030.format(path=path))
        html = path.read_bytes()
        start, cpu_start = time.perf_counter(), time.process_time()
        texts[url] = extract_main_text(html)
        bodies[url] = body_of(url, texts[url])
        seconds += time.perf_counter() - start
        cpu_seconds += time.process_time() - cpu_start
    body_report, _ = scorer.score(evaldata, bodies)
    reader_report, _ = scorer.score(evaldata, texts)
    report: dict[str, Any] = dict(body_report)
    report.update(
        {
            "task": "html",
            "gold": str(gold),
            "reader": {key: reader_report[key] for key in _FIGURES},
            "no_text": sum(1 for text in texts.values() if text is None),
            "no_body": sum(1 for body in bodies.values() if body is None),
            "seconds": round(seconds, 3),
            "pages_per_s": round(len(urls) / seconds, 1) if seconds else None,
            "cpu_seconds": round(cpu_seconds, 3),
            "pages_per_cpu_s": round(len(urls) / cpu_seconds, 1) if cpu_seconds else None,
            "options": dict(TRAFILATURA_OPTIONS),
            "reference_trafilatura": REFERENCE if limit is None else None,
        }
    )
    return report


def summary(report: dict[str, Any]) -> str:
    """Figures for the body and the reader's text, plus the trafilatura reference (whole set)."""

    def figures(r: dict[str, Any]) -> str:
        return (
            f"tp={r['tp']} fp={r['fp']} fn={r['fn']} tn={r['tn']} | "
            f"P {r['precision']:.3f} R {r['recall']:.3f} acc {r['accuracy']:.3f} F1 {r['f1']:.3f}"
        )

    lines = [
        f"html: {report['pages']} pages, {report['pages_per_s']} pages/s wall, "
        f"{report['pages_per_cpu_s']} pages per CPU second (extraction + cleaning)",
        f"  article body (after clean): {figures(report)}",
        f"  reader text (trafilatura):  {figures(report['reader'])}",
    ]
    ref = report.get("reference_trafilatura")
    if ref:
        lines.append(
            f"  reference, trafilatura 2.3.1 standard (README): "
            f"P {ref['precision']:.3f} R {ref['recall']:.3f} F1 {ref['f1']:.3f}"
        )
    return "\n".join(lines)


TASK = EvalTask(
    name="html",
    help="main-text extraction of the html reader on shared/data/html_eval (P/R/F1, pages/s)",
    run=run,
    summary=summary,
)
