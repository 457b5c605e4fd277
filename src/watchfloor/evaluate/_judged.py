"""``python -m watchfloor.evaluate judged``: today's events against people's judgements of real news.

The codebook sets of the ``events`` task are short, clean sentences the rules were tuned on. What a
user meets is real news, so the team had coded events of PolNeAR articles judged by people who wrote
none of the rules (``tests/data/events/``: ``train_judged.jsonl``, sets 1–4 from PolNeAR train, and
``realnews_judged*.jsonl`` from PolNeAR dev; their README says how each was drawn and judged). Each
judgement names an event by its article and trigger span, with the code and actor codes the judged
version gave, and says whether it is an event (``event_ok``), whether its code and actors are right,
and often what the right ones are.

This task extracts events from those articles with the whole chain as it is now and pairs each
judged item with today's event at the same trigger:

* **kept** items are still coded; their precision (``event_ok`` among them) is today's event
  precision on the events the judged version and today's share; **dropped** items are no longer
  coded, real (a loss) or not (a gain);
* **counted** precision keeps only today's events whose status is ``observed`` or ``claimed``:
  the events the escalation index and the ledger count as having happened (hypothetical, negated
  and denied events stay in the output with their status, and judges mostly say a posed or negated
  event is not an event);
* code and actors of kept real events are right when they equal the judged ones that were right,
  or the judges' correction of wrong ones; a changed value the judges did not name is unknown and
  left out.

Only items drawn uniformly at random are scored (in the dev files, the ``random…`` samples; the
others were drawn from events that changed between two versions and would bias the figure). What
this cannot see: events today's version codes at triggers no judged version coded.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..extract import extract
from ..extract.actors import renamed_code
from ..model import Event
from ..nlp import parse
from ..settings import Settings
from ._attribution import articles_of
from ._common import EvalTask, polnear_records, read_jsonl

__all__ = ["JUDGED", "TASK", "counts", "group_items", "run", "summary"]

JUDGED = Path(__file__).resolve().parents[3] / "tests" / "data" / "events"
COUNTED = frozenset({"observed", "claimed"})


def group_items(path: Path, rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The uniformly drawn judgements of one file, by group: ``train set N`` for the train
    judgement's sets, ``dev <file stem>`` for the random samples of a dev file (diff samples,
    drawn from changed events, are left out)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        if "set" in row:
            name = f"train set {row['set']}"
        elif any(str(s).startswith("random") for s in row.get("sample") or ()):
            name = f"dev {path.stem}"
        else:
            continue
        groups.setdefault(name, []).append(row)
    return groups


def _actor_right(row: dict[str, Any], which: str, now: str | None) -> bool | None:
    """Whether today's code of actor ``which`` ("actor1"/"actor2") is right, None when unknown."""
    ok = row.get(f"{which}_ok")
    judged = row.get(f"{which}_code")
    if ok is None:
        return None
    if now == judged or (judged is not None and now == renamed_code(judged)):
        return bool(ok)  # the same code, or the judged one renamed to the project's ("IGOUNO" → "UN")
    if ok:
        return False  # the judged code was right and today's differs
    right = row.get(f"right_{which}_code")
    if right is None:
        return None
    return now == (None if right == "none" else renamed_code(right))


def _code_right(row: dict[str, Any], now: str) -> bool | None:
    ok = row.get("code_ok")
    if ok is None:
        return None
    if now == row.get("cameo"):
        return bool(ok)
    if ok:
        return False
    right = row.get("right_code")
    return None if right is None else now == right


