"""Round 16 (issue #5): event targets named through other words — the members a listing phrase names, the
two parties a pair collective stands for, a threat's condition over what it says happens, a truce's
between-phrase on its mediation clause (team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets

from ._event_builders import coded_events as _events
from ._event_builders import event_in


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


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a definite act of force named before: its doer
        (
            "Iran fired missiles at Israel on Saturday. France condemned the attack on Sunday.",
            "condemned",
            {("FRA", "IRN")},
        ),
        # a pair collective: the two parties of the act named before, one event each
        (
            "Armenian and Azerbaijani troops clashed on the border on Tuesday. Russia urged both sides to "
            "show restraint.",
            "urged",
            {("RUS", "ARM"), ("RUS", "AZE")},
        ),
        (
            "Sudan's army fought the RSF in Khartoum. The UN appealed to both sides to let aid through.",
            "appealed",
            {("UN", "SDN")},
        ),
    ],
)
def test_referring_object_takes_the_parties_named_before(
    nlp: Any, text: str, trigger: str, expected: set[Any]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France condemned the attack on Sunday.",  # nothing named before
        "Iran fired missiles at Israel. France condemned Russia's attack.",  # a doer of its own
        "Iran fired missiles at Israel. France condemned the attack by the rebels.",
        "France attacked rebel positions. France condemned the attack.",  # the source's own act
    ],
)
def test_referring_object_guards(nlp: Any, text: str) -> None:
    assert not any(b == "IRN" or b == "FRA" for _, b in _pairs(nlp, text, "condemned"))


def test_referral_kinds(nlp: Any) -> None:
    force = lambda t: "190" if t.lemma_ == "attack" else None  # noqa: E731
    doc = nlp("France condemned the attack.")
    assert _event_targets.referral(doc[1], "111", force) == _event_targets.Referral("act", "19")
    # the act itself ("launched the attack"), or a word of no hostile act, refers to no act; since round 19
    # (C26) a fight or disapproval with no party is aimed at its doer's adversary named nearby instead
    counter = _event_targets.Referral("counter", "")
    assert _event_targets.referral(doc[1], "190", force) == counter
    assert _event_targets.referral(doc[1], "111", lambda t: None) == counter
    assert _event_targets.referral(doc[1], "0256", lambda t: None) is None
    doc = nlp("Russia urged both sides to show restraint.")
    assert _event_targets.referral(doc[1], "0256", force) == _event_targets.Referral("pair", "")
    doc = nlp("Russia urged Armenia to show restraint.")
    assert _event_targets.referral(doc[1], "0256", force) is None


def test_referred_parties_nearest_earlier_event_not_the_sources_own() -> None:
    one, two, three = "Iran struck Israel.", "Israel shelled Gaza.", "France condemned the attack."
    text = " ".join([one, two, three])
    struck = event_in(text, one, "struck", "195", "IRN", "ISR")
    shelled = event_in(text, two, "shelled", "194", "ISR", "PSE")
    condemned = event_in(text, three, "condemned", "111", "FRA", None)
    events = [struck, shelled, condemned]
    act = _event_targets.Referral("act", "19")
    assert [a.code for a in _event_targets.referred_parties(condemned, act, events)] == ["ISR"]
    pair = _event_targets.Referral("pair", "")
    assert [a.code for a in _event_targets.referred_parties(condemned, pair, events)] == ["ISR", "PSE"]
    # the source's own act is no referent: Israel's condemnation of "the attack" is Iran's
    own = event_in(text, three, "condemned", "111", "ISR", None)
    assert [a.code for a in _event_targets.referred_parties(own, act, [struck, shelled, own])] == ["IRN"]
    # a root of no act named before
    assert _event_targets.referred_parties(condemned, _event_targets.Referral("act", "17"), events) == []
    out = _event_targets.with_referred_targets(events, {2: pair}, lambda e, a: f"{e.id}+{a.code}")
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in out[2:]] == [
        ("FRA", "ISR"),
        ("FRA", "PSE"),
    ]
    assert out[3].id == f"{condemned.id}+PSE" and out[:2] == [struck, shelled]


def test_mediation_past_a_time_clause_the_deal_hangs_on(nlp: Any) -> None:
    # the parser hangs "in a deal" on the since-clause, whose subject names no two parties
    text = (
        "Armenia and Azerbaijan exchanged 32 prisoners of war on Thursday in the largest swap since Baku's "
        "offensive began, in a deal brokered by Russia."
    )
    assert _pairs(nlp, text, "brokered") == {("RUS", "ARM"), ("RUS", "AZE")}
