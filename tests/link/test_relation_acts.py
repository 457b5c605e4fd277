"""Claims beyond force posture: territorial control, strikes, ceasefires (knowledge/claim_topics.tsv),
the place a capture or strike is about, and another side's opposite claim as a dispute."""

from __future__ import annotations

import pytest

from watchfloor.link import AppearanceRole, Claim, claim_direction, decide, relation_of, topic_places


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("its forces had captured the village of Udachne", "said", ("territory", 1)),
        ("the rebels took control of the airport", "said", ("territory", 1)),
        ("Russia had not captured the village", "said", ("territory", -1)),
        ("troops had repelled the attack", "said", ("territory", -1)),
        ("Ukrainian troops still held Udachne", "said", ("territory", -1)),
        ("the town had fallen", "denied", ("territory", -1)),
        ("it struck weapons depots near Tyre", "said", ("strike", 1)),
        ("the missile had been intercepted", "said", ("strike", -1)),
        ("striking the port", "denied", ("strike", -1)),
        ("Azerbaijani troops had violated the ceasefire near Sotk", "said", ("ceasefire", 1)),
        ("the ceasefire was holding along the border", "said", ("ceasefire", -1)),
        ("breaking the truce", "denied", ("ceasefire", -1)),
        ("Russian armoured vehicles had left the area near Kupiansk", "said", ("force_posture", -1)),
    ],
)
def test_claim_direction_of_acts(text, cue, expected):
    assert claim_direction(text, cue) == expected


def test_topic_places_reads_the_name_after_the_term_in_its_clause():
    assert topic_places(
        "its forces had captured the village of Udachne, a claim Ukraine rejected", "territory"
    ) == {"Udachne"}
    assert topic_places("Russia had not captured the village", "territory") == frozenset()
    # Topics without a place argument name none, even when a place follows.
    assert (
        topic_places("two brigades had withdrawn from positions near Kupiansk", "force_posture")
        == frozenset()
    )
    assert topic_places("its forces had captured Bara", None) == frozenset()


def _claim(text: str, topic: str, polarity: int, party: str = "RUS") -> Claim:
    return Claim(
        id="c",
        text=text,
        speaker="Defence Ministry",
        speaker_code=party + "MIL",
        party=party,
        first_date=None,
        appearances=(),
        topic=topic,
        polarity=polarity,
    )


def _decide(claim: Claim, text: str, party: str | None, *, sentence: str | None = None, cue: str = "said "):
    return decide(
        claim,
        text=text,
        sentence=sentence or text,
        relation_text=cue + text,
        party=party,
        with_speaker=party is not None,
        content_sim=0.0,
        sentence_sim=0.0,
        threshold=0.35,
        cue=cue,
    )


UDACHNE = _claim("its forces had captured the village of Udachne", "territory", 1)


def test_decide_another_place_is_another_claim():
    """Same side, same act, same direction: "captured Kalynivka" does not restate "captured Udachne"."""
    assert _decide(UDACHNE, "its forces had taken control of the village of Kalynivka", "RUS") is None
    decided = _decide(UDACHNE, "Russian troops had captured Udachne after heavy fighting", "RUS")
    assert decided is not None and decided[1] is AppearanceRole.ASSERTS


def test_decide_other_side_opposite_claim_on_the_place_disputes():
    sentence = (
        "Syrskyi said Ukrainian troops still held Udachne and that Russia had not captured the village."
    )
    decided = _decide(
        UDACHNE,
        "Ukrainian troops still held Udachne and that Russia had not captured the village",
        "UKR",
        sentence=sentence,
    )
    assert decided is not None and decided[1] is AppearanceRole.DISPUTES


def test_decide_other_side_opposite_claim_about_another_place_is_not_linked():
    sentence = "Kyiv said Ukrainian troops still held Chasiv Yar and that Russia had not captured it."
    assert _decide(UDACHNE, "Ukrainian troops still held Chasiv Yar", "UKR", sentence=sentence) is None


def test_decide_anaphoric_denial_needs_the_place_named_in_its_sentence():
    """ "had not captured the village" (no place of its own) bears on the claim if the place is named."""
    assert _decide(UDACHNE, "Russia had not captured the village", "UKR") is None


def test_decide_other_side_same_direction_without_a_cue_is_not_a_relation():
    assert _decide(UDACHNE, "Russian forces had captured Udachne", "UKR") is None


def test_confirming_corroborates():
    rel = relation_of(
        "Residents said the group had captured Bara, confirming the claim", 1, with_speaker=True
    )
    assert rel is not None and rel[0] is AppearanceRole.CORROBORATES
    rel = relation_of("the images were consistent with Russia's statement", -1, with_speaker=True)
    assert rel is not None and rel[0] is AppearanceRole.CORROBORATES


def test_decide_ceasefire_violation_disputed_by_the_other_side():
    claim = _claim("the ceasefire along the Line of Control was holding", "ceasefire", -1, party="IND")
    text = "Indian troops had fired across the line near Poonch, breaching the ceasefire"
    decided = _decide(claim, text, "PAK", sentence="Pakistan's military said " + text + ".")
    assert decided is not None and decided[1] is AppearanceRole.DISPUTES


def test_decide_the_speakers_own_side_named_does_not_hide_the_claims_party():
    """ "Ukraine's General Staff said its forces still held Chasiv Yar": only the speaker's side is named."""
    claim = _claim("its troops had captured the town of Chasiv Yar", "territory", 1)
    text = "its forces still held Chasiv Yar and had repelled eleven assaults overnight"
    decided = _decide(claim, text, "UKR", sentence="Ukraine's General Staff said " + text + ".")
    assert decided is not None and decided[1] is AppearanceRole.DISPUTES
    # A third side named still keeps it apart: this is about Belarus, not Russia.
    other = "Ukraine's General Staff said Belarus had not captured Chasiv Yar."
    assert _decide(claim, "Belarus had not captured Chasiv Yar", "UKR", sentence=other) is None


def test_a_side_reporting_what_it_has_seen_is_evidence():
    rel = relation_of("said Estonia had seen the same build-up", -1, with_speaker=True)
    assert rel is not None and rel[0] is AppearanceRole.CONTRADICTS
    rel = relation_of("said it had seen no signs of a pullback", -1, with_speaker=True)
    assert rel is not None and rel[0] is AppearanceRole.DISPUTES


def test_entering_airspace_is_not_taking_a_place():
    assert claim_direction("two aircraft entered Estonian airspace", "said") == (None, 0)
    assert claim_direction("M23 fighters had entered the town", "said") == ("territory", 1)
