"""Round 15 (issue #5, codes on crisis news): a statement whose content is the speaker's own intent or a
threat, a statement that charges a war crime. Sentences written for these
tests; each rule is read off the CAMEO definition it cites."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import code_sentence


def _codes(nlp: Any, sentence: str) -> list[str]:
    sent = next(iter(nlp(sentence).sents))
    return [c.code for c in code_sentence(sent)]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # CAMEO 130 "coercive or forceful warnings": the speaker's own side will answer the other side
        ("The Russian spokeswoman said Moscow would respond to the new measures.", "130"),
        ("The minister said his government would retaliate.", "130"),
        ("The president said he would not hesitate to take further measures.", "130"),
        # 138: a consequence promised to the other side, whoever the clause's subject is
        ("The spokesman said the group would not let the aggression go unanswered.", "138"),
        ("The commander said the invaders would pay a heavy price.", "138"),
        ("The leader vowed that the enemy would pay a price.", "138"),
        ("The rebels said the attacks would not go unpunished.", "138"),
        # a warning that promises one is a threat too (CAMEO 130's "forceful warnings"), of force (138)
        ("The vice president warned that all options remained on the table.", "138"),
        ("The juntas warned that any intervention would be considered a declaration of war.", "138"),
    ],
)
def test_a_statement_of_the_speakers_own_act_is_the_verbal_act(nlp: Any, sentence: str, code: str) -> None:
    assert [c[: len(code)] for c in _codes(nlp, sentence)][:1] == [code]


@pytest.mark.parametrize(
    "sentence",
    [
        # an own act the tables do not code stays a statement (its topic words are no guide to its family)
        "The secretary said Washington would operate from Doha.",
        "Biden said he would speak with the leaders of the allies.",
        "The agency said it would send inspectors to the site.",
        # another party's future act is a forecast, not the speaker's intent
        "The analyst said the central bank would hold an election.",
        "The envoy said prices would respond to the new measures.",
        # a table that holds no options is no threat
        "He said the book was on the table.",
        # a refusal with no coded act stays a statement
        "The president said Manila would not be intimidated.",
        # what is done to the speaker's side is no act of its own
        "The minister said the convoy would be kept at the border.",
    ],
)
def test_other_statements_stay_plain(nlp: Any, sentence: str) -> None:
    assert _codes(nlp, sentence) == ["010"]


def test_a_coded_own_act_keeps_its_trigger(nlp: Any) -> None:
    # the tense rule already makes the act the intent (0332); the statement is not coded beside it
    sent = next(iter(nlp("Germany said it would send tanks to Ukraine.").sents))
    coded = code_sentence(sent)
    assert [(c.token.text, c.code) for c in coded] == [("send", "0332")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition leader said the government had committed a crime against humanity.",
        "The president said the refusal amounted to a war crime.",
        "The rights chief said the army was guilty of genocide.",
    ],
)
def test_a_statement_that_charges_a_war_crime_accuses(nlp: Any, sentence: str) -> None:
    # CAMEO 1124 "allege, charge the target with, or blame for participation in war crimes"
    assert _codes(nlp, sentence) == ["1124"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said war crimes trials would resume.",
        "The judge said the trial for genocide would open in May.",
    ],
)
def test_a_war_crime_named_in_passing_accuses_nobody(nlp: Any, sentence: str) -> None:
    assert "1124" not in _codes(nlp, sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # CAMEO 1123 "blame for initiating hostilities": a hostile act as the name a statement gives
        ("The president called the launch an effective territorial invasion.", "1123"),
        ("The minister called the response a significant escalation.", "1123"),
        # a name that condemns (criticism_words) is a criticism (111)
        ("The spokeswoman called the sanctions illegitimate.", "111"),
        # a name that is no act stays as it was: a statement the criticism rule reads
        ("The senator called the visit a provocation.", "111"),
    ],
)
def test_an_act_named_by_a_statement_is_its_charge(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence) == [code]


def test_a_hostile_act_named_elsewhere_is_still_an_event(nlp: Any) -> None:
    # only the name given ("called X an invasion") is absorbed; an invasion reported is an act
    assert _codes(nlp, "The army launched an invasion of the island.")[:1] == ["190"]


def test_an_act_named_in_a_naming_clause_is_reported(nlp: Any) -> None:
    # "what he called an attack" names the act the sentence reports: the attack stays an event
    assert "190" in _codes(nlp, "The president condemned what he called an unprovoked attack.")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # 160 "reduce relations: all reductions in normal, routine, or cooperative relations"
        ("The junta suspended its participation in the grain deal.", "160"),
        ("The government suspended rotations of troops with the mission.", "160"),
        # 161 "reduce or break diplomatic relations"
        ("Washington suspended its diplomatic presence in Kabul.", "161"),
        # 0841: "formal pardons, amnesties … should all be coded here"
        ("The president pardoned 300 prisoners.", "0841"),
        # 130 "threaten": revenge vowed or sworn
        ("The movement's leader vowed revenge against the coalition.", "130"),
        ("The militia swore revenge.", "130"),
        # contrasts: suspended aid stays 162, suspended operations 087
        ("The donors suspended aid to the government.", "162"),
        ("The militia suspended military operations.", "087"),
    ],
)
def test_round15_patterns(nlp: Any, sentence: str, code: str) -> None:
    assert _codes(nlp, sentence)[:1] == [code]
