"""Crisis wire copy: speakers named with a possessive country, hyphenated names, bodies in
apposition, a sentence-final cue with an indefinite source (issues #4 and #5). Sentences written
by the team for these tests, none taken from a corpus."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.extract._speakers import bodies
from watchfloor.extract.attribution import _trailing_cue, extract_statements
from watchfloor.model import Article, ParsedArticle, stable_id


def _statements(nlp: Any, text: str) -> list[Any]:
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2022, 2, 15))
    return extract_statements(ParsedArticle(article=art, doc=nlp(art.body_text())), ())


def _speaker(nlp: Any, text: str, cue: str) -> Any:
    found = [s for s in _statements(nlp, text) if s.cue.text == cue]
    assert found, f"no statement with cue {cue!r} in {text!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "name", "role", "country"),
    [
        (
            "Lithuania's Foreign Minister Gabrielius Landsbergis said Vilnius would not be intimidated.",
            "Gabrielius Landsbergis",
            "Foreign Minister",
            "LTU",
        ),
        (
            "Belarus's Defence Minister Viktor Khrenin said the joint drills would end on Sunday.",
            "Viktor Khrenin",
            "Defence Minister",
            "BLR",
        ),
        (
            "Poland's President Andrzej Duda said more allied troops were welcome.",
            "Andrzej Duda",
            "President",
            "POL",
        ),
    ],
)
def test_speaker_possessive_country_gives_country_not_role(
    nlp: Any, text: str, name: str, role: str, country: str
) -> None:
    sp = _speaker(nlp, text, "said")
    assert (sp.name, sp.role, sp.country) == (name, role, country)
    assert sp.code == f"{country}GOV"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Taiwan's President Tsai Ing-wen said the island was on alert.", "Tsai Ing-wen"),
        ("South Korea's President Moon Jae-in said Seoul was watching closely.", "Moon Jae-in"),
        (
            "Chinese Foreign Ministry spokesman Wang Wen-bin said Beijing opposed new sanctions.",
            "Wang Wen-bin",
        ),
    ],
)
def test_speaker_hyphenated_name_as_written(nlp: Any, text: str, name: str) -> None:
    assert _speaker(nlp, text, "said").name == name


def test_speaker_possessive_country_on_a_body(nlp: Any) -> None:
    text = "Russia's Defence Ministry said on Tuesday that some units were heading back to their bases."
    sp = _speaker(nlp, text, "said")
    assert sp.name == "Defence Ministry"
    assert sp.country == "RUS"
    assert sp.organization == "Russian Defence Ministry"
    assert sp.code == "RUSGOV"


def test_speaker_body_in_apposition_is_the_body(nlp: Any) -> None:
    text = "The company, Maxar Technologies, said its pictures showed new tents near the frontier."
    sp = _speaker(nlp, text, "said")
    assert sp.name == "Maxar Technologies"
    assert sp.organization == "Maxar Technologies"


def test_speaker_person_in_apposition_to_a_title_stays_a_person(nlp: Any) -> None:
    text = "Later in the day, the spokesman, John Kirby, said no decision had been made."
    sp = _speaker(nlp, text, "said")
    assert sp.name == "John Kirby"
    assert sp.organization is None


def test_bodies_are_organisation_nouns() -> None:
    table = bodies()
    assert {"company", "ministry", "agency"} <= table
    assert "spokesman" not in table and "minister" not in table


# -- a sentence-final cue with an indefinite source (issue #5) ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs "said on Monday" on "showed" as its complement
        "Satellite imagery showed a new field hospital near the border with Ukraine, a U.S. imaging company"
        " said on Monday.",
        "New pontoon bridges appeared near the border with Belarus, a US imaging company said on Tuesday.",
        "Russian armour was massing near the frontier, a US imaging company said.",
    ],
)
def test_trailing_cue_with_indefinite_source(nlp: Any, text: str) -> None:
    sts = _statements(nlp, text)
    assert [s.cue.text for s in sts] == ["said"]
    assert sts[0].content.text == text[: text.index(", a U")]
    assert sts[0].speaker.country == "USA"


def test_trailing_cue_after_a_dateline_outside_the_body(nlp: Any) -> None:
    dateline = "(15 Feb 2022) "
    text = (
        dateline
        + "Satellite images showed new tents near the border with Ukraine, a US imaging company said."
    )
    art = Article(
        id=stable_id(text), text=text, body=((len(dateline), len(text)),), published=dt.date(2022, 2, 15)
    )
    sts = extract_statements(ParsedArticle(article=art, doc=nlp(art.body_text())), ())
    assert [(s.cue.text, s.content.text) for s in sts] == [
        ("said", "Satellite images showed new tents near the border with Ukraine")
    ]


def test_trailing_cue_rule(nlp: Any) -> None:
    doc = nlp(
        "Satellite imagery showed a new field hospital near the border with Ukraine, a U.S. imaging company"
        " said on Monday."
    )
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ccomp"  # the parse this rule mends
    assert _trailing_cue(said)
    doc = nlp("The company said on Monday that satellite imagery showed a new field hospital.")
    assert not any(_trailing_cue(t) for t in doc)
