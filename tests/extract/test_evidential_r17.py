"""Evidential status, issue #5 round 17 (task S19): claimed precision on unseen copy. Rules read off the
claimed false positives and hypothetical misses of the tuned PolNeAR train batches and the crisis probes:
a past participle that reduces a relative clause is taken for granted ("a ceasefire brokered by
Russia"), a "when" clause dates the gerund its aspectual verb completes ("when the mayor began
attacking"), a speech act performed in what the source writes is the writer's report ("wrote an op-ed
urging …"), and "as long as" / "so long as" in the present is a condition that outranks negation.
Every sentence is invented; each statement is built as attribution draws it (see ``_statement``)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import (
    _aspect_clause,
    _presupposed_verb,
    _proviso,
    _written_act,
    classify_status,
)
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _statement(text: str, cue: str, content: str | None = None) -> Statement:
    """An indirect statement: its source is the text before ``cue``, its content ``content`` when given,
    else what follows the cue (after "that") up to the final full stop."""
    at = text.index(f" {cue} ") + 1
    if content is not None:
        start = text.index(content)
        end = start + len(content)
    else:
        start = at + len(cue) + 1
        if text.startswith("that ", start):
            start += len("that ")
        end = len(text) - 1
    return Statement(
        id="s1",
        source=Span.of(text, 0, at - 1),
        cue=Span.of(text, at, at + len(cue)),
        content=Span.of(text, start, end),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=text[: at - 1]),
        sentence=Span.of(text, 0, len(text)),
    )


def _token(doc: Any, word: str) -> Any:
    return [t for t in doc if t.text == word][-1]


# --- a reduced relative's past participle -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        ("The two sides said they had broken a truce brokered by Qatar last week.", "said", "brokered"),
        ("The mayor said families of people injured by the blast would get help.", "said", "injured"),
    ],
)
def test_a_reduced_relative_participle_is_taken_for_granted(nlp: Any, text: str, cue: str, word: str) -> None:
    doc = nlp(text)
    trigger = _token(doc, word)
    assert trigger.dep_ == "acl" and trigger.tag_ == "VBN"
    assert _presupposed_verb(trigger)
    assert classify_status(trigger, [_statement(text, cue)]).status is EvidentialStatus.OBSERVED


def test_a_participle_the_saying_takes_as_its_object_stays_reported(nlp: Any) -> None:
    # "reported two guards wounded": the wounding is what is reported, not a description of the guards
    text = "The agency reported two guards wounded near the gate."
    doc = nlp(text)
    trigger = _token(doc, "wounded")
    assert not _presupposed_verb(trigger)


# --- an aspectual verb in a temporal clause ---------------------------------------------------------


def test_a_when_clause_dates_the_gerund_its_aspectual_verb_completes(nlp: Any) -> None:
    text = "The farmer said he left the party when the mayor began attacking the union."
    doc = nlp(text)
    trigger = _token(doc, "attacking")
    assert _aspect_clause(trigger).lemma_ == "begin"
    assert _presupposed_verb(trigger)
    assert classify_status(trigger, [_statement(text, "said")]).status is EvidentialStatus.OBSERVED


def test_a_gerund_under_a_non_aspectual_verb_keeps_its_own_clause(nlp: Any) -> None:
    doc = nlp("The farmer said he enjoyed attacking the union.")
    trigger = _token(doc, "attacking")
    assert _aspect_clause(trigger).i == trigger.i


# --- a speech act performed in writing -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content", "word"),
    [
        (
            "The senator wrote an essay urging the council to delay the vote.",
            "wrote",
            "an essay urging the council to delay the vote",
            "urging",
        ),
        (
            "Last week the governors also wrote to the minister, urging the agency to review the rules.",
            "also wrote",
            "urging the agency to review the rules",
            "urging",
        ),
    ],
)
def test_a_speech_act_done_in_writing_is_the_writers_report(
    nlp: Any, text: str, cue: str, content: str, word: str
) -> None:
    trigger = _token(nlp(text), word)
    statement = _statement(text, cue, content)
    assert _written_act(trigger, statement)
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED


def test_what_the_writing_urges_keeps_its_status(nlp: Any) -> None:
    text = "The senator wrote an essay urging the council to delay the vote."
    statement = _statement(text, "wrote", "an essay urging the council to delay the vote")
    delay = _token(nlp(text), "delay")
    assert not _written_act(delay, statement)
    assert classify_status(delay, [statement]).status is EvidentialStatus.HYPOTHETICAL


def test_a_participle_under_a_plain_saying_is_not_a_written_act(nlp: Any) -> None:
    # "said": no message is written or sent, so the rule leaves the participle to the other rules
    text = "The senator said the council had met, urging its members to delay the vote."
    trigger = _token(nlp(text), "urging")
    assert not _written_act(trigger, _statement(text, "said"))


# --- "as long as" ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The chief said the visitors may stay as long as they are not breaking any rules.", "breaking"),
        ("Voters back the plan so long as it does not raise their taxes.", "raise"),
    ],
)
def test_as_long_as_is_a_condition_that_outranks_negation(nlp: Any, text: str, word: str) -> None:
    trigger = _token(nlp(text), word)
    assert _proviso(trigger)
    assert classify_status(trigger, []).status is EvidentialStatus.HYPOTHETICAL


def test_a_past_as_long_as_measures_a_time(nlp: Any) -> None:
    trigger = _token(nlp("As long as he was in office, the party never split."), "was")
    assert not _proviso(trigger)


# --- pleading for an event ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The former minister publicly argued for the immediate release of the prisoners.", "release"),
        ("Several neighbours have clamored for a permanent deployment of peacekeepers.", "deployment"),
        ("The union lobbied for a ban on night shifts.", "ban"),
    ],
)
def test_an_event_pleaded_for_is_a_proposed_course(nlp: Any, text: str, word: str) -> None:
    trigger = _token(nlp(text), word)
    assert classify_status(trigger, []).status is EvidentialStatus.HYPOTHETICAL


def test_arguing_that_still_reports(nlp: Any) -> None:
    # "argued that …" is a saying: its complement is the arguer's claim, not a course pleaded for
    text = "The minister argued that the army had shelled the town."
    trigger = _token(nlp(text), "shelled")
    assert classify_status(trigger, [_statement(text, "argued")]).status is EvidentialStatus.CLAIMED


def test_a_past_relative_under_an_intention_word_describes_its_noun(nlp: Any) -> None:
    # the dropping out is what Novak is known by, not what is sought
    text = (
        "In some states, she is seeking to pick off delegates won by Jan Novak, who dropped out last month."
    )
    trigger = _token(nlp(text), "dropped")
    assert classify_status(trigger, []).status is EvidentialStatus.OBSERVED


def test_a_perfect_relative_under_an_intention_word_may_describe_what_is_sought(nlp: Any) -> None:
    # "a leader who has faced …" is the leader wanted: the facing is as unrealised as the leader
    trigger = _token(nlp("We need a leader who has faced hard choices before."), "faced")
    assert classify_status(trigger, []).status is EvidentialStatus.HYPOTHETICAL


# --- boasting and remembering assert ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "word"),
    [
        ("The developer boasted that he welcomed the prince to his new club.", "boasted", "welcomed"),
        ("The coach remembered that the players walked out of the meeting.", "remembered", "walked"),
    ],
)
def test_a_boast_or_a_memory_asserts_what_it_reports(nlp: Any, text: str, cue: str, word: str) -> None:
    trigger = _token(nlp(text), word)
    assert classify_status(trigger, [_statement(text, cue)]).status is EvidentialStatus.CLAIMED


# --- a measured time clause under "would" -------------------------------------------------------------


def test_a_measured_time_clause_under_would_dates_one_occasion(nlp: Any) -> None:
    text = (
        "The premier told parliament that the captured pilot would be freed on Friday,"
        " a day after his jet was shot down."
    )
    trigger = _token(nlp(text), "shot")
    assert _presupposed_verb(trigger)
    assert classify_status(trigger, [_statement(text, "told parliament")]).status is EvidentialStatus.OBSERVED


def test_an_unmeasured_time_clause_under_a_habitual_would_is_not_presupposed(nlp: Any) -> None:
    text = "He would sometimes dismiss the ideas, only to praise them when they were offered by his friends."
    trigger = _token(nlp(text), "offered")
    assert not _presupposed_verb(trigger)
