"""Round 16 (issue #5): event codes that carry to an unseen writer — classes of code errors that at least
two writers' crisis probe sets show, each fixed by a general rule or a row from a CAMEO definition.
Sentences written for these tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.model import EvidentialStatus

from ._event_builders import coded_events as _events
from ._event_builders import sentence_codes as _coded

# --- a statement beside a further act of its speaker ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the verb coordinated with a statement is a further act, not what the statement reports
        (
            "The mission said the incident could be considered closed, but warned of a far harsher "
            "response if the attacks went on.",
            [("010", "said")],
        ),
        (
            "Tokyo said it had detected no unusual naval movements near the islands but warned it would "
            "respond firmly to any incursion.",
            [("010", "said"), ("130", "warned")],
        ),
        (
            "The ministry said it was still assessing the damage, and the parliament urged the government "
            "to expel the foreign troops.",
            [("010", "said"), ("020", "urged")],
        ),
    ],
)
def test_statement_stays_beside_a_coordinated_act(
    nlp: Any, sentence: str, expected: list[tuple[str, str]]
) -> None:
    coded = _coded(nlp, sentence)
    for pair in expected:
        assert pair in coded, coded


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        # what the statement reports is an event: the statement is no event of its own (as before)
        ("The ministry said its troops had attacked the rebels.", "said"),
        # a speech verb with no clause of its own keeps being dropped beside its conjunct (a naming that
        # disparages, "called the demolition a senseless act", is a 111 of its own since round 18, E23)
        ("The council called the demolition a turning point and condemned the blockade.", "called"),
    ],
)
def test_statement_reporting_an_event_is_still_dropped(nlp: Any, sentence: str, dropped: str) -> None:
    assert dropped not in [t for _, t in _coded(nlp, sentence)]


def test_reported_leaves_out_conjuncts_only_of_a_reporting_verb(nlp: Any) -> None:
    from watchfloor.extract.events import _reported

    doc = nlp("The ministry said it was still assessing the damage, and the parliament urged the government.")
    said = next(t for t in doc if t.lemma_ == "say")
    inside = {doc[i].text for i in _reported(said)}
    assert "assessing" in inside and "urged" not in inside and "parliament" not in inside
    doc = nlp("The council called the demolition a senseless act and condemned the blockade.")
    called = next(t for t in doc if t.lemma_ == "call")
    assert "condemned" in {doc[i].text for i in _reported(called)}


# --- a denial (CAMEO 016 "deny responsibility or involvement in an action") -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The government denied that its soldiers had opened fire on the crowd.",
        "The army denied carrying out the air strike.",
        "The ministry denies arming the militia.",
    ],
)
def test_denial_of_an_act_is_016(nlp: Any, sentence: str) -> None:
    coded = _coded(nlp, sentence)
    assert coded and coded[0][0] == "016", coded


@pytest.mark.parametrize(
    "sentence",
    [
        # a refusal to let someone have something is no denial of responsibility
        "The authorities denied the reporters access to the camp.",
        "The court denied the request for bail.",
    ],
)
def test_denying_access_is_no_016(nlp: Any, sentence: str) -> None:
    assert "016" not in [c for c, _ in _coded(nlp, sentence)]


def test_denied_accusations_keep_the_accusation_beside_the_denial(nlp: Any) -> None:
    # the judges of real news call the accusation the event; since round 18 (E23) the denial is a 016 of its
    # own too, as the CAMEO codebook's "deny responsibility" and five writers' sets have it
    coded = [c for c, _ in _coded(nlp, "The embassy denied the accusations.")]
    assert "016" in coded and any(c.startswith("112") for c in coded)


def test_the_denied_act_stays_an_event_with_status_denied(nlp: Any) -> None:
    events = _events(nlp, "Islamabad denied that the air strike had killed any civilians.")
    by_trigger = {e.trigger.text: e for e in events}
    assert by_trigger["denied"].cameo == "016"
    denied = [e for e in events if e.trigger.text != "denied"]
    assert denied and all(e.status is EvidentialStatus.DENIED for e in denied), [
        (e.trigger.text, e.cameo, e.status) for e in events
    ]


# --- military aid and peacekeeping by the force sent (CAMEO 072, 074) ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # 072 "military assistance … including training": soldiers sent to help train, trainers deployed
        ("Lisbon will send 40 soldiers to help train the country's marines.", "0332"),
        ("The United States deployed military trainers to the region.", "072"),
        # 074 "provide military protection or peacekeeping": a police or military force arriving for a mission
        ("About 300 Rwandan police officers arrived in the capital to lead a regional mission.", "074"),
    ],
)
def test_force_sent_for_training_or_a_mission(nlp: Any, sentence: str, code: str) -> None:
    coded = _coded(nlp, sentence)
    assert coded and coded[0][0] == code, coded


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a force sent with no training or mission named stays a deployment (154); a visit stays a visit
        ("Lisbon will send 40 soldiers to the border.", "154"),
        ("The foreign minister arrived in the capital to lead a trade mission.", "042"),
    ],
)
def test_force_or_visitor_without_training_or_mission_keeps_its_code(
    nlp: Any, sentence: str, code: str
) -> None:
    coded = _coded(nlp, sentence)
    assert coded and coded[0][0][:3] == code[:3], coded


def test_helped_act_is_an_argument(nlp: Any) -> None:
    from watchfloor.extract.events import _arg_words

    doc = nlp("Lisbon will send 40 soldiers to help train the country's marines.")
    send = next(t for t in doc if t.lemma_ == "send")
    assert {"help", "train", "marines"} <= {w.text for w in _arg_words(send)}


# --- an event noun placed in time refers back to an act already reported -------------------------------


@pytest.mark.parametrize(
    ("sentence", "gone"),
    [
        ("The deployment follows the collapse of the peace deal.", "deployment"),
        ("The strikes came two days after the ceasefire collapsed.", "strikes"),
    ],
)
def test_definite_event_noun_placed_in_time_is_no_new_event(nlp: Any, sentence: str, gone: str) -> None:
    assert gone not in [t for _, t in _coded(nlp, sentence)]


def test_indefinite_event_noun_placed_in_time_is_reported(nlp: Any) -> None:
    # "an air strike followed …" introduces the act: it is reported
    assert "strike" in [t for _, t in _coded(nlp, "An air strike followed within hours.")]


def test_denial_of_no_hostile_act_is_no_016(nlp: Any) -> None:
    # CAMEO 016 denies responsibility for an action; denying some other proposition is none
    coded = _coded(nlp, "The governor denied that the senator had anything to do with his decision.")
    assert "016" not in [c for c, _ in coded], coded


# --- crowd-control weapons (CAMEO 175 "use tactics of violent repression … crowd control") ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Riot police fired water cannon and tear gas at the protesters.",
        "Police used rubber bullets to break up the march.",
    ],
)
def test_crowd_control_weapons_are_repression(nlp: Any, sentence: str) -> None:
    coded = _coded(nlp, sentence)
    assert coded and coded[0][0] == "175", coded


def test_firing_rifles_stays_small_arms(nlp: Any) -> None:
    coded = _coded(nlp, "Soldiers fired rifles at the rebel positions.")
    assert coded and coded[0][0] == "193", coded
