"""``python -m watchfloor.evaluate events`` and ``… status``: CAMEO coding and evidential status.

**events** codes the English sentences of ``shared/data/cameo/`` with
:func:`watchfloor.extract.events.extract_events` and reports, per set:

- ``root_accuracy`` / ``full_accuracy``: the sentence's main event (the coded trigger
  highest in the parse) has the gold root code / the gold full code. A sentence with
  no coded event counts as wrong.
- ``precision``: the share of all coded events whose root is the root of a gold event of
  the sentence (over-generation lowers it; a "no event" record makes every event wrong).
- ``coverage``: the share of sentences with at least one coded event.
- ``actor_accuracy`` (PLOVER records only): the main event's actor1 matches a gold source
  actor and its actor2 a gold target actor (country code prefix; ``IGO`` matches any
  international organisation; a body the writer labelled by its short name, "AU" or
  "ECOWAS", matches the code the coder's dictionary gives that name), over all gold source and target slots.
- ``pair_recall`` / ``pair_precision`` (sets with actor codes: PLOVER and the crisis probes): the
  share of gold (source, target, root) pairs some coded event has (its actor1 matching the source,
  its actor2 the target when the gold names one, its root the root), and the share of coded events
  with a coded actor1 that are such a pair of their sentence. Unlike the main-event figures they see
  every party of a compound actor ("Russia and Ukraine signed…", "the US and Britain condemned…"),
  coded one event per pair, and reciprocal acts coded in each direction.
- ``matched_actor_accuracy`` (sets with actor codes): for each gold event matched by a coded event
  (as for dates below: same root, at the gold trigger when one is; of several events at the trigger, one
  per party of a compound actor, the one whose actors agree best), whether the matched event's actor1
  is a gold source and its actor2 a gold target, over the gold source and target slots
  (``matched_actor_slots``; ``matched_source_accuracy`` and ``matched_target_accuracy`` per slot).
  The main-event figure above compares one event per sentence with every gold event of the sentence,
  so on multi-event wire sentences it mostly measures which event was chosen as the main one; this
  figure measures the actors the coder gives the events it found.

Sets: ``cameo_manual_examples.jsonl`` (one codebook example per code), the PLOVER recoding of
those examples (CC BY-SA; codes compared through a PLOVER→CAMEO-root map, so its root figure
is approximate), and ``petrarch_validation.jsonl`` (PETRARCH2 unit-test and validation records;
only gold events whose code is a CAMEO code count, and actors there are fictional, so no actor
figure). The sentence texts are used here for evaluation only; the verb patterns were written
from the CAMEO code labels, not from these sentences. More sets live in the repository
(``tests/data/events/crisis_probe_dev.jsonl``, ``crisis_probe_check.jsonl`` … ``crisis_probe_check8.jsonl``):
sentences of wire copy about the 2016–2024 crises written and coded by team members who never saw the
coder, scored the same way (actors too). Each check was scored unread first; dev and checks 1–4 have
since been read when the coder was revised (check5, check6 and check7 too, in rounds 15, 16 and 17), check8
(round 17) only scored.

``date_accuracy`` (sets whose gold events carry a ``date``: ``event_dates_dev.jsonl``): for each dated
gold event matched by a coded event of its sentence — a coded event with the gold event's root (the
root the code and precision figures compare), the one at the gold trigger word when there is one —
whether the coded event's ``date`` equals the gold date (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or
``YYYY-Www``: the governing time expression's value at the text's granularity, else the article
date). ``date_events`` is the number matched, ``dated`` the number of dated gold events. A set whose
records carry ``split`` ("dev" / "check") also gets the figure per split (``date_splits``).

``status_accuracy`` (sets whose gold events carry a ``status``: the crisis probes and the date set):
for each gold event with a status matched as for dates, whether the coded event has that status, with
precision and recall per class (``status_classes``), and, for the matched gold events a party claims
or denies, the share whose ``claimed_by`` is that party (``claimed_by_accuracy``: an unset
``claimed_by`` is wrong). These events come from the whole chain,
statements included, as ``watchfloor extract`` gives them (the code and actor figures above code each
sentence without statements, to measure the coder alone). The writers label an expressed intent or
threat observed; the coder calls it claimed (docs/events.md, "Moscow is ready for talks"), so those
count as errors here.

The crisis sets and the date set also get figures with each **article coded whole** (``articles_…``: the
article's sentences joined in order, statements included, as ``watchfloor extract`` codes them), each gold
event compared with the events of its own sentence — root, precision, actors of matched events, status and
claimed_by. Coded alone a sentence cannot see a party an earlier sentence names ("condemned the attack",
"urged both sides", "…, the army said" in a story placed in Mozambique).

**status** scores the evidential status classifier on the team-labelled PolNeAR dev set
``tests/data/evidential/status_labels.jsonl`` (references only: article id and offsets). The
articles come from ``shared/data/polnear/dev.jsonl``; their gold attributions become the
:class:`~watchfloor.model.Statement` objects, so the figure measures the status rules given
correct statements. Precision and recall are reported per class.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..model import Article, EvidentialStatus, Span, Speaker, Statement, StatementKind
from ..settings import Settings
from ._common import EvalTask, find_shared, read_jsonl

__all__ = ["TASK", "date_matches", "pair_matches", "run", "status_report"]

CAMEO_SETS = ("cameo_manual_examples", "plover_gsr_cameo_manual", "petrarch_validation")
# team-written crisis sentences with their codes (tests/data/events/README.md)
PROBE_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "events"
PROBE_SETS = (
    "crisis_probe_dev",
    "crisis_probe_check",
    "crisis_probe_check2",
    "crisis_probe_check3",
    "crisis_probe_check4",
    "crisis_probe_check5",
    "crisis_probe_check6",
    "crisis_probe_check7",
    "crisis_probe_check8",
    "crisis_probe_check9",
    "crisis_probe_check10",
    "crisis_probe_check11",
    "crisis_probe_check12",
    "crisis_probe_check13",
    "crisis_probe_check14",
    "crisis_probe_check15",
    "crisis_probe_check16",
    "crisis_probe_check17",
    "event_dates_dev",
)
MIN_CLASS = 20
# PLOVER 0.5b1 categories → the CAMEO root codes they cover (approximate, for root comparison).
PLOVER_ROOTS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"03", "05"}),
    "CONSULT": frozenset({"04"}),
    "SUPPORT": frozenset({"05"}),
    "COOPERATE": frozenset({"06"}),
    "AID": frozenset({"07"}),
    "CONCEDE": frozenset({"08"}),
    "RETREAT": frozenset({"08"}),
    "INVESTIGATE": frozenset({"09"}),
    "DEMAND": frozenset({"02", "10"}),
    "DISAPPROVE": frozenset({"11"}),
    "REJECT": frozenset({"12"}),
    "THREATEN": frozenset({"13"}),
    "PROTEST": frozenset({"14"}),
    "MOBILIZE": frozenset({"15"}),
    "SANCTION": frozenset({"16"}),
    "COERCE": frozenset({"17"}),
    "ASSAULT": frozenset({"18"}),
    "FIGHT": frozenset({"19", "20"}),
}
_ALIASES = {"JAP": "JPN"}
_IGO = frozenset({"NATO", "EU", "UN"})


def _gold(record: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Gold (full codes, root codes) of a record; PLOVER categories give roots only."""
    codes: set[str] = set()
    roots: set[str] = set()
    for ev in record.get("gold_events") or []:
        if "plover" in ev and "code" not in ev:
            roots |= PLOVER_ROOTS.get(str(ev["plover"]).upper(), frozenset())
        elif ev.get("code_in_cameo", True) and ev.get("code"):
            codes.add(str(ev["code"]))
            roots.add(str(ev["code"])[:2])
    return codes, roots


