"""Events a sentence poses instead of reporting (issue #5, second round): conditional and whether-clauses,
imperatives, a generic "you", gerunds of time frame or absence, events a negated plain verb governs,
supporters described by a participle, and feelings nobody voices. Sentences written by the team."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import code_sentence, extract_events
from watchfloor.model import Article


def _coded(nlp: Any, sentence: str) -> list[tuple[str, str]]:
    return [(c.token.text, c.code) for c in code_sentence(next(iter(nlp(sentence).sents)))]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # a condition or an open question poses the event
        ("If the mayor is talking to the governor, the race is over.", "talking"),
        ("It is not clear whether the senator can comment on the case.", "comment"),
        # an imperative, as in a headline or an aside
        ("Meet the volunteers running the mayor's phone bank.", "Meet"),
        # a generic "you"
        ("When you criticize the mayor, he answers within minutes.", "criticize"),
        # a gerund of time frame, concession or absence
        ("The senator has given no paid speeches since announcing his candidacy.", "announcing"),
        ("The governor refrained from attacking his rivals.", "attacking"),
        # what a negated plain verb does not do to an event noun
        ("The campaign did not return a request seeking comment.", "request"),
        # a group described by whom it supports
        ("A group of donors backing the governor raised $2 million.", "backing"),
        # a feeling nobody voices is a state
        ("Many farmers fear for their land.", "fear"),
        # an imperative the parser hangs on what follows it
        ("Consider this: the governor won every county.", "Consider"),
        # what a negated verb's complement would have done
        ("The mayor did not need to meet with the protesters.", "meet"),
        # a group named by its cause
        ("The senator spoke with leaders of the occupation.", "occupation"),
        # a definition
        ("It means acknowledging that the senator was right.", "acknowledging"),
        # a habit or rule: everyone doing it, an agentless present passive
        ("The spokeswoman said all staffers sign the agreement.", "sign"),
        ("Tax relief is given in exchange for creating jobs.", "given"),
        # a plan's content, and words that echo
        ("His plan calls for lower rates for small firms.", "calls"),
        ("Messages of unity echo those of the last campaign.", "echo"),
    ],
)
def test_code_sentence_posed_event_is_dropped(nlp: Any, sentence: str, word: str) -> None:
    assert word not in [w for w, _ in _coded(nlp, sentence)]


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # the reported acts beside them stay
        ("The governor met with the protesters on Monday.", "met"),
        ("The mayor criticized the governor's budget on Friday.", "criticized"),
        ("The senator announced his candidacy in Iowa.", "announced"),
        ("The donors backed the governor in the primary.", "backed"),
        # a feeling voiced by its speaker is a comment
        ("“I fear for our democracy,” the senator said.", "fear"),
        # a refusal in the future, a named party's commitment, a person's appeal
        ("The senator is not going to give in to the lobbyists.", "give"),
        ("Vietnam is committed to opening up its economy.", "committed"),
        ("The senator called for lower rates for small firms.", "called"),
        # a law's content is no supporter ("a law recognizing …")
        ("The parliament passed a law recognizing the new state.", "recognizing"),
    ],
)
def test_code_sentence_reported_event_stays(nlp: Any, sentence: str, word: str) -> None:
    assert word in [w for w, _ in _coded(nlp, sentence)]


def test_extract_events_supposed_event_of_no_one_is_dropped() -> None:
    from watchfloor.nlp import parse_one

    text = "The plan holds out the possibility of release for detainees. The rebels released two soldiers."
    events = extract_events(parse_one(Article(id="a", text=text, body=((0, len(text)),))), [], [])
    # "the possibility of release": supposed, and by no one the text names; the rebels' release is kept
    assert [text[e.trigger.start : e.trigger.end] for e in events] == ["released"]
