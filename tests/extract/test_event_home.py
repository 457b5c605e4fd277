"""Round 18 (C25, issue #5): role-only parties take the article's country (``extract/_event_home.py``)
on team-written articles (none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_home
from watchfloor.extract.actors import code_actor

from ._event_builders import coded_events


def _country(text: str) -> str | None:
    return code_actor(text).country


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None)
        for e in coded_events(nlp, text)
        if e.trigger.text == trigger
    }


@pytest.mark.parametrize(
    ("place", "expected"),
    [("TBILISI", "GEO"), ("Niamey", "NER"), ("Nowhereville", None), (None, None)],
)
def test_dateline_country(place: str | None, expected: str | None) -> None:
    assert _event_home.dateline_country(place, _country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one country, by a place
        ("Kenya's parliament passed the finance bill on Tuesday. Police fired tear gas.", "KEN"),
        # by a people inside the main subject
        ("Haitian police said on Thursday they had killed four gunmen. The army said nothing.", "HTI"),
        # a people outside the subject alone sets no home
        ("The junta ordered the French ambassador to leave. Soldiers guarded the embassy.", None),
        # two countries in the first sentence: no single home
        ("Russian forces shelled the Ukrainian city of Kharkiv. Troops advanced.", None),
    ],
)
def test_first_sentence_country(nlp: Any, text: str, expected: str | None) -> None:
    assert _event_home.first_sentence_country(nlp(text), _country) == expected


def test_first_sentence_country_outnumbered(nlp: Any) -> None:
    text = "Kenya's parliament met. Uganda said Uganda and Uganda's army would respond."
    assert _event_home.first_sentence_country(nlp(text), _country) is None


def test_clear_home_prefers_article_home(nlp: Any) -> None:
    doc = nlp("TBILISI, May 14 — Police fired tear gas.")
    assert _event_home.clear_home(doc, "RUS", "TBILISI", _country) == "RUS"
    assert _event_home.clear_home(doc, None, "TBILISI", _country) == "GEO"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the class of the issue: police with no country in their sentence, in a short Kenyan story
        (
            "Kenya's parliament passed the finance bill on Tuesday. Police fired tear gas at protesters "
            "who stormed the building.",
            "fired",
            ("KENCOP", "KENOPP"),
        ),
        # a dateline sets the home
        (
            "TBILISI, May 14 — Police fired tear gas at protesters outside parliament.",
            "fired",
            ("GEOCOP", "GEOOPP"),
        ),
    ],
)
def test_role_parties_take_home(nlp: Any, text: str, trigger: str, expected: tuple[str, str]) -> None:
    assert expected in _pairs(nlp, text, trigger)


def test_sentence_country_wins(nlp: Any) -> None:
    text = (
        "Kenya's parliament passed the finance bill on Tuesday. In Uganda, police fired tear gas at "
        "protesters in Kampala."
    )
    pairs = _pairs(nlp, text, "fired")
    assert pairs
    assert all(a1 is None or a1.startswith("UGA") for a1, _ in pairs)


def test_clear_home_dateline_abroad(nlp: Any) -> None:
    # a story filed from talks abroad is the other country's when it names that one more often
    doc = nlp("JEDDAH, May 21 — Sudan's army and Sudan's rebels agreed to a truce in Sudan.")
    assert _event_home.clear_home(doc, None, "JEDDAH", _country) != "SAU"


def test_a_state_acted_on_sets_no_home(nlp: Any) -> None:
    # "thanked Japan": Japan is the act's object, not where the story is set, so the minister is no Japanese
    doc = nlp("The defence minister thanked Japan for sending aid.")
    assert _event_home.first_sentence_country(doc, _country) is None


def test_role_home_is_worked_out_only_when_a_role_needs_it(nlp: Any) -> None:
    """The fallback home counts the article's countries again: it is computed once, and only for a role
    with no country in its sentence (round 19's review)."""
    from watchfloor.extract import events

    role = nlp("Kenya's parliament passed the finance bill on Tuesday. Police fired tear gas at protesters.")
    persons = events._persons(role)
    assert not persons.role_home_known
    police = next(t for t in role if t.text == "Police")
    assert events._at_home(police, events.ActorCode("Police", None, None, "COP")).code == "KENCOP"
    assert persons.role_home_known and persons.role_home == "KEN"
