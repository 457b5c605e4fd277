"""Round 18 (issue #5, C22): further doers of one act and consultations by telephone, one event per party
(team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import events
from watchfloor.extract._event_compounds import coagent_markers, coagents

from ._event_builders import events_at


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
