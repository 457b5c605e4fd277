"""Round 17 (issue #5): event targets (actor2) on crisis copy (team-written sentences, none from the probe
sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets

from ._event_builders import events_at


def _targets(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code if e.actor2 else None for e in events_at(nlp, text, trigger)}


def test_place_words_from_the_table() -> None:
    assert {"across", "in"} <= _event_targets.target_words("place")
    assert "among" not in _event_targets.target_words("place")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the victims of an act of force named by a role: of the country where it struck
        (
            "Turkish air strikes across northern Iraq killed at least 40 people on Sunday.",
            "killed",
            "IRQCVL",
        ),
        (
            "Israeli drone strikes on southern Lebanon killed five fighters, a security source said.",
            "killed",
            "LBNUAF",
        ),
    ],
)
def test_role_victims_of_the_struck_place(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _targets(nlp, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # no other country named: the doer's own (a domestic fight)
        ("Nigerian soldiers killed 30 people in a raid on Saturday.", "killed", "NGACVL"),
        # the doer's own country named as the place
        ("Myanmar troops killed 20 civilians in Myanmar's second city.", "killed", "MMRCVL"),
    ],
)
def test_role_victims_without_another_place(nlp: Any, text: str, trigger: str, expected: str) -> None:
    assert expected in _targets(nlp, text, trigger)


def _countries(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code[:3] if e.actor2 and e.actor2.code else None for e in events_at(nlp, text, trigger)}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a condemned act outranks the party the fallback names elsewhere in the sentence
        (
            "Iran fired dozens of missiles at Israel on Saturday. France and Germany condemned the attack "
            "and urged Israel to show restraint.",
            "condemned",
            {"IRN"},
        ),
        # a threat about the act it says, whose doers were a compound: one event each
        (
            "American and British jets struck rebel targets in Yemen on Friday. A Houthi spokesman said "
            "three fighters had been killed and vowed that the attacks would not go unpunished.",
            "said",
            {"USA", "GBR"},
        ),
    ],
)
def test_referred_act_outranks_the_fallback(nlp: Any, text: str, trigger: str, expected: set[str]) -> None:
    assert _countries(nlp, text, trigger) == expected


def test_referred_act_keeps_the_fallback_with_nothing_before(nlp: Any) -> None:
    # no earlier act of force in the article: the sentence's own target stays
    text = "France and Germany condemned the attack and urged Israel to show restraint."
    assert _countries(nlp, text, "condemned") == {"ISR"}


@pytest.mark.parametrize(
    "text",
    [
        # no target of its own: whom the denial answers
        "Kenya expelled Somalia's ambassador on Monday over what it called interference in its elections. "
        "Somalia has denied any role in the elections.",
        # a target of the denier's own country (what it denies): whom it answers
        "Kenya expelled Somalia's ambassador on Monday. Somalia has denied arming the rebels.",
        # a target of another country taken from what it denies, the accuser later in the sentence
        "Somalia has denied arming Ethiopian rebels, though Kenya accused Somalia in May of hiring them.",
    ],
)
def test_denial_answers_its_accuser(nlp: Any, text: str) -> None:
    assert _countries(nlp, text, "denied") == {"KEN"}


def test_denial_with_no_accuser_keeps_its_target(nlp: Any) -> None:
    # the accusation is aimed at "it", coded at no country: nothing the denial answers is known
    text = "Somalia has denied arming its own militias, though Kenya accused it of meddling."
    assert _countries(nlp, text, "denied") == {"SOM"}


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a second verb under the same subject, with no party of its own: the first verb's party
        (
            "Vietnam said on Friday it was suspending cooperation with Cambodia on river patrols and "
            "cancelling military talks, days after Thai boats entered waters near Laos.",
            "cancelling",
            {"KHM"},
        ),
        ("Peru summoned Chile's ambassador and lodged a formal protest.", "lodged", {"CHL"}),
        ("Egypt threatened Ethiopia with sanctions and warned of a military response.", "warned", {"ETH"}),
        # an infinitive of purpose: what the act is for is aimed at its party ("summoned … to protest"
        # is one 114 since round 17's code tables, so the purpose is shown on a sending)
        ("Tokyo sent envoys to Seoul on Friday to protest the arrests.", "protest", {"KOR"}),
    ],
)
def test_coordinated_verb_shares_the_party(nlp: Any, text: str, trigger: str, expected: set[str]) -> None:
    assert _countries(nlp, text, trigger) == expected


def test_coordinated_verb_guards(nlp: Any) -> None:
    # an appeal's own addressee, even one no rule codes, is its target, not the first verb's party
    doc = nlp("The rebel leader vowed revenge against Chad and called on tribesmen to head to the border.")
    called = next(t for t in doc if t.text == "called")
    assert _event_targets.coordinated_verb(called, lambda t: False) is None
    # a verb with a subject of its own is a clause of its own
    doc = nlp("Kenya recalled its ambassador from Uganda, and Nairobi has offered talks to Tanzania.")
    offered = next(t for t in doc if t.text == "offered")
    assert _event_targets.coordinated_verb(offered, lambda t: False) is None
    doc = nlp("Peru summoned Chile's ambassador and lodged a formal protest.")
    lodged = next(t for t in doc if t.text == "lodged")
    assert _event_targets.coordinated_verb(lodged, lambda t: False).text == "summoned"
    # an open complement's implied subject is the object ("urged Sudan to halt the attacks"): no purpose
    doc = nlp("The minister urged Sudan to halt the attacks.")
    halt = next(t for t in doc if t.text == "halt")
    assert _event_targets.coordinated_verb(halt, lambda t: False) is None


def test_in_said_clause(nlp: Any) -> None:
    # a party inside what a verb says is that clause's, not the verb's own (so no conjunct takes it over)
    doc = nlp("The unions maintain that most members support Clinton.")
    verb = next(t for t in doc if t.text == "maintain")
    clinton = next(t for t in doc if t.text == "Clinton")
    assert _event_targets.in_said_clause(clinton, verb)
    doc = nlp("Peru summoned Chile's ambassador and lodged a formal protest.")
    verb = next(t for t in doc if t.text == "summoned")
    ambassador = next(t for t in doc if t.text == "ambassador")
    assert not _event_targets.in_said_clause(ambassador, verb)
