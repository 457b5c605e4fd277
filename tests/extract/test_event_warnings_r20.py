"""Round 20 (issue #5, task W28): a warning of a consequence for a party is a threat (CAMEO 130), not a
pessimistic comment (012). Sentences written for these tests (none from the probe sets, the codebook or
PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.errors import KnowledgeError
from watchfloor.extract._event_warnings import (
    THREAT_CODE,
    consequence_warning,
    denied_party_act,
    warning_words,
)

from ._event_builders import sentence_codes

_OWN = {"Paris": "FRA", "France": "FRA", "French": "FRA"}


def _is_named(token: Any) -> bool:
    return bool(token.pos_ == "PROPN")


def _same_side(inner: Any, outer: Any) -> bool:
    sides = {_OWN.get(t.text) for t in outer.subtree} - {None}
    return _OWN.get(inner.text) in sides


def _warns(nlp: Any, sentence: str, trigger: str = "warned", code: str = "012") -> bool:
    sent = next(iter(nlp(sentence).sents))
    token = next(t for t in sent if t.text == trigger)
    return consequence_warning(token, code, _is_named, _same_side)


def test_warning_words_reads_its_lists() -> None:
    assert "consequence" in warning_words("consequence_nouns")
    assert "risk" in warning_words("risk_nouns")
    assert "its" in warning_words("holding_pronouns")


def test_warning_words_refuses_an_unknown_list() -> None:
    with pytest.raises(KnowledgeError):
        warning_words("no_such_list")


@pytest.mark.parametrize(
    "sentence",
    [
        # a held loss: a cause that is no party ends or harms what another party holds
        "The ministers warned Lisbon that the new tariff would end its hopes of a trade deal.",
        "The commissioner warned that the reform would damage Serbia's chances of accession.",
        # a borne consequence
        "Oslo would bear all the consequences, the foreign ministry in Madrid warned.",
        # a holding at risk
        "The envoy warned that Chad's share of the fund was at risk.",
    ],
)
def test_consequence_warning_finds_a_consequence_for_a_party(nlp: Any, sentence: str) -> None:
    assert _warns(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a situation, no party that pays
        "The agency warned that the drought could lead to famine across the region.",
        "The minister warned that a wider war would have terrible consequences.",
        # a party as the agent of the clause: a forecast of its act
        "The analysts warned that Brazil would raise its tariffs next year.",
        # a possessive pronoun with no party addressed: the warner's own
        "The bank warned that the sanctions would hurt its profits.",
        # the party is the warner's own side
        "Paris warned that the strike would end France's hopes of a deal.",
    ],
)
def test_consequence_warning_leaves_a_pessimistic_comment(nlp: Any, sentence: str) -> None:
    assert not _warns(nlp, sentence)


def test_consequence_warning_reads_only_a_bare_warning(nlp: Any) -> None:
    sentence = "The ministers warned Lisbon that the new tariff would end its hopes of a trade deal."
    assert not _warns(nlp, sentence, code="130")
    assert not _warns(nlp, "The ministers did not warn Lisbon that the tariff would end its hopes.", "warn")


def test_code_sentence_makes_the_warning_a_threat(nlp: Any) -> None:
    sentence = "Oslo would bear all the consequences, the foreign ministry in Madrid warned."
    codes = sentence_codes(nlp, sentence)
    assert (THREAT_CODE, "warned") in codes
    assert ("012", "warned") not in codes


def test_code_sentence_keeps_a_pessimistic_warning(nlp: Any) -> None:
    codes = sentence_codes(nlp, "The agency warned that the drought could lead to famine across the region.")
    assert ("012", "warned") in codes


# --- a denial that a party's forces did something ----------------------------------------------------------


def _forces(token: Any) -> bool:
    return token.lower_ in {"troops", "soldiers", "army", "police"} or token.pos_ == "PROPN"


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("The ministry denied that its troops had shelled the village.", True),
        ("The government denied that Ruritanian soldiers were fighting in the north.", True),
        # a pronoun subject: no charge of an act
        ("She denied that she had anything to do with his decision.", False),
        # a passive clause about a thing
        ("The ministry denied that the curbs were linked to the dispute.", False),
        # no denial verb
        ("The ministry said that its troops had shelled the village.", False),
    ],
)
def test_denied_party_act_reads_the_clause_subject(nlp: Any, sentence: str, denied: bool) -> None:
    sent = next(iter(nlp(sentence).sents))
    verb = next(t for t in sent if t.dep_ == "ROOT")
    assert denied_party_act(verb, _forces) is denied


def test_code_sentence_keeps_the_denial_of_a_party_act(nlp: Any) -> None:
    codes = sentence_codes(
        nlp, "The Kremlin denied on Tuesday that its soldiers had mistreated the villagers."
    )
    assert ("016", "denied") in codes
