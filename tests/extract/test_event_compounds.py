"""Round 18 (issue #5, C22): further doers of one act and consultations by telephone, one event per party
(team-written sentences, none from the probe sets)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from watchfloor.extract import events
from watchfloor.extract._event_compounds import coagent_markers, coagents, with_pair_sources
from watchfloor.model import Actor, Event

from ._event_builders import event_in, events_at


def _pairs(nlp: Any, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in events_at(nlp, text, trigger)
    ]


def test_coagent_markers_are_read_from_the_table() -> None:
    assert {"together", "along"} <= coagent_markers()
    assert "with" not in coagent_markers()


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # on the verb, beside a passive's by-agent
        ("The accord was brokered by Oman together with Jordan and Kuwait.", "Oman", ["Jordan", "Kuwait"]),
        # on the subject itself
        ("Norway, along with Cuba, hosted the talks.", "Norway", ["Cuba"]),
        # a plain with-phrase names the other party, no co-doer
        ("Norway held talks with Cuba.", "Norway", []),
    ],
)
def test_coagents_finds_the_members_of_a_marked_with_phrase(
    nlp: Any, text: str, word: str, expected: list[str]
) -> None:
    doc = nlp(text)
    source = next(t for t in doc if t.text == word)
    assert [t.text for t in coagents(source, events._conjuncts)] == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # each mediator mediates (CAMEO: one event per actor); none is the other's target
        (
            "The accord, mediated by Norway together with Cuba, ended the war.",
            "mediated",
            [("NOR", None), ("CUB", None)],
        ),
        ("Jordan, together with Oman, mediated the exchange.", "mediated", [("JOR", None), ("OMN", None)]),
        # co-doers of an act with its own other party: each does it to that party
        ("Denmark, together with Sweden, condemned Iran.", "condemned", [("DNK", "IRN"), ("SWE", "IRN")]),
        # a co-agent coded as the source's own country is none of its own ("its allies")
        ("London along with its partners condemned Iran.", "condemned", [("GBR", "IRN")]),
    ],
)
def test_each_coagent_is_a_source_of_its_own(
    nlp: Any, text: str, trigger: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


def test_a_telephone_consultation_goes_both_ways(nlp: Any) -> None:
    pairs = _pairs(nlp, "The Indian prime minister spoke by phone with the German chancellor.", "spoke")
    assert set(pairs) == {("IND", "DEU"), ("DEU", "IND")}


def test_reciprocal_lemmas_read_the_calls_table() -> None:
    # "spoke" coded as a statement is no consultation: only under 04 is it joint
    table = events._reciprocal_lemmas()
    assert table["speak"] == ("with", frozenset({"04"}))
    assert table["meet"][0] == "object"  # the verbs table is still read


def _event(text: str, sentence: str, trigger: str, code: str, one: str | None, two: str | None) -> Event:
    event = event_in(text, sentence, trigger, code, one, two)
    return (
        dataclasses.replace(event, actor1=Actor(name=sentence.split()[0], code=None))
        if one is None
        else event
    )


def _paired(event: Event, one: Actor, two: Actor | None) -> str:
    return f"{event.id}/{one.code}>{two.code if two else ''}"


def test_with_pair_sources_gives_the_act_to_both_parties() -> None:
    text = "Kenya accused Uganda of arming rebels. The two sides later signed a deal."
    before = _event(text, "Kenya accused", "accused", "112", "KEN", "UGA")
    signed = _event(text, "The two sides", "signed", "057", None, None)
    out = with_pair_sources([before, signed], {signed.id}, _paired)
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in out] == [
        ("KEN", "UGA"),
        ("KEN", "UGA"),
        ("UGA", "KEN"),
    ]
    assert len({e.id for e in out}) == 3


def test_with_pair_sources_keeps_a_target_of_the_act_and_an_event_with_no_pair() -> None:
    text = "Kenya accused Uganda of arming rebels. The two sides urged Sudan to talk."
    before = _event(text, "Kenya accused", "accused", "112", "KEN", "UGA")
    urged = _event(text, "The two sides", "urged", "0256", None, "SDN")
    out = with_pair_sources([before, urged], {urged.id}, _paired)
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in out[1:]] == [
        ("KEN", "SDN"),
        ("UGA", "SDN"),
    ]
    alone = with_pair_sources([urged], {urged.id}, _paired)
    assert alone == [urged]


def test_a_pair_collective_subject_takes_the_parties_named_before(nlp: Any) -> None:
    text = "Kenya accused Uganda of arming rebels on Monday. The two sides signed a border accord on Friday."
    pairs = {
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in events_at(nlp, text, "signed")
    }
    assert pairs == {("KEN", "UGA"), ("UGA", "KEN")}


def test_a_pair_collective_partner_is_not_sent_back(nlp: Any) -> None:
    # "both generals" is no party of its own: the article's earlier pair is, aimed at once, never a source
    found = events_at(nlp, "The Indian prime minister spoke by phone with both generals on Monday.", "spoke")
    assert [e.actor1.code[:3] if e.actor1 and e.actor1.code else None for e in found] == ["IND"]
