"""Round 20 (issue #5, G28): co-agents of one act are not each other's targets — a joint commitment to act
on a third party, an offer to mediate, a joint statement (team-written sentences, none from the probe
sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_commit import (
    acceptance_lemmas,
    accepted_truce,
    accepted_yield,
    coagent_acts,
    complement_acts,
    mediating,
    third_party_object,
    without_coagent_targets,
    yield_code,
)

from ._event_builders import event_in, events_at, sentence_codes


def _pairs(nlp: Any, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in events_at(nlp, text, trigger)
    ]


def _word(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_complement_acts_follow_coordinated_infinitives(nlp: Any) -> None:
    doc = nlp("The ministers agreed on Friday to freeze the assets and to expel the envoys.")
    assert [t.text for t in complement_acts(_word(doc, "agreed"))] == ["freeze", "expel"]
    assert complement_acts(_word(nlp("The ministers agreed on a plan."), "agreed")) == []


def test_third_party_object_is_no_member_and_none_of_theirs(nlp: Any) -> None:
    doc = nlp("Japan and Canada agreed to sanction Iranian officials and to pull back their troops.")
    members = {_word(doc, "Japan").i, _word(doc, "Canada").i}
    codes = {"officials": "IRNGOV", "troops": "JPNMIL"}
    found = third_party_object(_word(doc, "agreed"), members, ["JPN", "CAN"], lambda t: codes.get(t.text))
    assert found is not None and found.text == "officials"
    # the doers' own (a country of the subject, or held by a possessive pronoun) is no third party
    assert (
        third_party_object(_word(doc, "agreed"), members, ["IRN", "CAN"], lambda t: codes.get(t.text)) is None
    )


def test_mediating_reads_the_complement(nlp: Any) -> None:
    doc = nlp("Norway and Cuba offered to mediate between the two sides.")
    assert mediating(_word(doc, "offered"), None, frozenset({"mediate"}))
    assert not mediating(_word(doc, "offered"), None, frozenset({"broker"}))


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a joint commitment to act on a third party: each member on it, none on another member
        (
            "Japan, Australia and Canada agreed on Monday to freeze the assets of Iranian officials.",
            "agreed",
            [("JPN", "IRN"), ("AUS", "IRN"), ("CAN", "IRN")],
        ),
        # an offer to mediate: the mediators act side by side
        (
            "Norway and Cuba offered to mediate between the two sides.",
            "offered",
            [("NOR", None), ("CUB", None)],
        ),
    ],
)
def test_coagents_are_not_each_others_targets(
    nlp: Any, text: str, trigger: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an agreement between the members stays reciprocal
        ("Chad and Sudan agreed to a ceasefire on Sunday.", "agreed", [("TCD", "SDN"), ("SDN", "TCD")]),
        ("Chad and Sudan met in Doha on Sunday.", "met", [("TCD", "SDN"), ("SDN", "TCD")]),
    ],
)
def test_acts_between_members_stay_reciprocal(
    nlp: Any, text: str, trigger: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


def test_acceptance_lemmas_are_read_from_the_table() -> None:
    assert "accept" in acceptance_lemmas()["accept"] and "agree" in acceptance_lemmas()["agree"]


@pytest.mark.parametrize(
    ("sentence", "verb", "found"),
    [
        ("The militia said it had accepted the truce.", "accepted", True),
        ("The rebels agreed to hand over their arms and accept a truce.", "accept", True),
        ("The rebels refused to accept the truce.", "accept", False),  # a refusal
        ("The rebels will accept the truce.", "accept", False),  # an intent
        ("The rebels did not accept the truce.", "accept", False),  # negated
        ("The rebels accepted the offer.", "accepted", False),  # no truce
    ],
)
def test_accepted_truce(nlp: Any, sentence: str, verb: str, found: bool) -> None:
    token = _word(nlp(sentence), verb)
    assert (accepted_truce(token, lambda t: t.lemma_ == "truce") is not None) is found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The militia denied that it had accepted any ceasefire.", ("0871", "accepted")),
        ("The rebels agreed to hand over their arms and accept a ceasefire.", ("0871", "accept")),
    ],
)
def test_a_ceasefire_accepted_is_the_truce(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in sentence_codes(nlp, sentence)


_TEXT = "Chad and Niger urged both sides to talk. Chad met Mali."


def test_coagent_acts_are_acts_of_several_sources() -> None:
    called = [event_in(_TEXT, _TEXT, "urged", "0256", one, None) for one in ("TCD", "NER")]
    met = event_in(_TEXT, _TEXT, "met", "040", "TCD", "MLI")
    joint = coagent_acts([*called, met], [0, 2])
    assert joint == {(called[0].trigger.start, "0256"): frozenset({"TCD", "NER"})}


def test_without_coagent_targets_aims_at_no_one_once() -> None:
    pairs = [("TCD", "NER"), ("TCD", "SDN"), ("NER", "TCD"), ("NER", "SDN")]
    events = [event_in(_TEXT, _TEXT, "urged", "0256", one, two) for one, two in pairs]
    joint = coagent_acts(events, [0, 1])
    kept = [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in without_coagent_targets(events, joint)
    ]
    assert kept == [("TCD", None), ("TCD", "SDN"), ("NER", None), ("NER", "SDN")]
    assert without_coagent_targets(events, {}) == events


def test_a_joint_appeal_to_all_sides_is_each_members(nlp: Any) -> None:
    text = "Kenya, Uganda and Tanzania condemned the raid and called on all sides to show restraint."
    assert _pairs(nlp, text, "called") == [("KEN", None), ("UGA", None), ("TZA", None)]


@pytest.mark.parametrize(
    ("sentence", "verb", "found"),
    [
        ("The mayor said he accepted the verdict.", "accepted", True),
        ("The junta had accepted all of the terms.", "accepted", True),
        ("The cabinet accepted the proposal.", "accepted", False),  # an offer to cooperate accepted
        ("The mayor will accept the verdict.", "accept", False),  # an intent
        ("The mayor did not accept the verdict.", "accept", False),  # negated
        ("The junta agreed to accept a UN envoy.", "accept", False),  # a commitment to accept
    ],
)
def test_accepted_yield(nlp: Any, sentence: str, verb: str, found: bool) -> None:
    assert accepted_yield(_word(nlp(sentence), verb)) is found


def test_yield_code_reads_the_intent_map_backwards() -> None:
    mapping = {"08": "035", "0831": "0341", "087": "0356", "04": "036"}
    assert yield_code("0341", mapping) == "0831"
    assert yield_code("0356", mapping) == "087"
    assert yield_code("030", mapping) == "080" and yield_code("035", mapping) == "080"
    assert yield_code("036", mapping) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor said on Friday that he accepted the verdict.", ("080", "accepted")),
        ("The president accepted the resignation of the interior minister.", ("0831", "accepted")),
    ],
)
def test_an_acceptance_done_is_a_yielding(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in sentence_codes(nlp, sentence)
