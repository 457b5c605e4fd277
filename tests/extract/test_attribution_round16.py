"""Round 16 (issue #5, task S18): a statement's content stops before the speaker's later act. In "Japan
said five missiles had fallen in its zone and lodged a protest with Beijing" the lodging is Japan's own
act, which the writer reports beside the saying (its status is observed since round 16's S17); the content
(what a user is shown as what Japan said, and what the claim ledger files) ends before "and lodged". The
evidence is the one the status rule reads (:func:`watchfloor.extract.evidential.later_act`): a finite past
act of the ``later_acts`` kind with no subject or auxiliary of its own, conjoined to the complement's head,
whose tense or modal it cannot share, or after a comma. Sentences written by the team for these tests,
none taken from a corpus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract.attribution import _speakers_later_act, content_options, extract_statements
from watchfloor.extract.evidential import classify_status, joined_act, later_act, statement_for
from watchfloor.model import Article, EvidentialStatus, ParsedArticle, Statement, stable_id


def _statements(nlp: Any, text: str) -> tuple[Any, list[Statement]]:
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2026, 11, 27))
    doc = nlp(art.body_text())
    return doc, extract_statements(ParsedArticle(article=art, doc=doc), ())


def _content(nlp: Any, text: str, cue: str) -> str:
    _doc, statements = _statements(nlp, text)
    return next(s.content.text for s in statements if s.cue is not None and s.cue.text == cue)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a perfect the past "lodged" does not take
        (
            "Manila said two rockets had landed inside its fishing grounds and lodged a protest with Hanoi.",
            "two rockets had landed inside its fishing grounds",
        ),
        (
            "The aid agency said it had reopened its clinics in the east and appealed to both armies "
            "to spare the roads.",
            "it had reopened its clinics in the east",
        ),
        # a modal the past "called" does not take, with a present time clause between
        (
            "The governor said he would not resign when his mandate expires next week and called on "
            "the police to stay calm.",
            "he would not resign when his mandate expires next week",
        ),
        # what hangs on the later act is the writer's too
        (
            "Seoul said four shells had fallen near its islands and lodged a protest with Pyongyang, while "
            "Japan and Canada urged the North to halt the drills.",
            "four shells had fallen near its islands",
        ),
    ],
)
def test_the_content_stops_before_the_speakers_later_act(nlp: Any, text: str, content: str) -> None:
    assert _content(nlp, text, "said") == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a threat is the content subject's: Russia's threat, claimed by Kyiv
        (
            "Kyiv said Russia had shelled the city and threatened to storm it.",
            "Russia had shelled the city and threatened to storm it",
        ),
        # a conjunct the content's head can share stays in the content
        (
            "The minister said the rebels attacked the convoy and accused the drivers of spying.",
            "the rebels attacked the convoy and accused the drivers of spying",
        ),
    ],
)
def test_a_conjunct_the_content_can_share_stays_in_it(nlp: Any, text: str, content: str) -> None:
    assert _content(nlp, text, "said") == content


def test_no_wider_option_runs_over_the_later_act(nlp: Any) -> None:
    doc = nlp(
        "Manila said two rockets had landed inside its fishing grounds and lodged a protest with Hanoi."
    )
    said = next(t for t in doc if t.text == "said")
    ends = {frags[-1][1] for _rel, frags, _pre, _hint in content_options(said)}
    lodged = next(t for t in doc if t.text == "lodged")
    assert ends and all(end <= lodged.i - 1 for end in ends)


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (
            "Manila said two rockets had landed inside its fishing grounds and lodged a protest.",
            "lodged",
            "landed",
        ),
        (
            "The governor said he would not resign before the vote and called on the police to stay calm.",
            "called",
            "resign",
        ),
        ("Kyiv said Russia had shelled the city and threatened to storm it.", "threatened", None),
        (
            "The minister said the rebels attacked the convoy and accused the drivers of spying.",
            "accused",
            None,
        ),
        # its own subject: not a conjunct of the content's head sharing the speaker
        ("Manila said two rockets had landed and the navy lodged a protest.", "lodged", None),
    ],
)
def test_later_act(nlp: Any, text: str, word: str, head: str | None) -> None:
    doc = nlp(text)
    found = later_act(next(t for t in doc if t.text == word))
    if head is None:
        assert found is None
    else:
        assert found is not None
        assert (found[0].text, found[1].text) == ("said", head)


def test_a_later_act_belongs_to_its_own_saying_only(nlp: Any) -> None:
    doc = nlp(
        "Officials noted that Manila said two rockets had landed inside its waters and lodged a protest."
    )
    lodged = next(t for t in doc if t.text == "lodged")
    said = next(t for t in doc if t.text == "said")
    noted = next(t for t in doc if t.text == "noted")
    assert _speakers_later_act(lodged, said)
    assert not _speakers_later_act(lodged, noted)


@pytest.mark.parametrize(
    ("text", "act", "reported", "status"),
    [
        (
            "Manila said two rockets had landed inside its fishing grounds and lodged a protest with Hanoi.",
            "lodged",
            "landed",
            EvidentialStatus.CLAIMED,
        ),
        # outside the content the act still does not share the content's modal: observed, not hypothetical
        (
            "The ministry said Moscow would respond to the new measures and called them illegitimate.",
            "called",
            "respond",
            EvidentialStatus.HYPOTHETICAL,
        ),
    ],
)
def test_the_later_act_is_outside_the_statement_and_observed(
    nlp: Any, text: str, act: str, reported: str, status: EvidentialStatus
) -> None:
    doc, statements = _statements(nlp, text)
    act_token = next(t for t in doc if t.text == act)
    reported_token = next(t for t in doc if t.text == reported)
    assert statement_for(act_token.idx, statements) is None
    assert statement_for(reported_token.idx, statements) is not None
    assert classify_status(act_token, statements).status is EvidentialStatus.OBSERVED
    assert classify_status(reported_token, statements).status is status


# --- a speech act conjoined to a copular content (round 15's _joined_act, the same cut) ------------------


@pytest.mark.parametrize(
    ("text", "content", "cue", "act"),
    [
        (
            "Beijing said the patrols were lawful and accused Manila of provoking the standoff.",
            "the patrols were lawful",
            "accused",
            "Manila of provoking the standoff",
        ),
        (
            "The general told reporters that the coup had been unavoidable and promised to hold a vote.",
            "the coup had been unavoidable",
            "promised",
            "to hold a vote",
        ),
    ],
)
def test_the_content_stops_before_a_speech_act_joined_to_a_copular_content(
    nlp: Any, text: str, content: str, cue: str, act: str
) -> None:
    _doc, statements = _statements(nlp, text)
    by_cue = {s.cue.text: s for s in statements if s.cue is not None}
    saying = next(s for c, s in by_cue.items() if c in {"said", "told"})
    assert saying.content.text == content
    # the act is a statement of its own, by the speaker of the saying
    assert by_cue[cue].content.text == act
    assert by_cue[cue].source is not None and saying.source is not None
    assert by_cue[cue].source.text == saying.source.text


def test_joined_act(nlp: Any) -> None:
    doc = nlp("Beijing said the patrols were lawful and accused Manila of provoking the standoff.")
    saying = joined_act(next(t for t in doc if t.text == "accused"))
    assert saying is not None and saying.text == "said"
    doc = nlp("The minister said the rebels attacked the convoy and accused the drivers of spying.")
    assert joined_act(next(t for t in doc if t.text == "accused")) is None


def test_the_later_acts_source_is_the_sayings(nlp: Any) -> None:
    # the parse gives "called" the subject of the time clause it is conjoined to ("her term")
    text = (
        "The president said she would not step down when her term ends this month and called on the police "
        "to show restraint."
    )
    _doc, statements = _statements(nlp, text)
    called = next(s for s in statements if s.cue is not None and s.cue.text == "called")
    assert called.source is not None and called.source.text == "The president"


def test_a_joined_act_outside_the_content_keeps_its_saying(nlp: Any) -> None:
    text = "Beijing said the patrols were lawful and accused Manila of provoking the standoff."
    doc, statements = _statements(nlp, text)
    accused = next(t for t in doc if t.text == "accused")
    said = next(s for s in statements if s.cue is not None and s.cue.text == "said")
    decision = classify_status(accused, statements)
    assert decision.status is EvidentialStatus.OBSERVED
    assert decision.statement is said
