"""Round 14 (issue #5): which phrase becomes an event's actor on crisis copy by a writer the rules never
read — a dateline left in the text, a truce's between-phrase, a thing "its" owner has, a setting beside the
party an act names, the source's own seat of government, a thing a role holds (team-written sentences,
none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import events

from ._event_builders import coded_events as _events


def _pairs(nlp: Any, text: str, trigger: str) -> list[tuple[str | None, str | None]]:
    found = [e for e in _events(nlp, text) if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.cameo) for e in _events(nlp, text)]
    return [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in found]


@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        # the parser makes the dateline's place a second subject of the verb
        ("ODESA, March 9 — Russian warplanes struck Ukrainian ports overnight.", "struck", "RUS"),
        ("KABUL, Aug 30 — Pakistani diplomats met Taliban officials on Monday.", "met", "PAK"),
    ],
)
def test_dateline_is_no_actor(nlp: Any, text: str, trigger: str, actor1: str) -> None:
    codes = _pairs(nlp, text, trigger)
    assert codes[0][0] is not None and codes[0][0].startswith(actor1)


def test_in_dateline_only_at_sentence_start(nlp: Any) -> None:
    doc = nlp("ODESA, March 9 — Russian warplanes struck the port, officials in ODESA said.")
    places = [t for t in doc if t.text == "ODESA"]
    assert [events._in_dateline(t) for t in places] == [True, False]
    assert not events._in_dateline(nlp("Russia said on Tuesday that talks would resume.")[0])


def test_truce_between_two_parties_codes_both_ways(nlp: Any) -> None:
    pairs = _pairs(
        nlp, "A three-day ceasefire between Armenia and Azerbaijan took effect on Monday.", "ceasefire"
    )
    assert pairs == [("ARM", "AZE"), ("AZE", "ARM")]


def test_one_sided_truce_keeps_one_direction(nlp: Any) -> None:
    pairs = _pairs(nlp, "Russia declared a unilateral ceasefire with Ukraine.", "declared")
    assert pairs == [("RUS", "UKR")]


@pytest.mark.parametrize(
    ("text", "trigger", "actor2"),
    [
        # the owner outranks the city the thing is in
        ("Turkey said a drone had struck its embassy in Baghdad.", "struck", "TUR"),
        # a plural subject is no owner of "its": the country above is
        ("Georgia said Russian troops had shelled its border posts near Gori.", "shelled", "GEO"),
    ],
)
def test_its_thing_is_its_owners(nlp: Any, text: str, trigger: str, actor2: str) -> None:
    codes = _pairs(nlp, text, trigger)
    assert codes[0][1] is not None and codes[0][1].startswith(actor2)


def test_own_things_are_no_other_party(nlp: Any) -> None:
    # France's own troops are not France's target; the place they leave is
    assert _pairs(nlp, "France said it would withdraw its troops from Mali.", "withdraw")[0][1] == "MLI"


def test_setting_yields_to_the_party_named_after_it(nlp: Any) -> None:
    text = "At a summit in Doha, the Qatari emir urged the Taliban to reopen schools for girls."
    codes = _pairs(nlp, text, "urged")
    assert codes[0][1] is not None and codes[0][1].startswith("AFG")


def test_meeting_partner_outranks_its_venue(nlp: Any) -> None:
    text = "Saudi ministers met in Jeddah with Secretary of State Antony Blinken on Monday."
    assert _pairs(nlp, text, "met")[0] == ("SAUGOV", "USAGOV")


@pytest.mark.parametrize(
    ("text", "trigger", "actor2"),
    [
        # the speaker's own seat of government does not act on itself: the threatened party does
        (
            "Prime Minister Keir Starmer warned that London would impose sanctions if Iranian forces "
            "seized the tanker.",
            "warned",
            "IRN",
        ),
        # a place of the source's own country stays a target ("in central Baghdad" is where, not who)
        (
            "The Iraqi government said it was ready to impose martial law as clashes raged in "
            "central Baghdad.",
            "ready",
            "IRQ",
        ),
    ],
)
def test_own_seat_of_government_is_no_target(nlp: Any, text: str, trigger: str, actor2: str) -> None:
    codes = _pairs(nlp, text, trigger)
    assert codes[0][1] is not None and codes[0][1].startswith(actor2)


def test_own_side_only_for_acts_of_the_state(nlp: Any) -> None:
    doc = nlp("Russia warned that Moscow would respond.")
    moscow = next(t for t in doc if t.text == "Moscow")
    statement = events.CodedTrigger(token=doc[1], code="012", pattern=None)
    act = events.CodedTrigger(token=doc[1], code="1312", pattern=None)
    assert not events._own_side(statement, moscow, doc[0])
    assert events._own_side(act, moscow, doc[0])
    other = nlp("Ukraine warned that Moscow would respond.")
    assert not events._own_side(act, next(t for t in other if t.text == "Moscow"), other[0])
    rebels = nlp("Rebels said they would take Moscow.")
    assert not events._own_side(act, next(t for t in rebels if t.text == "Moscow"), rebels[0])


@pytest.mark.parametrize(
    ("text", "trigger", "actor2"),
    [
        (
            "Sudan's army said it had carried out air strikes on rebel positions overnight.",
            "strikes",
            "SDNREB",
        ),
        (
            "Ethnic armed groups in Myanmar's Kachin State have seized dozens of army posts.",
            "seized",
            "MMRMIL",
        ),
    ],
)
def test_force_on_a_role_holding_codes_the_role(nlp: Any, text: str, trigger: str, actor2: str) -> None:
    assert _pairs(nlp, text, trigger)[0][1] == actor2


def test_role_thing_needs_an_act_of_force(nlp: Any) -> None:
    # a statement about "a presidential run" still names no one
    codes = _pairs(nlp, "The senator criticised plans for a presidential run.", "criticised")
    assert codes[0][1] is None


def test_title_borrows_no_country_from_another_persons_description(nlp: Any) -> None:
    # "Russian" describes Lavrov; the president's country comes from where they met
    pairs = _pairs(nlp, "President Dos Santos met Russian Foreign Minister Sergei Lavrov in Luanda.", "met")
    assert pairs[0] == ("AGOGOV", "RUSGOV")


def test_describes_other_only_for_persons(nlp: Any) -> None:
    doc = nlp("President Dos Santos met Russian Foreign Minister Sergei Lavrov in Luanda.")
    russian = next(t for t in doc if t.text == "Russian")
    santos = next(t for t in doc if t.text == "Santos")
    lavrov = next(t for t in doc if t.text == "Lavrov")
    assert events._describes_other(russian, santos)
    assert not events._describes_other(russian, lavrov)


@pytest.mark.parametrize(
    ("text", "trigger", "pairs"),
    [
        # the parties an of-phrase lists act together
        (
            "Delegations of Armenia and Azerbaijan met in Washington for talks.",
            "met",
            [("ARM", "AZE"), ("AZE", "ARM")],
        ),
        # where a joint subject met is no party to the meeting
        ("Armenia and Azerbaijan met in Geneva on Monday.", "met", [("ARM", "AZE"), ("AZE", "ARM")]),
    ],
)
def test_joint_parties_of_a_meeting(nlp: Any, text: str, trigger: str, pairs: list[Any]) -> None:
    assert _pairs(nlp, text, trigger) == pairs


def test_of_members_needs_a_plural_head_naming_no_party(nlp: Any) -> None:
    doc = nlp("Delegations of Armenia and Azerbaijan met in Washington.")
    sent = next(iter(doc.sents))
    assert [m.text for m, _ in events._of_members(doc[0], sent)] == ["Armenia", "Azerbaijan"]
    doc = nlp("The capital of Armenia and its suburbs were shelled.")
    assert events._of_members(doc[1], next(iter(doc.sents))) == []


def test_of_members_are_named_by_their_own_words(nlp: Any) -> None:
    found = [
        e
        for e in _events(nlp, "Delegations of Armenia and Azerbaijan met in Washington.")
        if e.cameo[:2] == "04"
    ]
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in found] == [
        ("Armenia", "Azerbaijan"),
        ("Azerbaijan", "Armenia"),
    ]
