"""Round 16, second pass (issue #5): targets named by a plural pronoun after a pair collective, or by a
description or short name of a party named before (team-written sentences, none from the probe sets)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract import _event_targets
from watchfloor.extract.events import extract_events
from watchfloor.model import Actor, Article, ParsedArticle

from ._event_builders import event_in


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    article = Article(id="c18", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    found = [e for e in extract_events(parsed, [], [], keep_filter=False) if e.trigger.text == trigger]
    assert found, trigger
    return {
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in found
    }


def test_referent_codes_from_the_table() -> None:
    assert "GOV" in _event_targets.referent_codes("junta")
    assert _event_targets.referent_codes("Emirates") == ("ARE",)
    assert _event_targets.referent_codes("minister") == ()
    assert "them" in _event_targets.target_words("pronoun")
    assert "if" in _event_targets.target_words("condition")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a plural pronoun after a pair collective: the two parties of the clash named before
        (
            "Armenian and Azerbaijani troops clashed on the border on Tuesday. Russia's foreign minister "
            "spoke with both governments and urged them to return to talks.",
            "urged",
            {("RUS", "ARM"), ("RUS", "AZE")},
        ),
        # a description: the earlier party of its sector, not the fallback's other name
        (
            "Soldiers of Chad's army shelled rebel positions on Monday. Human rights groups accused the army "
            "of killing civilians in Darfur.",
            "accused",
            {("NGO", "TCD")},  # (the source: an unnamed rights group, NGOHRI since round 17)
        ),
        # a conventional short name of a party already named
        (
            "Algeria and the United Arab Emirates brokered the exchange of prisoners. Kenya thanked the "
            "Emirates for their help and urged Sudan to free more detainees.",
            "thanked",
            {("KEN", "ARE")},
        ),
        # a short name as a threat's condition's subject: whom the threat is aimed at
        (
            "North Korea fired two missiles into the sea on Monday. Japan warned it would respond firmly if "
            "the North carried out another launch.",
            "warned",
            {("JPN", "PRK")},
        ),
        # a mediation of a deal named before: its two parties, one event each
        (
            "Colombia's government and the FARC rebels signed a peace deal in Havana on Monday. The deal, "
            "mediated by Cuba and Norway, ended decades of war.",
            "mediated",
            {("CUB", "COL"), ("NOR", "COL")},
        ),
        (
            "Armenian and Azerbaijani troops clashed on the border on Tuesday. Russia's defence minister "
            "later brokered a ceasefire between the two sides.",
            "brokered",
            {("RUS", "ARM"), ("RUS", "AZE")},
        ),
    ],
)
def test_pronoun_and_description_take_the_party_named_before(
    nlp: Any, text: str, trigger: str, expected: set[Any]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "them" with no pair collective before it in its sentence: not read as the pair
        (
            "Armenian and Azerbaijani troops clashed on the border on Tuesday. Russia met the refugees and "
            "urged them to return home.",
            "urged",
        ),
        # a description that says whose it is is the sentence's own ("Chad's army")
        (
            "Sudanese soldiers shelled rebel positions on Monday. Rights groups accused Chad's army of "
            "killing civilians.",
            "accused",
        ),
    ],
)
def test_pronoun_and_description_guards(nlp: Any, text: str, trigger: str) -> None:
    targets = {two for _, two in _pairs(nlp, text, trigger)}
    assert not targets & {"ARM", "AZE", "SDN"}


def test_mediation_of_a_deal_with_its_own_parties_is_left_to_the_sentence(nlp: Any) -> None:
    none = lambda t: None  # noqa: E731
    doc = nlp("The deal between Sudan and Chad, mediated by Qatar, ended the war.")
    mediated = next(t for t in doc if t.text == "mediated")
    assert _event_targets.referral(mediated, "045", none) is None
    doc = nlp("The deal, mediated by Qatar, ended the war.")
    mediated = next(t for t in doc if t.text == "mediated")
    assert _event_targets.referral(mediated, "045", none) == _event_targets.Referral("pair", "")
    assert _event_targets.referral(mediated, "010", none) is None
    # (an intent with no target looks for its counterpart, round 18; never the deal's pair)
    assert _event_targets.referral(mediated, "036", none) == _event_targets.Referral("counter", "")


def test_mediation_participle_hung_on_the_main_verb(nlp: Any) -> None:
    """The parser sometimes hangs "brokered by …" on the main verb (advcl), not on the deal before it."""
    from spacy.tokens import Doc

    words = ["Under", "the", "deal", ",", "brokered", "by", "Kenya", ",", "troops", "left", "."]
    heads = [9, 2, 0, 9, 9, 4, 5, 9, 9, 9, 9]
    deps = ["prep", "det", "pobj", "punct", "advcl", "agent", "pobj", "punct", "nsubj", "ROOT", "punct"]
    pos = ["ADP", "DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "NOUN", "VERB", "PUNCT"]
    tags = ["IN", "DT", "NN", ",", "VBN", "IN", "NNP", ",", "NNS", "VBD", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    none = lambda t: None  # noqa: E731
    assert _event_targets.referral(doc[4], "045", none) == _event_targets.Referral("pair", "")
    # a deal the sentence names by its own words ("Under Sudan deal") is not referred back
    words[1:3] = ["Sudan", "deal"]
    deps[1] = "compound"
    pos[1], tags[1] = "PROPN", "NNP"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert _event_targets.referral(doc[4], "045", none) is None


def test_described_party_is_the_nearest_earlier_that_fits_not_the_source() -> None:
    one, two = "Rebels killed Malian soldiers and police.", "The rebels accused the army."
    text = " ".join([one, two])
    killed = event_in(text, one, "killed", "190", "MLIREB", "MLIMIL")
    police = event_in(text, one, "police", "190", "MLIREB", "MLICOP")
    accused = event_in(text, two, "accused", "112", "MLIREB", None)
    events = [killed, police, accused]
    army = _event_targets.Referral("described", "MIL")
    assert [a.code for a in _event_targets.referred_parties(accused, army, events)] == ["MLIMIL"]
    # the source's own party is never what it describes
    rebels = _event_targets.Referral("described", "REB")
    assert _event_targets.referred_parties(accused, rebels, events) == []
    out = _event_targets.with_referred_targets(events, {2: army}, lambda e, a: f"{e.id}+{a.code}")
    assert out[2].actor2 == Actor(name="MLIMIL", code="MLIMIL") and out[:2] == [killed, police]


def test_referral_reads_descriptions_even_when_aimed(nlp: Any) -> None:
    none = lambda t: None  # noqa: E731
    doc = nlp("Kenya accused the junta of lying.")
    assert _event_targets.referral(doc[1], "112", none, aimed=True) == _event_targets.Referral(
        "described", "GOV MIL"
    )
    # an owner or modifier names whose the junta is
    for text in (
        "Kenya accused Mali's junta of lying.",
        "Kenya accused the Malian junta of lying.",
        "Kenya accused the junta of Mali of lying.",
    ):
        assert _event_targets.referral(nlp(text)[1], "112", none, aimed=True) is None
    # a condition's subject is read for a threat only
    doc = nlp("Japan warned it would respond if the North fired again.")
    assert _event_targets.referral(doc[1], "138", none) == _event_targets.Referral("described", "PRK")
    assert _event_targets.referral(doc[1], "010", none) is None
    # a pair collective is read only when no party is aimed at
    doc = nlp("Russia urged both sides to show restraint.")
    assert _event_targets.referral(doc[1], "0256", none, aimed=True) is None
    doc = nlp("Russia spoke with both leaders and urged them to show restraint.")
    assert _event_targets.referral(doc[6], "0256", none) == _event_targets.Referral("pair", "")
