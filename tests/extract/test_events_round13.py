"""Round 13 (issue #5, codes on crisis news): war and diplomacy verbs read by their CAMEO definitions,
British spellings, naming clauses, military nouns among criticism words, and orders to one's own forces."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import code_sentence, us_spelling


def _codes(nlp: Any, sentence: str) -> list[str]:
    sent = next(iter(nlp(sentence).sents))
    return [c.code for c in code_sentence(sent)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # 192 "occupy, seize control of a territory using armed forces": a place seized is occupied …
        ("Rebel fighters seized the provincial capital after a week of fighting.", "192"),
        ("The army captured two border posts overnight.", "192"),
        # … a thing seized is property (171)
        ("Customs officers seized a tanker carrying oil.", "171"),
        # 045 mediate
        ("Qatar brokered the prisoner deal.", "045"),
        # 161 "cancellation of meetings"
        ("The president cancelled a summit with his Chinese counterpart.", "161"),
        # 043 host a visit: a visitor welcomed to a place; a decision welcomed is praise (051)
        ("The king welcomed the Egyptian president to Amman.", "043"),
        ("The minister welcomed the decision.", "051"),
        # 016 deny: rejecting an account of events
        ("The ministry rejected the report as fabricated.", "016"),
        # 0874 retreat: forces moving away; moving into a region is a show of force (154)
        ("The columns were moving away from the capital.", "0874"),
        ("Troops moved into the border region.", "154"),
        # 190 force: targeting positions (not "targeted young voters")
        ("The army targeted rebel positions near the city.", "190"),
        # 162 reduce material aid: budget support suspended
        ("Germany suspended budget support to Mali.", "162"),
        # 175 violent repression of protesters; shooting fighters is force (193)
        ("Police shot dead three protesters in the capital.", "175"),
        ("Soldiers shot two militants near the border.", "193"),
        # 141 protesters chanting
        ("Protesters chanted slogans outside parliament.", "141"),
        # 161 leaving an international body; a withdrawal of troops from a city is military (087)
        ("The junta announced its withdrawal from the African Union.", "161"),
        ("The army announced the withdrawal of its troops from the city.", "087"),
        # 087 stop fighting, and appeals for it (0256): ceasing fire, restraint
        ("The army stopped the offensive.", "087"),
        ("The envoy called on both sides to cease fire.", "0256"),
        ("Egypt called for restraint.", "0256"),
        # arms and relief named by what they are: air defence (072), water pumps offered (0333)
        ("Washington supplied air defence systems to Kyiv.", "072"),
        ("The EU was ready to send water pumps to Kyiv.", "0333"),
    ],
)
def test_code_sentence_round13_patterns(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence)[:1] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters chanted his name at the rally.",  # chanting at a rally is no protest
        "The campaign targeted young voters.",  # a campaign's target is no force
    ],
)
def test_news_senses_are_no_events(nlp: Any, sentence: str) -> None:
    assert _codes(nlp, sentence) == []


@pytest.mark.parametrize(
    ("lemma", "spelt"),
    [
        ("mobilisation", "mobilization"),
        ("demobilise", "demobilize"),
        ("normalising", "normalizing"),
        ("praise", "praise"),  # too short a stem to be a British -ise
        ("attack", "attack"),
    ],
)
def test_us_spelling(lemma: str, spelt: str) -> None:
    assert us_spelling(lemma) == spelt


def test_code_sentence_reads_british_spelling(nlp: Any) -> None:
    assert _codes(nlp, "Moscow announced a partial mobilisation of reservists.") == ["154"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia launched what it called a special military operation.",
        "State media described what it called a routine patrol.",
    ],
)
def test_naming_clause_is_no_event(nlp: Any, sentence: str) -> None:
    # "what it called X" names a thing; it is no appeal (020) and no statement
    assert _codes(nlp, sentence) == []


def test_military_offensive_is_no_criticism(nlp: Any) -> None:
    assert _codes(nlp, "Thousands have fled since the offensive, officials said.") == ["010"]
    assert _codes(nlp, "Officials said the remarks were offensive.") == ["111"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # an order with no addressee, or to one's own forces, is the ordered act …
        ("The defence minister ordered the withdrawal on Friday.", "087"),
        ("The president ordered the army to pull back from the border.", "087"),
        # … an order to another party is a demand (10x)
        ("The court ordered Russia to withdraw its troops.", "1056"),
    ],
)
def test_order_to_own_forces_is_the_act(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence)[:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a vow to attack threatens (13x) …
        ("The general vowed to attack the city.", "1384"),
        # … and a vow not to threaten or attack is none
        ("The general vowed not to attack the city.", "030"),
        ("The two leaders pledged not to threaten or use force against one another.", "030"),
    ],
)
def test_vowed_threat_and_vowed_restraint(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence)[:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # troops sent to a mission provide protection or peacekeeping (074); promised, 0334
        ("Kenya sent police officers to the security mission.", "074"),
        ("NATO said it would send extra troops to its mission in Kosovo.", "0334"),
        ("Russia sent troops to the border.", "154"),
        # a span of time is looked through to what filled it ("two days of clashes")
        ("At least 20 people were killed in two days of clashes.", "190"),
        # (without one, a killing still names no weapon: 190 by CAMEO 190's note, round 14; a killing by
        # a person is 1823)
        ("At least 20 people were killed in two days.", "190"),
        ("The man killed three people in two days.", "1823"),
    ],
)
def test_missions_and_spans(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence)[:1] == [code]


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        # the means of an intended act is the act intended ("ready to resolve … through dialogue": 036)
        (
            "Pakistan said it was ready to resolve all outstanding issues with India through dialogue.",
            ["036"],
        ),
        ("The government is willing to settle the dispute through negotiations.", ["036"]),
        ("He wants to win through hard work.", []),
    ],
)
def test_intent_through_its_means(nlp: Any, sentence: str, codes: list[str]) -> None:
    assert _codes(nlp, sentence) == codes
