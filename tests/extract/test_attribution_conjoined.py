"""A verb of saying coordinated inside a reported complement: the writer's next report when it has its own
subject after a comma or shares the complement's pronoun subject (the speaker); part of what is reported
when it shares a named third party as subject (issue #5: the events inside it are claimed, the act itself
observed). Sentences written by the team for these tests, none taken from a corpus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract.attribution import _speakers_own_act, extract_statements
from watchfloor.model import Article, ParsedArticle, stable_id


def _contents(nlp: Any, text: str) -> dict[str, str]:
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2026, 3, 4))
    statements = extract_statements(ParsedArticle(article=art, doc=nlp(art.body_text())), ())
    return {s.cue.text: s.content.text for s in statements if s.cue is not None}


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ethiopia said the deal did not violate any country's sovereignty, and the African Union "
            "called on the two governments to exercise restraint.",
            "the deal did not violate any country's sovereignty",
        ),
        (
            "Hamas said it was holding more than 100 hostages and threatened to execute one for every "
            "strike on civilian homes.",
            "it was holding more than 100 hostages",
        ),
        (
            "Taiwan's defence ministry said it had put its forces on alert and condemned the exercises "
            "as a blockade.",
            "it had put its forces on alert",
        ),
    ],
)
def test_the_speakers_next_act_is_not_reported_content(nlp: Any, text: str, content: str) -> None:
    assert _contents(nlp, text)["said"] == content


def test_a_third_partys_act_stays_in_the_content(nlp: Any) -> None:
    text = "Kyiv said Russia had shelled the city and threatened to storm it."
    assert _contents(nlp, text)["said"] == "Russia had shelled the city and threatened to storm it"


@pytest.mark.parametrize(
    ("text", "verb", "own"),
    [
        ("Ethiopia said the deal broke no law, and the African Union called on both sides.", "called", True),
        ("Hamas said it was holding hostages and threatened to execute them.", "threatened", True),
        ("Kyiv said Russia had shelled the city and threatened to storm it.", "threatened", False),
        ("Kyiv said Russia had shelled the city and the army threatened to storm it.", "threatened", False),
    ],
)
def test_speakers_own_act(nlp: Any, text: str, verb: str, own: bool) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert _speakers_own_act(token) is own
