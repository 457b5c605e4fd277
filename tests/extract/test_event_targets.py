"""Round 16 (issue #5): event targets named through other words — the members a listing phrase names, the
two parties a pair collective stands for, a threat's condition over what it says happens, a truce's
between-phrase on its mediation clause (team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets
from watchfloor.extract.events import extract_events
from watchfloor.model import Article, Event, ParsedArticle


def _events(nlp: Any, text: str) -> list[Event]:
    article = Article(id="c16", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    return extract_events(parsed, [], [], keep_filter=False)


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    found = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.cameo) for e in _events(nlp, text)]
    return {
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in found
    }


def test_target_words_kinds() -> None:
    kinds = [_event_targets.target_words(k) for k in ("listing", "pair", "collective")]
    assert all(kinds)
    assert {"among", "including"} <= kinds[0] and "both" in kinds[1] and "side" in kinds[2]
    assert not (kinds[0] & kinds[1] or kinds[1] & kinds[2] or kinds[0] & kinds[2])
    assert _event_targets.target_words("no such kind") == frozenset()


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        (
            "Moscow expelled diplomats from four European countries, among them Poland, Latvia and Estonia, "
            "on Friday.",
            "expelled",
            {("RUS", "POL"), ("RUS", "LVA"), ("RUS", "EST")},
        ),
        # (a guard: the parser already coordinates this listing with its plural, before and after)
        (
            "Beijing imposed sanctions on several Western governments, including Canada and Australia.",
            "imposed",
            {("CHN", "CAN"), ("CHN", "AUS")},
        ),
    ],
)
def test_listed_members_are_the_targets(nlp: Any, text: str, trigger: str, expected: set[Any]) -> None:
    assert _pairs(nlp, text, trigger) == expected


def test_listed_member_only_for_a_collective_of_parties(nlp: Any) -> None:
    # a victim among others is no party the act is aimed at
    doc = nlp("The blast killed twelve people, including two Americans.")
    people = next(t for t in doc if t.text == "people")
    assert _event_targets.listed_member(people, lambda t: t.ent_type_ in {"GPE", "NORP"}) is None
    doc = nlp("Moscow expelled diplomats from four countries, among them Poland and Latvia.")
    countries = next(t for t in doc if t.text == "countries")
    found = _event_targets.listed_member(countries, lambda t: t.ent_type_ == "GPE")
    assert found is not None and found.text == "Poland"


def test_paired_party_is_the_coordination_the_sentence_names(nlp: Any) -> None:
    codable = lambda t: t.ent_type_ == "GPE"  # noqa: E731
    members = lambda t: [t, *(c for c in t.children if c.dep_ == "conj")]  # noqa: E731
    doc = nlp(
        "Turkey urged both countries to show restraint as flights to Armenia and Azerbaijan were cancelled."
    )
    urged = next(t for t in doc if t.text == "urged")
    found = _event_targets.paired_party(urged, doc[0], codable, members)
    assert found is not None and found.text == "Armenia"
    # named nowhere in the sentence: an earlier sentence's parties, not the source's
    doc = nlp("Turkey and Qatar urged both sides to show restraint.")
    urged = next(t for t in doc if t.text == "urged")
    assert _event_targets.paired_party(urged, doc[0], codable, members) is None
    # no pair object
    doc = nlp("Turkey urged Armenia and Azerbaijan to show restraint.")
    urged = next(t for t in doc if t.text == "urged")
    assert _event_targets.paired_party(urged, doc[0], codable, members) is None


def test_threat_targets_its_condition_over_what_it_says_happens(nlp: Any) -> None:
    text = "He warned that Tehran's answer would be swift if Washington imposed new sanctions."
    assert "USA" in {b for _, b in _pairs(nlp, text, "warned")}
    doc = nlp(text)
    warned = next(t for t in doc if t.text == "warned")
    said = next(c for c in warned.children if c.dep_ == "ccomp")
    assert _event_targets.in_said_subject(next(t for t in doc if t.text == "answer"), said)
    assert not _event_targets.in_said_subject(next(t for t in doc if t.text == "Washington"), said)
    assert not _event_targets.in_said_subject(doc[0], None)


def test_truce_between_phrase_on_its_mediation_clause(nlp: Any) -> None:
    text = "A truce brokered by Qatar between Israel and Hamas took effect on Sunday."
    assert _pairs(nlp, text, "truce") == {("ISR", "PSE"), ("PSE", "ISR")}
    doc = nlp(text)
    truce = next(t for t in doc if t.text == "truce")
    assert [c.text for c in _event_targets.mediation_clauses(truce, frozenset({"broker"}))] == ["brokered"]
    assert _event_targets.mediation_clauses(truce, frozenset({"mediate"})) == []
