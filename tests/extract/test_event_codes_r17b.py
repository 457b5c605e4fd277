"""Round 17b (issue #5, task E20): speech acts and the main event on crisis news — a promise to let people
or ships move, a warning's that-clause hung by the parse on the noun of "in a statement", a statement that
ends in the speaker's accusation, force not ruled out, a threat's sub-code read off the act threatened (not
its condition). Sentences written for these tests (none from the probe sets or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_codes import (
    force_not_ruled_out,
    not_threatened,
    speaker_participle,
    stranded_content,
)

from ._event_builders import sentence_codes as _coded

# --- people, ships or flights allowed to move: 081, a promise of it 0351 ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The authorities allowed the fishing boats to enter the harbour on Monday.", ("081", "allowed")),
        ("The militia said it would allow stranded families to leave the city.", ("0351", "allow")),
        ("The government will permit foreign students to return next month.", ("0351", "permit")),
    ],
)
def test_allowed_movement_is_eased_restriction(nlp: Any, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _coded(nlp, sentence)


def test_power_handed_to_someone_is_leadership_change(nlp: Any) -> None:
    assert ("0831", "handed") in _coded(nlp, "The junta handed power to a civilian council on Monday.")
    assert not any(code == "0831" for code, _ in _coded(nlp, "The clerk handed the papers to the judge."))


def test_allowed_movement_leaves_other_allowing(nlp: Any) -> None:
    # aid allowed in keeps its own row; allowing a thing with no movement verb is no event
    assert ("0863", "allowed") in _coded(nlp, "The army allowed aid convoys into the town on Friday.")
    assert not any(code.startswith("08") for code, _ in _coded(nlp, "The rules allow a larger budget."))


# --- a that-clause stranded on "in a statement" ------------------------------------------------------------


def test_stranded_content_finds_clause_on_statement_noun(nlp: Any) -> None:
    doc = nlp("The spokesman said in a message that the rebels would release the hostages.")
    said = next(t for t in doc if t.lower_ == "said")
    assert [c.lemma_ for c in stranded_content(said)] == ["release"]
    # a relative clause on the noun is no content: "that" is its object there
    doc = nlp("He said in the statement that he issued on Monday nothing new.")
    said = next(t for t in doc if t.lower_ == "said")
    assert stranded_content(said) == []
    # a verb that is no verb of saying has none
    doc = nlp("The army advanced in a column that stretched for miles.")
    advanced = next(t for t in doc if t.lower_ == "advanced")
    assert stranded_content(advanced) == []


def test_warning_with_condition_in_statement_is_threat(nlp: Any) -> None:
    sentence = (
        "The general warned in a statement carried by state television that the capital would face a harsh "
        "response if the drills did not stop."
    )
    coded = _coded(nlp, sentence)
    assert ("130", "warned") in coded or ("138", "warned") in coded
    assert ("012", "warned") not in coded


# --- a statement ending in the speaker's accusation -------------------------------------------------------


def test_speaker_participle_on_reported_clause(nlp: Any) -> None:
    doc = nlp("The minister told reporters that the talks had collapsed, accusing Moscow of sabotaging them.")
    accusing = next(t for t in doc if t.lower_ == "accusing")
    verb = speaker_participle(accusing)
    assert verb is not None and verb.lower_ == "told"
    # a participle with a mark of its own, or one on a verb that is no verb of saying, names none
    doc = nlp("The minister said the talks had collapsed while accusing Moscow of sabotage.")
    assert speaker_participle(next(t for t in doc if t.lower_ == "accusing")) is None
    doc = nlp("The minister issued a statement, accusing Moscow of sabotage.")
    assert speaker_participle(next(t for t in doc if t.lower_ == "accusing")) is None


def test_statement_ending_in_accusation_is_accusation(nlp: Any) -> None:
    coded = _coded(
        nlp, "The minister told reporters that the talks had collapsed, accusing Moscow of sabotaging them."
    )
    assert ("112", "told") in coded
    assert not any(text == "accusing" for _, text in coded)
    # a participle that is no verbal act of disapproval leaves the statement plain
    coded = _coded(nlp, "The minister said the talks had collapsed, citing a lack of trust.")
    assert not any(code.startswith("11") for code, _ in coded)


# --- force not ruled out: a threat of force --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bloc said it would not rule out military intervention in the country.", True),
        ("The minister did not rule out strikes on the militia's bases.", True),
        ("The minister ruled out military action against the rebels.", False),
        ("The senator did not rule out a run for president.", False),
    ],
)
def test_force_not_ruled_out(nlp: Any, sentence: str, expected: bool) -> None:
    doc = nlp(sentence)
    rule = next(t for t in doc if t.lemma_.lower() == "rule")
    assert force_not_ruled_out(rule) is expected


def test_force_not_ruled_out_is_coded_threat(nlp: Any) -> None:
    coded = _coded(nlp, "The bloc said it would not rule out military intervention in the country.")
    assert ("138", "rule") in coded
    assert _coded(nlp, "The minister ruled out military action against the rebels.") == []


# --- a threat is refined by the act threatened, not by its condition ----------------------------------------


def test_not_threatened_marks_condition_and_subject(nlp: Any) -> None:
    doc = nlp("The president warned of harsh economic measures if the army invaded the country.")
    invaded = next(t for t in doc if t.lower_ == "invaded")
    assert not_threatened(invaded)
    doc = nlp("The spokesman vowed that the attack would not go unanswered.")
    attack = next(t for t in doc if t.lower_ == "attack")
    assert not_threatened(attack)
    doc = nlp("The rebels threatened to launch a new offensive.")
    launch = next(t for t in doc if t.lower_ == "launch")
    assert not not_threatened(launch)


def test_conditional_warning_is_threat_not_attack_threat(nlp: Any) -> None:
    # the invasion is the condition: a threat (130), not a threat of conventional attack (1384)
    coded = _coded(nlp, "The president warned of harsh economic measures if the army invaded the country.")
    assert ("130", "warned") in coded
    # the offensive is the act threatened: 1384, the condition notwithstanding
    coded = _coded(
        nlp, "The rebels threatened to launch a new offensive unless the government accepted their terms."
    )
    assert ("1384", "threatened") in coded


def test_hands_on_trigger_is_threat_of_force(nlp: Any) -> None:
    coded = _coded(nlp, "The militia leader warned that 'our hands remain on the trigger'.")
    assert ("138", "warned") in coded
    assert ("012", "warned") in _coded(nlp, "The economist warned that prices remain high.")
