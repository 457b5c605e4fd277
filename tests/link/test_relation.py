"""Cue-based relations of a later text to a claim, and the structural decision."""

from __future__ import annotations

import pytest

from watchfloor.link import (
    AppearanceRole,
    Claim,
    claim_direction,
    decide,
    find_cues,
    has_precedent_cue,
    relation_of,
)

PULLBACK = -1


@pytest.mark.parametrize(
    ("text", "with_speaker", "role"),
    [
        ("the alliance had not yet seen any signs of de-escalation", True, AppearanceRole.DISPUTES),
        ("Washington was seeking to verify Moscow's movements", True, AppearanceRole.DISPUTES),
        ("Riga doubted the announcement", True, AppearanceRole.DISPUTES),
        ("his country could not confirm any pullback", True, AppearanceRole.DISPUTES),
        (
            "Satellite images show armoured units still in place near the border",
            False,
            AppearanceRole.CONTRADICTS,
        ),
        (
            "Images published Sunday show columns withdrawing to their bases",
            False,
            AppearanceRole.CORROBORATES,
        ),
        ("the observers saw troops returning to their barracks", True, AppearanceRole.CORROBORATES),
        ("the announcement of a pullback was false", True, AppearanceRole.CONTRADICTS),
        ("Finland confirmed the pullback", True, AppearanceRole.CORROBORATES),
        ("So far we have not seen any sign of it", True, AppearanceRole.DISPUTES),
    ],
)
def test_relation_of_reads_the_texts_own_wording(text, with_speaker, role):
    found = relation_of(text, PULLBACK, with_speaker=with_speaker)
    assert found is not None and found[0] is role


@pytest.mark.parametrize(
    "text",
    ["Moscow is ready for talks", "the alliance doubted it", "the drills would last ten days"],
)
def test_relation_of_writer_sentence_needs_an_evidence_cue(text):
    assert relation_of(text, PULLBACK, with_speaker=False) is None


def test_find_cues_drops_a_cue_inside_a_longer_one():
    cues = find_cues("officials cannot confirm the report")
    assert [c.relation for c in cues] == ["disputes"]
    assert cues[0].text == "cannot confirm"


def test_has_precedent_cue_finds_the_earlier_episode():
    cue = has_precedent_cue('as a similar claim in February saw its troops move in the "opposite direction"')
    assert cue is not None and cue.text == "similar claim"
    assert has_precedent_cue("Moscow is ready for talks") is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("some units are returning to their bases", "said", ("force_posture", -1)),
        ("troops massing near the border", "said", ("force_posture", 1)),
        ("it was massing troops near the Baltic states", "denied", ("force_posture", -1)),
        ("Moscow is ready for talks", "said", (None, 0)),
    ],
)
def test_claim_direction_topic_and_sign(text, cue, expected):
    assert claim_direction(text, cue) == expected


def _claim(party: str = "RUS") -> Claim:
    return Claim(
        id="c",
        text="some units are returning to their bases",
        speaker="Defence Ministry",
        speaker_code="RUSMIL",
        party=party,
        first_date=None,
        appearances=(),
        topic="force_posture",
        polarity=-1,
    )


def _decide(text: str, party: str | None, sentence: str | None = None, sim: float = 0.0):
    return decide(
        _claim(),
        text=text,
        sentence=sentence or text,
        relation_text=text,
        party=party,
        with_speaker=party is not None,
        content_sim=sim,
        sentence_sim=sim,
        threshold=0.35,
    )


def test_decide_same_party_same_direction_restates():
    decided = _decide("troops were going back to their garrisons", "RUS")
    assert decided is not None and decided[1] is AppearanceRole.ASSERTS


def test_decide_same_party_never_disputes_its_own_claim():
    """Its own side's "no signs of a build-up" is consistent with its pullback claim, not a dispute."""
    decided = _decide("Moscow has not seen any signs of a build-up", "RUS")
    assert decided is not None and decided[1] is AppearanceRole.ASSERTS
    assert _decide("Moscow doubted the Baltic reports", "RUS") is None


def test_decide_other_party_dispute_about_the_claims_party():
    decided = _decide("the alliance had seen no signs of de-escalation since Russia spoke", "NATO")
    assert decided is not None and decided[1] is AppearanceRole.DISPUTES


def test_decide_other_party_dispute_about_someone_else_is_not_linked():
    assert _decide("Paris doubted that China would cut its forces", "FRA") is None


def test_decide_without_a_cue_is_not_a_relation():
    assert _decide("NATO will hold its own exercise in the Baltic", "NATO", sim=0.9) is None
