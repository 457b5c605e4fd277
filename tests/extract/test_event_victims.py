"""Round 18 (C23, issue #5): victims of acts of coercion and force (``extract/_event_victims.py``) on
team-written sentences (none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_victims
from watchfloor.extract.actors import ActorCode, code_actor

from ._event_builders import events_at


def _role(token: Any) -> ActorCode:
    return code_actor(token.text)


def _place(token: Any) -> str | None:
    return code_actor(token.text).country if token.ent_type_ in {"GPE", "LOC"} else None


def _verb(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _countries(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code[:3] if e.actor2 and e.actor2.code else None for e in events_at(nlp, text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a quantity's of-phrase is read through to what it counts
        ("The police arrested hundreds of people after the rally.", "arrested", "people"),
        # a passive subject with no agent
        ("More than 40 civilians were killed overnight.", "killed", "civilians"),
        # a coordinated object when the first names no role
        ("The soldiers detained Ivan Petrov and other leaders of the opposition.", "detained", "leaders"),
    ],
)
def test_victim_phrase_reads_the_role(nlp: Any, text: str, trigger: str, expected: str) -> None:
    found = _event_victims.victim_phrase(_verb(nlp(text), trigger), _role)
    assert found is not None and found.text == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a counted thing is no victim
        ("The air force shot down 12 of the 20 drones launched overnight.", "shot"),
        # with a by-agent, a passive subject is left to the target rules of events.py
        ("The town was shelled by the army.", "shelled"),
    ],
)
def test_victim_phrase_none_for_things(nlp: Any, text: str, trigger: str) -> None:
    assert _event_victims.victim_phrase(_verb(nlp(text), trigger), _role) is None


def test_victim_country_order(nlp: Any) -> None:
    doc = nlp("The soldiers detained dozens of young men in Kenya on Sunday.")
    verb = _verb(doc, "detained")
    men = _verb(doc, "men")
    # a place the act names outranks the doer's country
    assert _event_victims.victim_country(verb, men, "SOM", None, _place) == "KEN"
    doc = nlp("The soldiers detained dozens of young men on Sunday.")
    verb, men = _verb(doc, "detained"), _verb(doc, "men")
    # no place: the doer's own country when it acts at home (or the home country is unknown)
    assert _event_victims.victim_country(verb, men, "SOM", None, _place) == "SOM"
    assert _event_victims.victim_country(verb, men, "SOM", "SOM", _place) == "SOM"
    # a doer abroad: the article's country
    assert _event_victims.victim_country(verb, men, "ERI", "ETH", _place) == "ETH"
    # no doer's or article's country and no place: none
    assert _event_victims.victim_country(verb, men, None, None, _place) is None


def test_victim_country_of_the_sentence(nlp: Any) -> None:
    doc = nlp("Dozens of villagers were killed when gunmen attacked a market in northern Nigeria.")
    verb, villagers = _verb(doc, "killed"), _verb(doc, "villagers")
    assert _event_victims.victim_country(verb, villagers, None, None, _place) == "NGA"


def test_victim_codes_the_role_in_its_country(nlp: Any) -> None:
    doc = nlp("The police arrested hundreds of people after the rally.")
    found = _event_victims.victim(_verb(doc, "arrested"), "173", "BLR", None, _role, _place)
    assert found is not None and found[1].code == "BLRCVL"
    # not an act of coercion or force
    assert _event_victims.victim(_verb(doc, "arrested"), "042", "BLR", None, _role, _place) is None


def test_home_sanction() -> None:
    coded = _event_victims.home_sanction("1724", "THA")
    assert coded is not None and coded.code == "THA"
    assert _event_victims.home_sanction("1723", None) is None
    assert _event_victims.home_sanction("173", "THA") is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Belarusian police arrested hundreds of people at rallies on Sunday.", "arrested", "BLR"),
        ("Thailand's government declared a state of emergency on Friday.", "declared", "THA"),
        ("Dozens of villagers were killed when gunmen raided a market in northern Nigeria.", "killed", "NGA"),
    ],
)
def test_events_code_the_victims(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _countries(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # an agentless passive in a said clause: the speaker reports it
        ("The Kenyan interior ministry said 40 people had been detained overnight.", "detained", "ministry"),
        # with an agent, or outside a saying, no reporter
        ("The Kenyan interior ministry said 40 people had been detained by the police.", "detained", None),
        ("Forty people were detained overnight in Nairobi.", "detained", None),
    ],
)
def test_reporter_of_an_agentless_act(nlp: Any, text: str, trigger: str, expected: str | None) -> None:
    found = _event_victims.reporter(_verb(nlp(text), trigger))
    assert (found.text if found is not None else None) == expected


def test_victim_country_of_the_reporter(nlp: Any) -> None:
    doc = nlp("The Kenyan interior ministry said 40 people had been detained overnight.")
    verb, people = _verb(doc, "detained"), _verb(doc, "people")

    def role(token: Any) -> ActorCode:
        return code_actor(" ".join(t.text for t in token.subtree))

    assert _event_victims.victim_country(verb, people, None, None, _place, role) == "KEN"
    # a doer's own country outranks the reporter's
    assert _event_victims.victim_country(verb, people, "SOM", None, _place, role) == "SOM"
