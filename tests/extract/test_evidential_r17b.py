"""Evidential status, issue #5 round 17 (task S20): status on crisis copy. Rules read off the
over-claimed events of the crisis probes (check7, check5, check3): a public act of speech that a
spokesperson relays for the party it speaks for is the writer's report of that act, not a claim
("Guterres condemned the attack, his spokesman said"). Every sentence is invented; each statement is
built as attribution draws it (see ``_statement``)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from watchfloor.extract.evidential import _described_as_done, _relayed_act, classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _statement(text: str, source: str, cue: str, content: str) -> Statement:
    """An indirect statement with the given source, cue and content, each found in ``text``."""

    def span(part: str) -> Span:
        start = text.index(part)
        return Span.of(text, start, start + len(part))

    return Statement(
        id="s1",
        source=span(source),
        cue=span(cue),
        content=span(content),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=source),
        sentence=Span.of(text, 0, len(text)),
    )


def _token(doc: Any, word: str) -> Any:
    return [t for t in doc if t.text == word][-1]


# --- a spokesperson relays the party's act of speech ---------------------------------------------

_RELAYED = [
    (
        "The regional governor sharply condemned the raid and called for an inquiry, his spokeswoman said.",
        "his spokeswoman",
        "said",
        "The regional governor sharply condemned the raid and called for an inquiry",
        ["condemned", "called"],
    ),
    (
        "A Kenyan foreign ministry spokesman said Nairobi regretted the decision and summoned the envoy.",
        "A Kenyan foreign ministry spokesman",
        "said",
        "Nairobi regretted the decision and summoned the envoy",
        ["regretted", "summoned"],
    ),
]


@pytest.mark.parametrize(("text", "source", "cue", "content", "words"), _RELAYED)
def test_a_spokesperson_relays_the_partys_act_of_speech(
    nlp: Any, text: str, source: str, cue: str, content: str, words: list[str]
) -> None:
    doc = nlp(text)
    statement = _statement(text, source, cue, content)
    for word in words:
        trigger = _token(doc, word)
        assert _relayed_act(trigger, statement), word
        assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED, word


def test_a_material_act_a_spokesperson_reports_stays_claimed(nlp: Any) -> None:
    # the spokesperson is a witness to a shelling, not its channel
    text = "The rebels shelled the border posts overnight, a ministry spokesman said."
    statement = _statement(
        text, "a ministry spokesman", "said", "The rebels shelled the border posts overnight"
    )
    trigger = _token(nlp(text), "shelled")
    assert not _relayed_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.CLAIMED


def test_an_act_of_speech_another_source_reports_stays_claimed(nlp: Any) -> None:
    # a witness, not a spokesperson: what the governor said is the residents' claim
    text = "The regional governor condemned the raid, residents said."
    statement = _statement(text, "residents", "said", "The regional governor condemned the raid")
    trigger = _token(nlp(text), "condemned")
    assert not _relayed_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.CLAIMED


def test_a_spokespersons_report_of_another_countrys_act_is_not_relayed(nlp: Any) -> None:
    # the Pentagon's spokesman speaks for the United States, not for Iran: Iran's denial is reported
    text = "A Pentagon spokesman said Iran denied any role in the attack."
    statement = _statement(text, "A Pentagon spokesman", "said", "Iran denied any role in the attack")
    statement = dataclasses.replace(statement, speaker=Speaker(name="Pentagon spokesman", country="USA"))
    trigger = _token(nlp(text), "denied")
    assert not _relayed_act(trigger, statement)
    # the same act, relayed by its own country's spokesman, is relayed
    own = dataclasses.replace(statement, speaker=Speaker(name="Iranian spokesman", country="IRN"))
    assert _relayed_act(trigger, own)


def test_a_future_act_of_speech_a_spokesperson_announces_is_not_relayed(nlp: Any) -> None:
    # "would condemn": not done yet, so not relayed as done
    text = "A government spokesman said Nairobi would condemn the decision."
    statement = _statement(text, "A government spokesman", "said", "Nairobi would condemn the decision")
    trigger = _token(nlp(text), "condemn")
    assert not _relayed_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is not EvidentialStatus.OBSERVED


# --- an aside describes its noun's event as done ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The accord, signed in Nairobi on Friday by both leaders, would let the rebels keep their arms.",
            "signed",
        ),
        (
            "The indirect talks between the two delegations, which opened on Monday, would last until May.",
            "talks",
        ),
    ],
)
def test_an_aside_describes_its_nouns_event_as_done(nlp: Any, text: str, word: str) -> None:
    trigger = _token(nlp(text), word)
    assert _described_as_done(trigger)
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # restrictive: "an accord signed by both leaders" is what would be needed
        ("Only an accord signed by both leaders would let the rebels keep their arms.", "signed"),
        # a relative clause in the present says nothing of the talks having begun
        (
            "The talks between the two delegations, which the envoy hopes to host, would last until May.",
            "talks",
        ),
    ],
)
def test_a_restrictive_or_unrealised_description_keeps_the_modal(nlp: Any, text: str, word: str) -> None:
    trigger = _token(nlp(text), word)
    assert not _described_as_done(trigger)
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