@functools.lru_cache(maxsize=256)
def _body_code(label: str) -> str | None:
    """The actor code of an international body a writer labelled by its short name ("AU", "ECOWAS",
    "G7") rather than by a CAMEO code, through the coder's own dictionary; None for anything else."""
    from ..extract.actors import code_actor

    if label in _IGO or label in {"IGO", "NGO"} or not label.isalnum():
        return None
    code = code_actor(label).code
    return code if code is not None and code.startswith(("IGO", "NGO")) and code != label else None


def _actor_ok(code: str | None, gold: Sequence[dict[str, Any]]) -> bool:
    if not code:
        return False
    for actor in gold:
        want = _ALIASES.get(str(actor.get("code") or ""), str(actor.get("code") or ""))
        if not want:
            continue
        body = _body_code(want)
        if body is not None and code == body:
            return True
        if want == "IGO" and (code in _IGO or code.startswith(("IGO", "NGO"))):
            return True
        if code.startswith(want) or (len(want) >= 3 and code[:3] == want[:3]):
            return True
    return False


def _gold_pairs(
    record: dict[str, Any],
) -> list[tuple[list[dict[str, Any]], list[dict[str, Any]], frozenset[str]]]:
    """A record's gold events as (source actors, target actors, roots), those with a coded source only."""
    out = []
    for ev in record.get("gold_events") or []:
        source = [a for a in ev.get("source") or [] if isinstance(a, dict) and a.get("code")]
        target = [a for a in ev.get("target") or [] if isinstance(a, dict) and a.get("code")]
        if "plover" in ev and "code" not in ev:
            roots = PLOVER_ROOTS.get(str(ev["plover"]).upper(), frozenset())
        elif ev.get("code_in_cameo", True) and ev.get("code"):
            roots = frozenset({str(ev["code"])[:2]})
        else:
            continue
        if source and roots:
            out.append((source, target, roots))
    return out


