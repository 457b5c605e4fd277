"""Round 17 (issue #5, task E19): event codes on crisis news — triggers the tables did not code, a bare
"strike" that is a military strike by what its clause does with it, a warning that promises force, a past
participle set off by commas that reports its act, hyphenated argument words. Sentences written for these
tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_codes import military_strike, negated_report, set_off_participle
from watchfloor.extract.events import extract_events
from watchfloor.model import Article, ParsedArticle

from ._event_builders import sentence_codes as _coded

# --- triggers the tables did not code (rows read off the CAMEO labels) ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two governments swapped 150 prisoners at the border crossing on Friday.", ("0841", "swapped")),
        ("Two soldiers died in a shootout with smugglers near the river.", ("193", "shootout")),
        ("The army pounded rebel positions outside the town for a third day.", ("190", "pounded")),
        ("Enemy forces pounded the port with missiles overnight.", ("195", "pounded")),
        ("The militia hit an oil tanker with a drone on Sunday.", ("195", "hit")),
        ("The government halted imports of grain from its neighbour on Tuesday.", ("163", "halted")),
        ("Beijing suspended sales of rare earths to the island.", ("163", "suspended")),
        ("The ministers said they would look at new sanctions against the regime.", ("014", "look")),
        ("The junta closed the country's airspace to all commercial flights.", ("191", "closed")),
        ("Gangs attacked a police station in the capital overnight.", ("180", "attacked")),
        ("The government suspended a 2015 border agreement with its neighbour.", ("160", "suspended")),
        ("Ankara announced its withdrawal from the maritime deal.", ("160", "withdrawal")),
        ("The army will hold live-fire drills near the border next week.", ("150", "drills")),
        ("Moscow halted cooperation with the agency on nuclear safety.", ("160", "halted")),
        ("The foreign ministry summoned the German ambassador on Tuesday.", ("114", "summoned")),
        ("The bloc's leaders approved the activation of a standby force.", ("154", "activation")),
    ],
)
def test_round17_rows_code_crisis_triggers(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(nlp, sentence)


def test_round17_rows_leave_other_senses(nlp: Any) -> None:
    # troops withdrawn stay a military withdrawal; a fire drill has no military word; looking at a photo is
    # nothing
    assert ("087", "withdrawal") in _coded(nlp, "The withdrawal of the troops began on Monday.")
    assert not any(code == "150" for code, _ in _coded(nlp, "The school held a fire drill on Monday."))
    assert _coded(nlp, "The minister looked at the photographs for a long time.") == []
    # an attack by an army is conventional force, not a gang's
    assert ("190", "attacked") in _coded(nlp, "The army attacked rebel positions near the border.")


# --- a bare strike: labour or military by what its clause does with it ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Saturday's strike had targeted a weapons depot, the ministry said.",
        "The coalition's aircraft carried out 25 strikes near the city last week.",
        "The navy conducted a second day of strikes against the rebels' radar sites.",
        "The first wave of strikes, launched before dawn, hit air defence sites.",
    ],
)
def test_round17_military_strike(nlp: Any, sentence: str) -> None:
    codes = _coded(nlp, sentence)
    # the strike is coded 195, or it gives its code to the act it carries out ("had targeted")
    assert any(code == "195" for code, _ in codes), codes
    assert not any(code == "143" for code, _ in codes)


def test_round17_labour_strike_stays(nlp: Any) -> None:
    codes = _coded(nlp, "Teachers and nurses joined a nationwide strike on Monday.")
    assert ("143", "strike") in codes
    doc = nlp("Teachers and nurses joined a nationwide strike on Monday.")
    assert not military_strike(next(t for t in doc if t.lower_ == "strike"))


# --- a warning that promises force ------------------------------------------------------------------------


def test_round17_warning_of_force_is_threat(nlp: Any) -> None:
    codes = _coded(nlp, "The generals warned that any foreign intervention would be met with force.")
    assert codes[0][1] == "warned" and codes[0][0].startswith("138"), codes
    assert not any(word == "met" for _, word in codes)  # "met with force" is no meeting
    codes = _coded(
        nlp, "The ministry warned that the island would face a strong response if it did not stop."
    )
    assert codes[0][0].startswith("13"), codes


# --- a vow of force names the act through "press ahead with", "hunt down", "battle against" ---------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The president vowed to press ahead with an all-out offensive against the rebels.",
        "The group vowed to continue its battle against Israel.",
        "The president vowed to hunt down those responsible.",
    ],
)
def test_round17_vow_of_force_is_threat(nlp: Any, sentence: str) -> None:
    codes = _coded(nlp, sentence)
    assert codes and codes[0][1] == "vowed" and codes[0][0].startswith("138"), codes


def test_round17_vow_without_force_stays_intent(nlp: Any) -> None:
    # a battle with no place is no fighting ("its battle against inflation")
    assert _coded(nlp, "The party vowed to continue its battle against inflation.") == [("030", "vowed")]


# --- a past participle set off by commas reports its act ------------------------------------------------


def test_round17_set_off_participle_reports_act(nlp: Any) -> None:
    sentence = "The accord, signed in Doha on Friday by the two ministers, would open the border crossings."
    assert ("057", "signed") in _coded(nlp, sentence)
    doc = nlp(sentence)
    assert set_off_participle(next(t for t in doc if t.lower_ == "signed"))
    # a restrictive participle describes the thing: no event
    restrictive = "The letters released on Monday would reopen the inquiry."
    doc = nlp(restrictive)
    assert not set_off_participle(next(t for t in doc if t.lower_ == "released"))


# --- a statement is given back when the keep/drop filter drops all it reports -------------------------------


def _extracted(nlp: Any, text: str, keep_filter: bool) -> list[tuple[str, str]]:
    article = Article(id="t", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(text))
    return [(e.trigger.text, e.cameo) for e in extract_events(parsed, [], [], keep_filter=keep_filter)]


@pytest.mark.parametrize(
    ("text", "reported", "speech"),
    [
        (
            '"On the whole, it seems they keep up their military build-up," the minister told reporters in '
            "Geneva after the talks.",
            ("build-up", "154"),
            ("told", "010"),
        ),
        (
            "The spokesman said the bombers had carried out 30 strikes near the city last week.",
            ("strikes", "195"),
            ("said", "010"),
        ),
    ],
)
def test_round17_statement_given_back(
    nlp: Any, text: str, reported: tuple[str, str], speech: tuple[str, str]
) -> None:
    # unfiltered, the statement reports the event and is no event of its own
    assert _extracted(nlp, text, keep_filter=False) == [reported]
    # the filter drops the reported event: the sentence still records the statement
    assert _extracted(nlp, text, keep_filter=True) == [speech]


def test_round17_statement_not_given_back_beside_an_event(nlp: Any) -> None:
    # what the statement reports is kept: no 010 beside it
    text = "The ministry said the army had shelled the border villages on Monday."
    assert not any(code == "010" for _, code in _extracted(nlp, text, keep_filter=True))


def test_round17_negated_report(nlp: Any) -> None:
    # a statement reporting a negated clause refuses or denies: no plain statement to give back
    doc = nlp("The president told reporters that the border is not up for negotiation.")
    assert negated_report(next(t for t in doc if t.lower_ == "told"))
    doc = nlp("The president told reporters that the border talks had ended.")
    assert not negated_report(next(t for t in doc if t.lower_ == "told"))