def counts(rows: Sequence[dict[str, Any]], events: dict[tuple[str, int, int], list[Event]]) -> dict[str, Any]:
    """The scores of judged ``rows`` against today's ``events`` by (article, trigger start, end)."""
    c = dict.fromkeys(
        ("kept_true", "kept_false", "dropped_true", "dropped_false", "counted_true", "counted_false"), 0
    )
    right = {k: [0, 0] for k in ("code", "actor1", "actor2")}  # [right, known]
    for row in rows:
        ok = bool(row["event_ok"])
        now = events.get((str(row["article"]), int(row["trigger_start"]), int(row["trigger_end"])))
        if not now:
            c["dropped_true" if ok else "dropped_false"] += 1
            continue
        c["kept_true" if ok else "kept_false"] += 1
        event = next((e for e in now if e.cameo == row.get("cameo")), now[0])
        if str(event.status) in COUNTED:
            c["counted_true" if ok else "counted_false"] += 1
        if not ok:
            continue
        checks = {
            "code": _code_right(row, event.cameo),
            "actor1": _actor_right(row, "actor1", event.actor1.code if event.actor1 else None),
            "actor2": _actor_right(row, "actor2", event.actor2.code if event.actor2 else None),
        }
        for name, verdict in checks.items():
            if verdict is not None:
                right[name][0] += int(verdict)
                right[name][1] += 1
    kept = c["kept_true"] + c["kept_false"]
    counted = c["counted_true"] + c["counted_false"]
    judged_true = c["kept_true"] + c["dropped_true"]
    report: dict[str, Any] = {
        "items": len(rows),
        **c,
        "judged_precision": round(judged_true / len(rows), 4) if rows else None,
        "precision": round(c["kept_true"] / kept, 4) if kept else None,
        "counted_precision": round(c["counted_true"] / counted, 4) if counted else None,
        "real_kept": round(c["kept_true"] / judged_true, 4) if judged_true else None,
    }
    for name, (good, known) in right.items():
        report[f"{name}_accuracy"] = round(good / known, 4) if known else None
        report[f"{name}_known"] = known
    return report


def run(gold: Path | None, limit: int | None) -> dict[str, Any]:
    """Scores per group of every judged file in ``tests/data/events`` (or of ``gold``)."""
    paths = (
        [gold] if gold else [JUDGED / "train_judged.jsonl", *sorted(JUDGED.glob("realnews_judged*.jsonl"))]
    )
    groups: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        for name, rows in group_items(path, read_jsonl(path)).items():
            groups.setdefault(name, []).extend(rows)
    if limit:
        groups = {name: rows[:limit] for name, rows in groups.items()}
    started = time.perf_counter()
    ids = {str(row["article"]) for rows in groups.values() for row in rows}
    settings = Settings.load()
    events: dict[tuple[str, int, int], list[Event]] = {}
    for parsed in parse(articles_of(polnear_records(ids).values()), settings):
        article_id = str(parsed.article.external_id)
        for event in extract(parsed, settings).events:
            events.setdefault((article_id, event.trigger.start, event.trigger.end), []).append(event)
    report: dict[str, Any] = {"groups": {name: counts(rows, events) for name, rows in sorted(groups.items())}}
    train = [row for name, rows in groups.items() if name.startswith("train") for row in rows]
    dev = [row for name, rows in groups.items() if name.startswith("dev") for row in rows]
    report["train_all"] = counts(train, events)
    report["dev_all"] = counts(dev, events)
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def summary(report: dict[str, Any]) -> str:
    """One row per group: items, kept/dropped, precisions, code and actor accuracy of kept real events."""

    def f(x: Any) -> str:
        return "  -  " if x is None else f"{x:.3f}"

    lines = [
        "group                      items judged  kept  drop(real/not)  prec  counted  real_kept"
        "  code  actor1 actor2"
    ]
    rows = [
        *report["groups"].items(),
        ("train, all sets", report["train_all"]),
        ("dev, all random", report["dev_all"]),
    ]
    for name, r in rows:
        kept = r["kept_true"] + r["kept_false"]
        lines.append(
            f"{name:<26} {r['items']:>5}  {f(r['judged_precision'])} {kept:>5}  "
            f"{r['dropped_true']:>5}/{r['dropped_false']:<5}    {f(r['precision'])}  "
            f"{f(r['counted_precision'])}   {f(r['real_kept'])}    {f(r['code_accuracy'])} "
            f"{f(r['actor1_accuracy'])}  {f(r['actor2_accuracy'])}"
        )
    lines.append(
        "judged: event precision of the version judged; prec: of the judged events still coded today; "
        "counted: of those today counts as having happened (observed, claimed)"
    )
    lines.append(f"({report['seconds']} s)")
    return "\n".join(lines)


TASK = EvalTask(
    name="judged",
    help="today's events against people's judgements of coded events in real news (tests/data/events)",
    run=run,
    summary=summary,
)