def pair_matches(event: Any, pair: tuple[list[dict[str, Any]], list[dict[str, Any]], frozenset[str]]) -> bool:
    """Whether a coded event is a gold (source, target, roots) pair: its root one of the roots, its
    actor1 a source actor, its actor2 a target actor when the gold names one (any when it names none)."""
    source, target, roots = pair
    if event.cameo[:2] not in roots:
        return False
    if not _actor_ok(event.actor1.code if event.actor1 else None, source):
        return False
    return not target or _actor_ok(event.actor2.code if event.actor2 else None, target)


def _candidates(gold: dict[str, Any], events: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """The coded events of a gold event's root, and those of them at the gold trigger: its words exactly,
    else a coded trigger whose words run inside a gold trigger of several ("cut" in "cut diplomatic ties",
    "called on" in "called on both sides") — the writers often mark a phrase where the coder marks its
    verb, and a compound's events must each meet their own party's gold event, not fall back to the
    first event of the root."""
    code = str(gold.get("code") or "")
    same_root = [ev for ev in events if code and ev.cameo[:2] == code[:2]]
    trigger = str(gold.get("trigger") or "").lower()
    exact = [ev for ev in same_root if ev.trigger.text.lower() == trigger]
    if exact or " " not in trigger.strip():
        return same_root, exact
    words = f" {' '.join(trigger.split())} "
    return same_root, [
        ev
        for ev in same_root
        if ev.trigger.text.strip() and f" {' '.join(ev.trigger.text.lower().split())} " in words
    ]


def _match_gold(gold: dict[str, Any], events: Sequence[Any]) -> Any | None:
    """The coded event a gold event is compared with: same root; at the gold trigger word if one is."""
    same_root, at_trigger = _candidates(gold, events)
    return (at_trigger or same_root or [None])[0]


def _match_parties(gold: dict[str, Any], events: Sequence[Any]) -> Any | None:
    """The coded event a gold event's actors are compared with: as :func:`_match_gold`, but among the
    coded events at the gold trigger the one whose actors agree with the gold's best, the first on a
    tie — a compound actor is coded one event per party ("France, Germany and Britain condemned …"),
    and each gold event of the compound is that party's event."""
    same_root, candidates = _candidates(gold, events)
    if not candidates:
        return same_root[0] if same_root else None  # another word's event: the first, as for dates

    def agreement(event: Any) -> int:
        hits = 0
        for slot, key in (("actor1", "source"), ("actor2", "target")):
            want = [a for a in gold.get(key) or [] if isinstance(a, dict) and a.get("code")]
            actor = getattr(event, slot)
            hits += bool(want) and _actor_ok(actor.code if actor else None, want)
        return hits

    return max(candidates, key=agreement)


def date_matches(record: dict[str, Any], events: Sequence[Any]) -> list[tuple[str, str | None]]:
    """(gold date, coded date) for each dated gold event of a record that a coded event matches."""
    out = []
    for gold in record.get("gold_events") or []:
        if not gold.get("date"):
            continue
        event = _match_gold(gold, events)
        if event is not None:
            out.append((str(gold["date"]), event.date))
    return out


def _date_report(records: list[dict[str, Any]], coded: list[list[tuple[Any, int]]]) -> dict[str, Any]:
    """The date figures of a set whose gold events carry dates (empty when none does)."""
    dated = sum(1 for r in records for ev in r.get("gold_events") or [] if ev.get("date"))
    if not dated:
        return {}
    by_split: dict[str, list[bool]] = {}
    hits: list[bool] = []
    for record, events in zip(records, coded, strict=True):
        same = [want == got for want, got in date_matches(record, [ev for ev, _ in events])]
        hits += same
        if record.get("split"):
            by_split.setdefault(str(record["split"]), []).extend(same)
    report: dict[str, Any] = {"date_accuracy": _share(hits), "date_events": len(hits), "dated": dated}
    if by_split:
        report["date_splits"] = {
            name: {"date_accuracy": _share(h), "date_events": len(h)} for name, h in sorted(by_split.items())
        }
    return report


STATUSES: tuple[str, ...] = tuple(s.value for s in EvidentialStatus)


def status_report(records: list[dict[str, Any]], coded: list[list[tuple[Any, int]]]) -> dict[str, Any]:
    """The status figures of a set whose gold events carry a ``status`` (empty when none does): for
    each such gold event matched by a coded event (as for dates: same root, at the gold trigger when
    one is), whether the coded event's status is the gold one; per class, precision and recall over
    the matched events."""
    pairs: list[tuple[str, str]] = []
    sources: list[bool] = []
    for record, events in zip(records, coded, strict=True):
        for gold in record.get("gold_events") or []:
            if gold.get("status") not in STATUSES:
                continue
            event = _match_gold(gold, [ev for ev, _ in events])
            if event is None:
                continue
            pairs.append((str(gold["status"]), str(event.status)))
            if gold["status"] in {"claimed", "denied"} and gold.get("claimed_by"):
                by = event.claimed_by.code if event.claimed_by is not None else None
                sources.append(_actor_ok(by, [{"code": gold["claimed_by"]}]))
    if not pairs:
        return {}
    classes: dict[str, dict[str, Any]] = {}
    for name in STATUSES:
        gold_n = sum(1 for g, _ in pairs if g == name)
        pred_n = sum(1 for _, p in pairs if p == name)
        right = sum(1 for g, p in pairs if g == p == name)
        if gold_n or pred_n:
            classes[name] = {
                "gold": gold_n,
                "pred": pred_n,
                "precision": round(right / pred_n, 4) if pred_n else None,
                "recall": round(right / gold_n, 4) if gold_n else None,
            }
    return {
        "status_accuracy": _share([g == p for g, p in pairs]),
        "status_events": len(pairs),
        "status_classes": classes,
        # of the matched gold events a party claims or denies, those whose coded claimed_by is that party
        "claimed_by_accuracy": _share(sources),
        "claimed_by_events": len(sources),
    }


def article_report(records: list[dict[str, Any]]) -> dict[str, Any]:
    """The figures of a set whose records carry an ``article`` id, with each article coded whole, as
    ``watchfloor extract`` codes it (its sentences joined in order, statements included), each gold event
    compared with the events whose trigger is inside its own sentence: root accuracy and precision as
    for one sentence, actors of matched events (:func:`_match_parties`), status and claimed_by. Coded
    alone, a sentence cannot see the party an earlier one names ("condemned the attack", "urged both
    sides", "…, the army said" in a story placed in Mozambique); coded whole, it can. Empty when a record
    has no article id."""
    if not records or not all(r.get("article") for r in records):
        return {}
    groups: list[list[dict[str, Any]]] = []
    for record in records:
        if groups and groups[-1][0]["article"] == record["article"]:
            groups[-1].append(record)
        else:
            groups.append([record])
    texts: list[str] = []
    ranges: list[list[tuple[int, int]]] = []
    for group in groups:
        parts: list[str] = []
        spans: list[tuple[int, int]] = []
        at = 0
        for record in group:
            lead = _lead(record)
            spans.append((at, at + len(lead)))
            parts.append(lead)
            at += len(lead) + 1
        texts.append(" ".join(parts))
        ranges.append(spans)
    dates = [record_date(group[0].get("date")) for group in groups]
    # each record's events: those of its article whose trigger is inside its own sentence, in the
    # records' order, so that the sentence scorers read them as they read a sentence coded alone
    coded: list[list[tuple[Any, int]]] = []
    for spans, parsed in zip(ranges, _parsed(texts, dates), strict=True):
        events = _coded(parsed, True)
        coded += [
            [(ev, depth) for ev, depth in events if start <= ev.trigger.start < end] for start, end in spans
        ]
    scores = _score_set(records, True, coded)
    status = status_report(records, coded)
    return {
        "articles": len(groups),
        "articles_root_accuracy": scores["root_accuracy"],
        "articles_precision": scores["precision"],
        "articles_matched_actor_accuracy": scores.get("matched_actor_accuracy"),
        "articles_matched_source_accuracy": scores.get("matched_source_accuracy"),
        "articles_matched_target_accuracy": scores.get("matched_target_accuracy"),
        "articles_status_accuracy": status.get("status_accuracy"),
        "articles_claimed_by_accuracy": status.get("claimed_by_accuracy"),
    }


def _share(hits: Sequence[bool]) -> float | None:
    return round(sum(hits) / len(hits), 4) if hits else None


def _depth(token: Any) -> int:
    return sum(1 for _ in token.ancestors)


UNDATED = dt.date(2000, 1, 1)


def record_date(value: Any) -> dt.date:
    """The article date of an event record: its ``date`` ("2022-02-15" or PETRARCH's "19950101"),
    else 2000-01-01 (the codebook examples carry none)."""
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return UNDATED


def code_texts(
    texts: Sequence[str], dates: Sequence[dt.date] | None = None, *, statements: bool = False
) -> list[list[tuple[Any, int]]]:
    """Events for each text (as one article published on its date in ``dates``, else 2000-01-01),
    each with its trigger's parse depth, in text order. The text's time expressions go in as in the
    pipeline (they set the events' dates only). Without ``statements`` no statements go in (status and
    claimant come from the text alone); with it the whole default chain runs, attribution included, as
    ``watchfloor extract`` does."""
    return [_coded(parsed, statements) for parsed in _parsed(texts, dates)]


def _parsed(texts: Sequence[str], dates: Sequence[dt.date] | None) -> Iterator[Any]:
    from ..nlp import parse

    articles = [
        Article(id=f"eval-{i}", text=t, body=((0, len(t)),), published=dates[i] if dates else UNDATED)
        for i, t in enumerate(texts)
    ]
    return parse(articles)


def _coded(parsed: Any, statements: bool) -> list[tuple[Any, int]]:
    """One parsed text's events (see :func:`code_texts`), each with its trigger's parse depth."""
    from ..extract import extract
    from ..extract.events import extract_events
    from ..extract.timex import extract_timexes

    if statements:
        events = list(extract(parsed).events)
    else:
        events = extract_events(parsed, [], extract_timexes(parsed))
    doc = parsed.doc
    scored = []
    for ev in events:
        span = doc.char_span(ev.trigger.start, ev.trigger.end, alignment_mode="expand")
        scored.append((ev, _depth(span.root) if span is not None else 99))
    return scored


def _lead(record: dict[str, Any]) -> str:
    # Codebook examples carry the codebook's own remarks after "Note:"; they are not part of the lead.
    return str(record["text"]).split(" Note: ")[0]


def _score_set(
    records: list[dict[str, Any]], with_actors: bool, coded: list[list[tuple[Any, int]]] | None = None
) -> dict[str, Any]:
    """The code, actor and date figures of a set, from ``coded`` (each record's events without statements,
    :func:`code_texts`) when the caller has them."""
    coded_all = (
        coded
        if coded is not None
        else code_texts([_lead(r) for r in records], [record_date(r.get("date")) for r in records])
    )
    n = root_ok = full_ok = covered = emitted = right = 0
    full_n = 0
    actor_hits = actor_slots = 0
    matched_slots: dict[str, list[bool]] = {"actor1": [], "actor2": []}
    pair_hits = pair_n = pair_right = pair_emitted = 0
    confusion: Counter[str] = Counter()
    for record, events in zip(records, coded_all, strict=True):
        codes, roots = _gold(record)
        no_events = bool(record.get("gold_no_events"))
        if not roots and not no_events:
            continue  # gold only in non-CAMEO (WEIS) codes: nothing to compare
        n += 1
        emitted += len(events)
        right += sum(1 for ev, _ in events if ev.cameo[:2] in roots)
        if events:
            covered += 1
        main = min(events, key=lambda x: x[1])[0] if events else None
        if no_events:
            root_ok += main is None
            full_ok += main is None
            full_n += 1
            continue
        if main is not None and main.cameo[:2] in roots:
            root_ok += 1
        else:
            confusion[f"{sorted(roots)[0]}->{main.cameo[:2] if main else 'none'}"] += 1
        if codes:
            full_n += 1
            full_ok += main is not None and main.cameo in codes
        if with_actors:
            pairs = _gold_pairs(record)
            pair_n += len(pairs)
            pair_hits += sum(1 for p in pairs if any(pair_matches(ev, p) for ev, _ in events))
            coded = [ev for ev, _ in events if ev.actor1 is not None and ev.actor1.code]
            pair_emitted += len(coded)
            pair_right += sum(1 for ev in coded if any(pair_matches(ev, p) for p in pairs))
            for ev in record.get("gold_events") or []:
                matched = _match_parties(ev, [e for e, _ in events])
                for slot, key in (("actor1", "source"), ("actor2", "target")):
                    gold = [a for a in ev.get(key) or [] if isinstance(a, dict) and a.get("code")]
                    if not gold:
                        continue
                    actor_slots += 1
                    actor = getattr(main, slot) if main is not None else None
                    actor_hits += _actor_ok(actor.code if actor else None, gold)
                    if matched is not None:
                        actor = getattr(matched, slot)
                        matched_slots[slot].append(_actor_ok(actor.code if actor else None, gold))
    report: dict[str, Any] = {
        "records": n,
        "root_accuracy": round(root_ok / n, 4) if n else None,
        "full_accuracy": round(full_ok / full_n, 4) if full_n else None,
        "full_records": full_n,
        "precision": round(right / emitted, 4) if emitted else None,
        "events": emitted,
        "coverage": round(covered / n, 4) if n else None,
        "top_root_errors": dict(confusion.most_common(8)),
    }
    if with_actors:
        report["actor_accuracy"] = round(actor_hits / actor_slots, 4) if actor_slots else None
        report["actor_slots"] = actor_slots
        # the actors of the coded event each gold event is matched with (as for dates and status), so
        # that a wrong code choice for the sentence's main event does not count as an actor error
        both = matched_slots["actor1"] + matched_slots["actor2"]
        report["matched_actor_accuracy"] = _share(both)
        report["matched_actor_slots"] = len(both)
        report["matched_source_accuracy"] = _share(matched_slots["actor1"])
        report["matched_target_accuracy"] = _share(matched_slots["actor2"])
        report["pair_recall"] = round(pair_hits / pair_n, 4) if pair_n else None
        report["pair_precision"] = round(pair_right / pair_emitted, 4) if pair_emitted else None
        report["pairs"] = pair_n
    report.update(_date_report(records, coded_all))
    return report


def set_path(name: str) -> Path:
    """Where an event set named ``name`` lives: the shared CAMEO data or the repository's crisis probe."""
    if name in PROBE_SETS:
        return PROBE_DIR / f"{name}.jsonl"
    return find_shared() / "data" / "cameo" / f"{name}.jsonl"


def run(gold: Path | None, limit: int | None) -> dict[str, Any]:
    probes = [name for name in PROBE_SETS if (PROBE_DIR / f"{name}.jsonl").exists()]
    paths = [gold] if gold else [set_path(name) for name in (*CAMEO_SETS, *probes)]
    started = time.perf_counter()
    report: dict[str, Any] = {"sets": {}}
    for path in paths:
        records = [r for r in read_jsonl(path) if r.get("lang", "en") == "en"]
        if limit:
            records = records[:limit]
        with_actors = any(
            isinstance(ev.get("source"), list) for r in records for ev in r.get("gold_events") or []
        )
        if not any(ev.get("status") for r in records for ev in r.get("gold_events") or []):
            report["sets"][path.stem] = _score_set(records, with_actors)
            continue
        # status as a user gets it: the whole chain, statements included, on the same parse (the code and
        # actor figures code each sentence without statements, so that they measure the coder alone)
        parsed = list(_parsed([_lead(r) for r in records], [record_date(r.get("date")) for r in records]))
        coded = [_coded(p, False) for p in parsed]
        report["sets"][path.stem] = _score_set(records, with_actors, coded)
        report["sets"][path.stem].update(status_report(records, [_coded(p, True) for p in parsed]))
        report["sets"][path.stem].update(article_report(records))
    report["seconds"] = round(time.perf_counter() - started, 2)
    return report


def summary(report: dict[str, Any]) -> str:
    lines = ["set                          records  root   full   prec   cover  actor  events  pairR  pairP"]

    def f(x: Any) -> str:
        return "  -  " if x is None else f"{x:.3f}"

    for name, r in report["sets"].items():
        lines.append(
            f"{name:<28} {r['records']:>7}  {f(r['root_accuracy'])}  {f(r['full_accuracy'])}  "
            f"{f(r['precision'])}  {f(r['coverage'])}  {f(r.get('actor_accuracy'))}  {r['events']:>6}  "
            f"{f(r.get('pair_recall'))}  {f(r.get('pair_precision'))}"
        )
    for name, r in report["sets"].items():
        if r.get("matched_actor_slots"):
            lines.append(
                f"{name:<28} actors of matched events: {f(r['matched_actor_accuracy'])} of "
                f"{r['matched_actor_slots']} slots (source {f(r['matched_source_accuracy'])}, "
                f"target {f(r['matched_target_accuracy'])})"
            )
        if r.get("dated"):
            lines.append(
                f"{name:<28} dates: {f(r['date_accuracy'])} of {r['date_events']} matched "
                f"({r['dated']} dated gold events)"
            )
        if r.get("status_events"):
            per_class = "; ".join(
                f"{c} {f(v['precision'])}/{f(v['recall'])} ({v['gold']})"
                for c, v in r["status_classes"].items()
                if v["gold"]
            )
            lines.append(
                f"{name:<28} status: {f(r['status_accuracy'])} of {r['status_events']} matched; "
                f"P/R (gold): {per_class}"
            )
            if r.get("claimed_by_events"):
                lines.append(
                    f"{name:<28} claimed_by: {f(r['claimed_by_accuracy'])} of {r['claimed_by_events']} "
                    "matched claimed or denied events"
                )
        if r.get("articles"):
            lines.append(
                f"{name:<28} as {r['articles']} articles: root {f(r['articles_root_accuracy'])}, "
                f"precision {f(r['articles_precision'])}, "
                f"actors of matched events {f(r['articles_matched_actor_accuracy'])} "
                f"(source {f(r.get('articles_matched_source_accuracy'))}, "
                f"target {f(r.get('articles_matched_target_accuracy'))}), "
                f"status {f(r['articles_status_accuracy'])}, "
                f"claimed_by {f(r['articles_claimed_by_accuracy'])}"
            )
        for split, d in (r.get("date_splits") or {}).items():
            label = f"{name} {split}"
            lines.append(f"{label:<28} dates: {f(d['date_accuracy'])} of {d['date_events']} matched")
    lines.append(f"({report['seconds']} s)")
    return "\n".join(lines)


TASK = EvalTask(
    name="events",
    help="CAMEO root/full-code accuracy, actor accuracy and event precision per shared/data/cameo set",
    run=run,
    summary=summary,
)


# --- status -------------------------------------------------------------------------------------

LABELS = Path(__file__).resolve().parents[3] / "tests" / "data" / "evidential" / "status_labels.jsonl"


def _statements(article: dict[str, Any]) -> list[Statement]:
    text = article["text"]
    out: list[Statement] = []
    for att in article.get("attributions") or []:
        content = att["content"]
        source = att.get("source")
        cue = att.get("cue")
        out.append(
            Statement(
                id=f"{article['id']}:{att['id']}",
                source=Span.of(text, source["start"], source["end"]) if source else None,
                cue=Span.of(text, cue["start"], cue["end"]) if cue else None,
                content=Span.of(text, content["start"], content["end"]),
                kind=StatementKind(att.get("kind") or "indirect"),
                speaker=Speaker(name=source["text"] if source else "(unnamed)"),
                sentence=Span.of(text, content["start"], content["end"]),
                fragments=tuple(Span.of(text, a, b) for a, b in content.get("spans") or ()),
            )
        )
    return out


# the part of an article to parse for its labelled triggers: (text, its labels, its gold statements) →
# character ranges (``Article.body``)
BodyOf = Callable[[str, list[dict[str, Any]], list[Statement]], tuple[tuple[int, int], ...]]


def predict_status(
    labels: Iterable[dict[str, Any]], articles: dict[str, dict[str, Any]], body: BodyOf | None = None
) -> list[str]:
    """The classifier's status for each labelled trigger (given PolNeAR's gold attributions), parsing
    each article whole, or only the ranges ``body`` gives (blanked elsewhere, so offsets hold)."""
    from ..extract._status_model import status_model
    from ..extract.evidential import classify_status
    from ..nlp import parse

    # WATCHFLOOR_STATUS_MODEL=1 scores the rules with the learned correction (S22; off by default)
    model = status_model() if Settings.load().status_model else None
    labels = list(labels)
    wanted = sorted({lab["article"] for lab in labels})
    statements = {a: _statements(articles[a]) for a in wanted}
    by_article: dict[str, list[dict[str, Any]]] = {a: [] for a in wanted}
    for lab in labels:
        by_article[lab["article"]].append(lab)

    def ranges(a: str) -> tuple[tuple[int, int], ...]:
        text = articles[a]["text"]
        return ((0, len(text)),) if body is None else body(text, by_article[a], statements[a])

    docs = {}
    for parsed in parse(Article(id=a, text=articles[a]["text"], body=ranges(a)) for a in wanted):
        docs[parsed.article.id] = parsed.doc
    out: list[str] = []
    for lab in labels:
        doc = docs[lab["article"]]
        span = doc.char_span(lab["trigger_start"], lab["trigger_end"], alignment_mode="expand")
        token = span[-1] if span is not None else doc[0]
        out.append(str(classify_status(token, statements[lab["article"]], model=model).status))
    return out


def _scores(gold_labels: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Accuracy, per-class precision/recall and the confusion of two parallel label lists."""
    per_class: dict[str, Any] = {}
    for status in EvidentialStatus:
        s = str(status)
        tp = sum(1 for g, p in zip(gold_labels, predicted, strict=True) if g == s and p == s)
        n_gold = gold_labels.count(s)
        n_pred = predicted.count(s)
        per_class[s] = {
            "gold": n_gold,
            "predicted": n_pred,
            "precision": round(tp / n_pred, 4) if n_pred else None,
            "recall": round(tp / n_gold, 4) if n_gold else None,
            "gated": n_gold >= MIN_CLASS,
        }
    correct = sum(1 for g, p in zip(gold_labels, predicted, strict=True) if g == p)
    confusion = Counter(f"{g}->{p}" for g, p in zip(gold_labels, predicted, strict=True) if g != p)
    return {
        "items": len(gold_labels),
        "accuracy": round(correct / len(gold_labels), 4) if gold_labels else None,
        "classes": per_class,
        "confusion": dict(confusion.most_common()),
    }


def _summary_block(title: str, report: dict[str, Any]) -> list[str]:
    lines = [
        f"{title}: {report['items']} labelled triggers, accuracy {report['accuracy']}",
        "class         gold  pred  P      R",
    ]
    for name, c in report["classes"].items():
        p = "  -  " if c["precision"] is None else f"{c['precision']:.3f}"
        r = "  -  " if c["recall"] is None else f"{c['recall']:.3f}"
        mark = "" if c["gated"] else "  (< 20 gold: not gated)"
        lines.append(f"{name:<13} {c['gold']:>4}  {c['predicted']:>4}  {p}  {r}{mark}")
    lines.append(f"confusion (gold->pred): {report['confusion']}")
    return lines
