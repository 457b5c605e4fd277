"""Round 20 (issue #5, task Q28): a saying whose content is the speaker's own act — a judgement of a party's
act (111), the speaker's disapproval (110), support (051), a refusal of its own (124, 1231) — is that act, not
a plain statement (010). A content by a third party leaves the statement. Sentences written for these tests
(none from the probe sets, the codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_speech import (
    CONTENT,
    content_act,
    future_clause,
    speech_events,
    speech_words,
    told_to,
)
from watchfloor.model import EvidentialStatus

from ._event_builders import coded_events, sentence_codes


def _is_named(token: Any) -> bool:
    return bool(token.pos_ == "PROPN")


def _content(nlp: Any, sentence: str, verb: str = "said") -> tuple[str, Any] | None:
    sent = next(iter(nlp(sentence).sents))
    token = next(t for t in sent if t.text == verb)
    hit = content_act(token, speech_words("disparaging_words"), _is_named)
    return None if hit is None else (hit.code, hit.party)


def test_content_lists_are_read() -> None:
    assert "breach" in speech_words("evaluative_predicates")
    assert "regret" in speech_words("disapproval_verbs")
    assert "would" in speech_words("refusal_aux")
    assert "step down" in speech_words("leadership_refusals")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a judgement that a party's act is wrong: 111
        ("The Danish ministry said the blockade was unjustified.", "111"),
        ("Oslo said the boarding was a breach of maritime law.", "111"),
        ("The council said the decree was incompatible with the charter.", "111"),
        # the speaker's own disapproval: 110
        ("The Chilean ministry said it regretted the expulsion.", "110"),
        ("The Swiss envoy said he was not satisfied with the answer.", "110"),
        ("The Dutch government said it had grave concerns.", "110"),
        # support: 051
        ("Cuba and Nicaragua said they stood by Venezuela.", "051"),
        # a refusal of the speaker's own: 124, leaving power 1231
        ("The Norwegian embassy said it would not abandon its consulate.", "124"),
        ("The governor said she would not step down before the vote.", "1231"),
    ],
)
def test_a_saying_whose_content_is_the_act_is_coded_as_that_act(nlp: Any, sentence: str, code: str) -> None:
    codes = sentence_codes(nlp, sentence)
    assert (code, "said") in codes, codes
    assert ("010", "said") not in codes, codes


@pytest.mark.parametrize(
    "sentence",
    [
        # a content by a third party is reported: the statement stays (writers code 010 beside it)
        "The Danish ministry said Russia had moved troops to the border.",
        # a judgement negated condemns nothing
        "The Danish ministry said the blockade was not illegal.",
        # a concern with a content of its own reports a judgement: a statement
        "The Dutch government said it had serious concerns that the count was flawed.",
        # a feeling as a predicate is left a statement
        "The senator said he was concerned about the economy.",
        "The Irish embassy said it was shocked by the ruling.",
        # a contentment not negated disapproves of nothing
        "The Swiss envoy said he was satisfied with the answer.",
        # "cannot" says what is possible; "would not comment" refuses nothing a party asked
        "The minister said he could not stay in the coalition.",
        "The minister said he would not comment on the matter.",
        # a refused act aimed at a named party is that act, coded beside the statement
        "The chancellor said Berlin would not approve new arms sales to Riyadh.",
        # in a quotation only "I" or "we" is the speaker
        '"She is standing with the governor," the senator said.',
        '"He will not win the nomination," the senator said.',
        # a refusal on a condition; standing by what one said supports no party
        '"If he remains the nominee, I will not vote for him," the senator said.',
        '"I stand by everything I said," the senator said.',
        # a predicate's modifier names an act, condemns no one
        "The mayor said the blast was a terrorist attack.",
    ],
)
def test_a_saying_of_another_content_stays_a_statement(nlp: Any, sentence: str) -> None:
    sent = next(iter(nlp(sentence).sents))
    said = next(t for t in sent if t.text == "said")
    assert content_act(said, speech_words("disparaging_words"), _is_named) is None


def test_a_quoted_first_person_refusal_is_the_act(nlp: Any) -> None:
    assert _content(nlp, '"We will not abandon our allies," the minister said.') == ("124", None)


def test_support_names_the_party_supported(nlp: Any) -> None:
    found = _content(nlp, "Cuba and Nicaragua said they stood by Venezuela.")
    assert found is not None
    code, party = found
    assert code == "051" and party is not None and party.text == "Venezuela"


def test_own_side_widens_the_speaker_past_pronouns(nlp: Any) -> None:
    sentence = "The French president said Paris stood with Lebanon."
    assert _content(nlp, sentence) is None  # pronouns only by default
    sent = next(iter(nlp(sentence).sents))
    said = next(t for t in sent if t.text == "said")
    hit = content_act(said, frozenset(), _is_named, own_side=lambda inner, outer: inner.text == "Paris")
    assert hit is not None and hit.code == "051" and hit.rule == CONTENT


def test_speech_events_recodes_only_a_plain_statement(nlp: Any) -> None:
    sent = next(iter(nlp("The Chilean ministry said it regretted the expulsion.").sents))
    said = next(t for t in sent if t.text == "said")
    assert [(e.rule, e.code) for e in speech_events(sent, {said.i: "010"}, _is_named)] == [(CONTENT, "110")]
    # a saying the coder already read as another act keeps it
    assert speech_events(sent, {said.i: "020"}, _is_named) == []


def test_the_act_replacing_the_statement_is_observed(nlp: Any) -> None:
    events = coded_events(nlp, "The Norwegian embassy said it would not abandon its consulate.")
    found = [e for e in events if e.trigger.text == "said"]
    assert [e.cameo for e in found] == ["124"]
    assert found[0].status is EvidentialStatus.OBSERVED


# --- a telling that orders (100) ----------------------------------------------------------------------


def _told(nlp: Any, sentence: str) -> tuple[str, str] | None:
    sent = next(iter(nlp(sentence).sents))
    token = next(t for t in sent if t.lemma_ == "tell")
    hit = told_to(token)
    return None if hit is None or hit.party is None else (hit.code, hit.party.text)


def test_a_telling_with_an_addressee_and_an_infinitive_is_a_demand(nlp: Any) -> None:
    assert _told(nlp, "The Peruvian government told Bolivia to stop meddling in its affairs.") == (
        "100",
        "Bolivia",
    )
    codes = sentence_codes(nlp, "The Peruvian government told Bolivia to stop meddling in its affairs.")
    assert ("100", "told") in codes and ("010", "told") not in codes, codes


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian minister told reporters that the talks had failed.",  # no infinitive: a statement
        "Villagers were told to leave their homes.",  # passive: who told them is not said
        "The Peruvian government did not tell Bolivia to withdraw.",  # negated
        "He began his term by telling the unions to stop striking.",  # a gerund: a manner
    ],
)
def test_a_telling_without_an_order_is_no_demand(nlp: Any, sentence: str) -> None:
    sent = next(iter(nlp(sentence).sents))
    token = next(t for t in sent if t.lemma_ == "tell")
    assert told_to(token) is None


@pytest.mark.parametrize(
    ("sentence", "future"),
    [
        ("Beijing said Vilnius would bear the consequences.", True),
        ("Beijing said Vilnius could lose its trade.", True),
        ("Beijing said Vilnius had broken its promise.", False),
    ],
)
def test_future_clause_reads_the_modal_of_the_reported_clause(nlp: Any, sentence: str, future: bool) -> None:
    clause = next(t for t in nlp(sentence) if t.dep_ == "ccomp")
    assert future_clause(clause) is future
