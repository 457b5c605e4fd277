"""Round 10 (issue #5, real news): force words between political parties of one country are criticism."""

from __future__ import annotations

from typing import Any

from watchfloor.model import Event

from ._event_builders import coded_events as _events

US = "The United States and American officials met in Washington on Monday. Americans in Ohio were watching. "


def _code(events: list[Event], trigger: str) -> str:
    return next(e for e in events if e.trigger.text == trigger).cameo


def test_verbal_attack_between_parties_is_criticism(nlp: Any) -> None:
    events = _events(nlp, US + "House Democrats attacked Senate Republicans over the budget on Tuesday.")
    assert _code(events, "attacked") == "111"


def test_verbal_attack_of_armed_forces_stays_force(nlp: Any) -> None:
    events = _events(nlp, US + "Syrian troops attacked rebel positions near Aleppo on Tuesday.")
    assert _code(events, "attacked")[:2] == "19"


def test_verbal_attack_across_countries_stays_force(nlp: Any) -> None:
    events = _events(nlp, "Russia attacked Ukraine on Tuesday, officials in Kiev said.")
    assert _code(events, "attacked")[:2] == "19"


def test_rejecting_an_idea_is_a_denial(nlp: Any) -> None:
    events = _events(nlp, US + "Senator Marco Rubio rejected the idea that his campaign was in trouble.")
    assert _code(events, "rejected") == "016"


def test_conceding_a_fact_is_a_statement(nlp: Any) -> None:
    events = _events(nlp, US + "Senator Marco Rubio's advisers conceded that the debate had gone badly.")
    assert _code(events, "conceded") == "010"


def test_would_not_say_declines_comment(nlp: Any) -> None:
    events = _events(nlp, US + "The Rubio campaign would not say if the senator had met the donors.")
    assert _code(events, "say") == "011"


def test_offering_a_slogan_is_a_statement(nlp: Any) -> None:
    events = _events(nlp, US + "Senator Marco Rubio offered a new slogan at the convention on Tuesday.")
    assert _code(events, "offered") == "010"


def test_object_owner_of_other_gender_is_target(nlp: Any) -> None:
    text = US + "Bernie Sanders spoke in Iowa. Hillary Clinton spoke in Ohio, where she praised his bill."
    event = next(e for e in _events(nlp, text) if e.trigger.text == "praised")
    # named by the person the pronoun resolver finds for "his" (round 13); which of the two it finds is
    # the resolver's business (it knows no gender for either name), not this rule's
    assert event.actor2 is not None and event.actor2.name in {"Bernie Sanders", "Hillary Clinton"}


def test_charged_with_a_crime_is_legal_action(nlp: Any) -> None:
    events = _events(nlp, US + "Ohio prosecutors charged the former mayor with bribery on Tuesday.")
    assert _code(events, "charged") == "173"


def test_praising_statement_is_praise(nlp: Any) -> None:
    events = _events(nlp, US + '"He is a terrific leader," Senator Marco Rubio said of the governor.')
    assert _code(events, "said") == "051"


def test_negated_praise_stays_a_statement(nlp: Any) -> None:
    events = _events(nlp, US + '"He is not a decent man," Senator Marco Rubio said of the governor.')
    assert _code(events, "said") != "051"


def test_name_describing_a_thing_is_no_target_of_words(nlp: Any) -> None:
    text = US + "Senator Marco Rubio called for new rules before unfair trade costs more American jobs."
    event = next(e for e in _events(nlp, text) if e.trigger.text == "called")
    assert event.actor2 is None or event.actor2.name != "American"


def test_partners_named_by_a_modifier_stay_targets(nlp: Any) -> None:
    text = "Denmark accepted a deal on Monday to end its fishing dispute with its European partners."
    event = next(e for e in _events(nlp, text) if e.trigger.text == "accepted")
    assert event.actor2 is not None and event.actor2.name == "European"
