"""Event actors a user sees (issue #5, round 13): reciprocal "each other", a pronoun's actor named by its
referent, object-pronoun binding, a title's state organ placing its person."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract import events as events_module
from watchfloor.extract._event_patterns import reciprocal_pronouns
from watchfloor.extract.events import extract_events
from watchfloor.model import Article, Event, ParsedArticle

PUBLISHED = dt.date(2026, 3, 4)


def _events(nlp: Any, text: str) -> list[Event]:
    article = Article(id="a1", text=text, body=((0, len(text)),), published=PUBLISHED)
    return extract_events(ParsedArticle(article=article, doc=nlp(text)), [], [])


def _pairs(events: list[Event], trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in events
        if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("sentence", "trigger", "pairs"),
    [
        (
            "Russia and Ukraine accused each other of shelling the Zaporizhzhia plant.",
            "accused",
            [("RUS", "UKR"), ("UKR", "RUS")],
        ),
        (
            "Israel and Hamas blamed one another for the collapse of the truce.",
            "blamed",
            [("ISR", "PSEREBHMS"), ("PSEREBHMS", "ISR")],
        ),
    ],
)
def test_reciprocal_pronoun_codes_each_direction(
    nlp: Any, sentence: str, trigger: str, pairs: list[Any]
) -> None:
    assert _pairs(_events(nlp, sentence), trigger) == pairs


def test_reciprocal_pronoun_keeps_own_pair_id(nlp: Any) -> None:
    events = _events(nlp, "Russia and Ukraine accused each other of shelling the Zaporizhzhia plant.")
    first, second = events
    assert first.id != second.id and first.trigger == second.trigger
    assert first.actor2 is not None and first.actor2.name == "Ukraine"


def test_reciprocal_pronouns_table() -> None:
    assert {"each other", "one another"} <= reciprocal_pronouns()


def test_mutual_object_needs_reciprocal_pronoun(nlp: Any) -> None:
    doc = nlp("Russia and Ukraine accused the West of shelling the plant.")
    entries = events_module.code_sentence(next(iter(doc.sents)))
    assert entries and not any(events_module._mutual_object(e) for e in entries)
    doc = nlp("Russia and Ukraine accused each other of shelling the plant.")
    entries = events_module.code_sentence(next(iter(doc.sents)))
    assert any(events_module._mutual_object(e) for e in entries)


@pytest.mark.parametrize(
    ("text", "trigger", "name", "code"),
    [
        # a plural possessive whose antecedent is a compound: the first member's own name
        ("Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS.", "withdrawal", "Mali", "MLI"),
        ("Hezbollah said it had not fired any rockets.", "fired", "Hezbollah", "LBNREB"),
    ],
)
def test_pronoun_actor_carries_referent_name(nlp: Any, text: str, trigger: str, name: str, code: str) -> None:
    event = next(e for e in _events(nlp, text) if e.trigger.text == trigger)
    actor = event.actor1
    assert actor is not None and actor.name == name and (actor.code or "").startswith(code)
    # the trigger and sentence spans stay the text's own
    assert text[event.trigger.start : event.trigger.end] == trigger


def test_named_leaves_a_named_actor(nlp: Any) -> None:
    doc = nlp("Russia attacked Ukraine.")
    actor = events_module.Actor(name="Russia", code="RUS")
    assert events_module._named(actor, doc[0]) is actor
    assert events_module._referent_name(doc[0], "RUS") is None


def test_object_pronoun_is_not_its_clause_subject(nlp: Any) -> None:
    doc = nlp("Pavel Orlov arrived on Monday. Joe Biden welcomed him to the White House.")
    him = next(t for t in doc if t.lower_ == "him")
    assert events_module._bound_subject(him) == next(t.i for t in doc if t.text == "Biden")
    he = nlp("He welcomed the decision.")[0]
    assert events_module._bound_subject(he) is None


def test_object_pronoun_is_not_named_by_its_clause_subject(nlp: Any) -> None:
    # the person resolver still finds Biden for "him" (its reach is one sentence back; binding it there
    # lost judged train actors that were right by coincidence), but the event does not call him Biden
    text = (
        "Russian spokesman Pavel Orlov arrived on Monday. "
        "President Joe Biden welcomed him to the White House."
    )
    event = next(e for e in _events(nlp, text) if e.trigger.text == "welcomed")
    assert event.actor1 is not None and event.actor2 is not None
    assert event.actor2.name == "him"


def test_object_pronoun_antecedent_is_not_its_clause_subject(nlp: Any) -> None:
    doc = nlp("Ukraine's allies met in Paris on Monday. Russia warned them against sending troops.")
    them = next(t for t in doc if t.lower_ == "them")
    antecedent = events_module._antecedent(them)
    assert antecedent is None or antecedent.text != "Russia"


def test_title_organ_takes_the_organs_country(nlp: Any) -> None:
    text = (
        "Russia's Defence Ministry said Monday that two brigades had withdrawn from positions near the "
        "Ukrainian city of Kupiansk. Ministry spokesman Colonel Pavel Orlov said the units had regrouped. "
        "Ukraine's General Staff said it had seen no sign of a pullback. Ukraine's army said Kupiansk was "
        "shelled. Ukrainian officials in Kyiv said nothing."
    )
    said = [e for e in _events(nlp, text) if e.sentence.text.startswith("Ministry spokesman")]
    assert said and said[0].actor1 is not None and (said[0].actor1.code or "").startswith("RUS")


def test_organ_country_needs_an_earlier_organ(nlp: Any) -> None:
    doc = nlp("Russia's Defence Ministry said the brigades had left. Ministry spokesman Pavel Orlov spoke.")
    start = next(t.i for t in doc if t.text == "Pavel")
    assert events_module._organ_country(doc, start, "Ministry spokesman") == "RUS"
    assert events_module._organ_country(doc, start, "spokesman") is None
    assert events_module._organ_country(doc, 0, "Ministry spokesman") is None
    assert "ministry" in events_module._organs()


def test_place_taken_for_a_person_is_no_he(nlp: Any) -> None:
    doc = nlp(
        "KYIV (4 Mar 2026) - Russia and Ukraine accused each other of shelling the Zaporizhzhia plant. "
        "Defence ministry spokesman Pavel Orlov said units had left the area. "
        "He did not say how many troops were involved."
    )
    persons = events_module._persons(doc)
    assert persons.places  # the tagger takes "Zaporizhzhia" for a person; its code is the place's
    he = next(t for t in doc if t.text == "He")
    assert events_module._person_pronoun(he) is None
