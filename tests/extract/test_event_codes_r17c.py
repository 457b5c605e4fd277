"""Round 17c (issue #5, task E21): event codes read off the CAMEO labels for the weakest crisis sets —
supplies cut off (163), work stopped (143), a call by telephone (041), a terrorist designation (172), a
missile fired toward a place (195), a warning of a crisis (012), a plant that shut down (no event).
Sentences written for these tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_codes import called_off_act, failed_act

from ._event_builders import sentence_codes as _coded


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Russia cut off gas supplies to Moldova on Friday.", ("163", "cut")),
        ("The army cut off water and electricity to the besieged town.", ("163", "cut")),
        ("Nurses at the main hospitals stopped work on Monday.", ("143", "stopped")),
        ("The two leaders spoke by telephone on Tuesday.", ("041", "spoke")),
        ("Washington designated the militia a terrorist organisation on Thursday.", ("172", "designated")),
        ("Rebels fired a missile toward the capital's airport on Sunday.", ("195", "fired")),
        ("The UN agency warned of a humanitarian catastrophe in the north.", ("012", "warned")),
    ],
)
def test_rows_read_off_the_cameo_labels(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "unexpected"),
    [
        # a cut in aid keeps its own row (162), not the supplies' embargo
        ("The donors cut aid to the government last year.", "163"),
        # a launch with no target is a test (150), not an aerial attack
        ("The North fired a ballistic missile on Thursday.", "195"),
        # a warning of retaliation stays a threat
        ("The minister warned of retaliation if the border was crossed.", "012"),
        # work that resumed is no strike
        ("Dock workers resumed work on Monday.", "143"),
    ],
)
def test_rows_keep_their_neighbours(nlp: Any, sentence: str, unexpected: str) -> None:
    assert unexpected not in [code for code, _ in _coded(nlp, sentence)]


def test_plant_that_shut_down_is_no_event(nlp: Any) -> None:
    assert "172" not in [c for c, _ in _coded(nlp, "The country's largest power plant shut down on Friday.")]
    assert ("172", "shut") in _coded(nlp, "The junta shut down the newspaper on Friday.")


# --- an act someone failed to do is no event -------------------------------------------------------------


def test_failed_act_is_the_infinitive_of_fail(nlp: Any) -> None:
    doc = nlp("The peacekeepers failed to protect the villages.")
    assert failed_act(next(t for t in doc if t.text == "protect"))
    doc = nlp("The peacekeepers tried to protect the villages.")
    assert not failed_act(next(t for t in doc if t.text == "protect"))


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("The peacekeepers failed to protect the villages last year.", "protect"),
        ("The two sides failed to agree on a ceasefire on Monday.", "agree"),
    ],
)
def test_failed_act_is_not_coded(nlp: Any, sentence: str, dropped: str) -> None:
    assert dropped not in [word for _, word in _coded(nlp, sentence)]


def test_act_done_stays_coded(nlp: Any) -> None:
    assert ("074", "protect") in _coded(nlp, "The peacekeepers managed to protect the villages last year.")


# --- an act called off is not made ------------------------------------------------------------------------


def test_called_off_act_is_the_object_of_calling_off(nlp: Any) -> None:
    doc = nlp("The government suspended the deployment of troops to the border.")
    assert called_off_act(next(t for t in doc if t.text == "deployment"))
    doc = nlp("The president ended a visit to the capital.")
    assert not called_off_act(next(t for t in doc if t.text == "visit"))
    doc = nlp("The ministers failed to cancel the deployment.")
    assert not called_off_act(next(t for t in doc if t.text == "deployment"))


def test_called_off_deployment_is_not_coded(nlp: Any) -> None:
    coded = _coded(nlp, "The government said it had suspended the deployment of troops to the border.")
    assert "deployment" not in [word for _, word in coded]
    assert ("154", "deployment") in _coded(
        nlp, "The government announced the deployment of troops to the border."
    )


def test_missile_that_blew_up_is_no_bombing(nlp: Any) -> None:
    assert "183" not in [c for c, _ in _coded(nlp, "The missile blew up seconds after its launch on Friday.")]
    assert ("183", "blew") in _coded(nlp, "Militants blew up a car near the checkpoint on Friday.")
