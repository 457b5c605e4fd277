"""Round 13 (issue #5): which phrase becomes an event's actor on crisis copy — a description the parser
split from the name it describes, the recipient of a material gift, the place a force event came from
(team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import extract_events
from watchfloor.model import Article, Event, ParsedArticle


def _events(nlp: Any, text: str) -> list[Event]:
    article = Article(id="c13", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    return extract_events(parsed, [], [], keep_filter=False)


def _event(nlp: Any, text: str, trigger: str) -> Event:
    found = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.cameo) for e in _events(nlp, text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        # "The regional bloc ECOWAS": the parser made the description and the name two subjects
        (
            "The regional bloc ECOWAS demanded the immediate release of the detained president.",
            "demanded",
            "IGO",
        ),
        # a description that codes keeps its own code
        ("Russian officials demanded the release of the crew.", "demanded", "RUS"),
    ],
)
def test_described_name_is_the_source(nlp: Any, text: str, trigger: str, actor1: str) -> None:
    event = _event(nlp, text, trigger)
    assert event.actor1 is not None and (event.actor1.code or "").startswith(actor1)


@pytest.mark.parametrize(
    ("text", "trigger", "actor2"),
    [
        # the thing given is no party, whatever names it carries; the one it goes to is
        ("Russia delivered weapons made by Iranian firms to Syria.", "delivered", "SYR"),
        (
            "The US sent an aid team led by USAID chief Samantha Power to the Armenian town of Goris.",
            "sent",
            "ARM",
        ),
    ],
)
def test_recipient_of_a_gift_is_the_target(nlp: Any, text: str, trigger: str, actor2: str) -> None:
    event = _event(nlp, text, trigger)
    assert event.actor2 is not None and (event.actor2.code or "").startswith(actor2)


def test_origin_of_a_force_event_is_no_target(nlp: Any) -> None:
    # "from Gaza" is where the rockets came from; the conjoined act names whom they were aimed at
    event = _event(nlp, "Hamas militants fired rockets from Gaza and infiltrated southern Israel.", "fired")
    assert event.actor2 is not None and (event.actor2.code or "").startswith("ISR")
