"""Round 20 (T28, issue #5): the toll of repression — a killing told with no doer whose clause names a
crowd of dissent and the police meeting it is coded 175, not 190 (``extract/_event_victims.py``), on
team-written sentences (none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_victims

from ._event_builders import coded_events, events_at


def _verb(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed when riot police and demonstrators clashed in the capital on Friday.",
        "At least 30 people were killed in clashes between protesters and security forces last week.",
        "Dozens of people had been killed and hundreds arrested as police broke up the protests in Osh.",
    ],
)
def test_agentless_killing_beside_police_and_protest_is_a_toll(nlp: Any, text: str) -> None:
    assert _event_victims.repression_toll(_verb(nlp(text), "killed"), "190")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a military engagement: no crowd of dissent
        ("Nine soldiers were killed when rebels stormed the army base on Friday.", "190"),
        # a doer named by its own syntax is left to the verb's rows
        ("Nine protesters were killed by soldiers in clashes with the police.", "190"),
        # the police killed among the dead, no protest: not a toll of repression
        ("A police officer and two gunmen were killed in the clashes on Sunday.", "190"),
        # a later clause with a subject of its own is another event
        ("Nine people were killed in the blast, and police arrested two protesters.", "190"),
        # not an act of force
        ("Nine people were detained when police and protesters clashed.", "173"),
    ],
)
def test_other_killings_are_no_toll(nlp: Any, text: str, code: str) -> None:
    trigger = "killed" if "killed" in text else "detained"
    assert not _event_victims.repression_toll(_verb(nlp(text), trigger), code)


def test_repression_force_is_the_police_phrase_head(nlp: Any) -> None:
    doc = nlp("Eleven people were killed when security forces broke up the protests.")
    force = _event_victims.repression_force(_verb(doc, "killed"))
    assert force is not None and force.text == "forces"
    storm = nlp("Eleven people were killed in the storm.")
    assert _event_victims.repression_force(_verb(storm, "killed")) is None


def test_toll_is_coded_repression_by_the_police(nlp: Any) -> None:
    text = "Nine people were killed in Tashkent when police and protesters clashed on Friday, officials said."
    events = events_at(nlp, text, "killed")
    assert [e.cameo for e in events] == ["175"]


def test_war_killing_keeps_its_force_code(nlp: Any) -> None:
    text = "Nine soldiers were killed when rebels attacked an army post near Goma on Friday, officials said."
    assert all(e.cameo[:2] != "17" for e in events_at(nlp, text, "killed"))


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a chemical warehouse near the port killed 12 people on Sunday.",
        "A blast at a fuel store near the border killed 30 people on Friday.",
    ],
)
def test_harm_of_a_cause_with_no_doer_is_unattributed(nlp: Any, text: str) -> None:
    assert _event_victims.unattributed_harm(_verb(nlp(text), "killed"), "190")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a weapon someone laid, or a party, names a doer
        ("A roadside bomb explosion killed two soldiers near Kandahar on Sunday.", "190"),
        ("A minefield explosion near the town killed two youths.", "190"),
        ("Rebel gunmen killed 12 people at a market on Sunday.", "190"),
        # not an act of force
        ("An explosion at the plant forced the workers to leave.", "043"),
    ],
)
def test_harm_with_a_doer_is_not_unattributed(nlp: Any, text: str, code: str) -> None:
    trigger = "killed" if "killed" in text else "forced"
    assert not _event_victims.unattributed_harm(_verb(nlp(text), trigger), code)


def test_unattributed_explosion_is_no_event(nlp: Any) -> None:
    text = "An explosion at a chemical warehouse near the port killed 12 people on Sunday, officials said."
    assert [e.cameo for e in coded_events(nlp, text) if e.trigger.text == "killed"] == []
    # the same killing by a named party is an event
    named = "Rebel gunmen killed 12 people at a chemical warehouse near the port on Sunday, officials said."
    assert [e.cameo[:2] for e in events_at(nlp, named, "killed")] in (["18"], ["19"], ["20"])


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Clashes between protesters and police in the northern city left nine people dead.", "Clashes"),
        ("Riot police and demonstrators clashed outside parliament on Tuesday.", "clashed"),
    ],
)
def test_clash_of_a_crowd_of_dissent_is_a_riot(nlp: Any, text: str, trigger: str) -> None:
    token = _verb(nlp(text), trigger)
    assert _event_victims.protest_clash(token, "190")
    crowd, force = _event_victims.clash_parties(token)
    assert crowd is not None and crowd.lemma_ in {"protester", "demonstrator"}
    assert force is not None and force.lemma_ == "police"


def test_clash_of_armed_groups_is_no_riot(nlp: Any) -> None:
    doc = nlp("Clashes between rival armed groups in the capital left nine people dead.")
    assert not _event_victims.protest_clash(_verb(doc, "Clashes"), "190")
    assert _event_victims.clash_parties(_verb(doc, "Clashes")) == (None, None)
    # not a fight
    assert not _event_victims.protest_clash(_verb(nlp("Protesters clashed with police."), "clashed"), "145")


def test_protest_clash_is_coded_riot(nlp: Any) -> None:
    text = "Clashes between protesters and police in the northern city of Osh left nine people dead."
    assert [e.cameo for e in events_at(nlp, text, "Clashes")] == ["145"]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands have fled the region since the war began in April.",
        "The minister said the rebels were waging a war of conquest in the east.",
    ],
)
def test_war_with_no_party_names_the_whole_conflict(nlp: Any, text: str) -> None:
    assert _event_victims.whole_conflict(_verb(nlp(text), "war"), "190")


def test_war_of_a_party_or_another_code_is_left(nlp: Any) -> None:
    doc = nlp("Thousands have fled the region since Russia's war began in February.")
    assert not _event_victims.whole_conflict(_verb(doc, "war"), "190")
    # a bare war is what an act does
    doc = nlp("The authorities declared war on the breakaway region in 1991.")
    assert not _event_victims.whole_conflict(_verb(doc, "war"), "190")
    doc = nlp("Thousands have fled the region since the war began in April.")
    assert not _event_victims.whole_conflict(_verb(doc, "war"), "042")


def test_whole_conflict_is_no_event(nlp: Any) -> None:
    text = "The two sides swapped 90 prisoners on Friday, the largest exchange since the war began."
    assert [e.cameo for e in coded_events(nlp, text) if e.trigger.text == "war"] == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Government warplanes bombed rebel positions near the border on Friday.", "bombed"),
        ("The fighting went on, with fighter jets bombing rebel bases in the north.", "bombing"),
        ("The minister condemned the air force's bombing of the embassy.", "bombing"),
    ],
)
def test_bombing_by_aircraft_is_aerial(nlp: Any, text: str, trigger: str) -> None:
    assert _event_victims.aerial_bombing(_verb(nlp(text), trigger), "183")


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # a makeshift bomb's doer
        ("Militants bombed a market in the city on Friday.", "bombed", "183"),
        # a sub-code the writers keep (car bombing)
        ("The minister condemned the Israeli bombing of the embassy.", "bombing", "1832"),
        # a place name on the noun is where, not who; a state names no aircraft
        ("The minister recalled the Boston bombing of 2013.", "bombing", "183"),
        ("The minister condemned the Israeli bombing of the embassy.", "bombing", "183"),
    ],
)
def test_other_bombings_are_not_aerial(nlp: Any, text: str, trigger: str, code: str) -> None:
    assert not _event_victims.aerial_bombing(_verb(nlp(text), trigger), code)


def test_aerial_bombing_is_coded_195(nlp: Any) -> None:
    text = "Government warplanes bombed targets near the border on Friday, the ministry said."
    assert [e.cameo for e in events_at(nlp, text, "bombed")] == ["195"]
