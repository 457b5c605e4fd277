"""Round 18 (issue #5, task E23): a sentence's further events of speech — a denied claim (016), a naming
that disparages (111), a warning of the warner's own act (130), the act of force an accusation names
(claimed). Sentences written for these tests (none from the probe sets, the codebook or PolNeAR)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.errors import KnowledgeError
from watchfloor.extract import extract
from watchfloor.extract._event_speech import (
    DENIAL,
    NAMING,
    WARNING,
    accused_party,
    relayed_code,
    speech_events,
    speech_words,
)
from watchfloor.extract.events import code_sentence
from watchfloor.model import Article, EvidentialStatus, ParsedArticle

from ._event_builders import coded_events, sentence_codes


def _parties(nlp: Any, text: str, trigger: str, code: str) -> tuple[str | None, str | None]:
    found = [e for e in coded_events(nlp, text) if e.trigger.text == trigger and e.cameo == code]
    assert found, [(e.cameo, e.trigger.text) for e in coded_events(nlp, text)]
    one, two = found[0].actor1, found[0].actor2
    return (one.code if one else None, two.code if two else None)


def _is_named(token: Any) -> bool:
    return bool(token.pos_ == "PROPN")


def _rules(nlp: Any, sentence: str, coded: dict[int, str] | None = None) -> list[tuple[str, str, str]]:
    sent = next(iter(nlp(sentence).sents))
    return [(e.rule, e.code, e.token.text) for e in speech_events(sent, coded or {}, _is_named)]


# --- the word lists ---------------------------------------------------------------------------------------


def test_speech_words_reads_the_lists() -> None:
    assert "accusation" in speech_words("claim_nouns")
    assert "deny" in speech_words("denial_verbs")
    assert "terrorist" in speech_words("disparaging_words")


def test_speech_words_names_an_unknown_list() -> None:
    with pytest.raises(KnowledgeError) as caught:
        speech_words("no_such_list")
    assert caught.value.code == "WF-E010"


# --- denial (016) -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The rebels said they had captured the bridge, a claim the navy denied.", "denied"),
        ("Ruritania accused Borduria of arming the militia, an accusation Borduria denied.", "denied"),
        ("The ministry denied the allegations and said the footage was fake.", "denied"),
        ("The army denied reports that its drones had struck a school.", "denied"),
        ("The minister denied the accusations that Kinshasa made on Monday.", "denied"),
        ("Seoul has accused Pyongyang of selling arms to Moscow, which Pyongyang denies.", "denies"),
    ],
)
def test_speech_events_code_a_denied_claim(nlp: Any, sentence: str, trigger: str) -> None:
    assert (DENIAL, "016", trigger) in _rules(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The court denied the request for bail on Monday.",  # no claim denied
        "The board rejected the plan that the mayor proposed.",  # a proposal, not a charge
        "The town where the army denied entry to reporters was quiet.",  # "denied entry"
        "The ministry did not deny the reports.",  # negated
        "Smith dismissed a report in the Times that Jones has been considering a run.",  # no charge on Smith
    ],
)
def test_speech_events_leave_other_denials(nlp: Any, sentence: str) -> None:
    assert not [r for r in _rules(nlp, sentence) if r[0] == DENIAL]


def test_denial_target_is_the_claimant(nlp: Any) -> None:
    text = "Israel said it had destroyed a tunnel under the border, a claim Hamas denied."
    one, two = _parties(nlp, text, "denied", "016")
    assert (one or "").startswith("PSEREB") and two == "ISR"


# --- naming (111) -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The president called the blockade a flagrant violation of the treaty.", "called"),
        ("The minister met the Azov group, which Moscow called a terrorist group.", "called"),
        ("The ministry branded the opposition leader a criminal.", "branded"),
        ("The spokesman dismissed the warnings as hysteria.", "dismissed"),
        ("The government branded the rebels a terrorist group.", "branded"),  # two objects
        ("The ministry branded the strike illegal.", "branded"),  # a verbless small clause
    ],
)
def test_speech_events_code_a_disparaging_naming(nlp: Any, sentence: str, trigger: str) -> None:
    assert (NAMING, "111", trigger) in _rules(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The president called the agreement a step towards peace.",  # praise, no disparagement
        "The army launched what it called anti-terrorist operations in the north.",  # a prefix turns it
        "The ministry condemned what it called a terrorist attack on the embassy.",  # the condemning acts
        "The governor called for calm after the attack.",  # an appeal, no naming
    ],
)
def test_speech_events_leave_other_namings(nlp: Any, sentence: str) -> None:
    assert not [r for r in _rules(nlp, sentence) if r[0] == NAMING]


def test_naming_target_is_the_party_named(nlp: Any) -> None:
    text = "Kenya's president said he would not meet al-Shabaab, which he called a terrorist group."
    assert ("111", "called") in sentence_codes(nlp, text)
    one, _ = _parties(nlp, text, "called", "111")
    assert one == "KENGOV"


def test_naming_event_does_not_displace_the_main_event(nlp: Any) -> None:
    sent = next(iter(nlp("Ruritania closed the border, which Borduria called a flagrant violation.").sents))
    entries = code_sentence(sent)
    added = [e for e in entries if e.added]
    assert [e.code for e in added] == ["111"]
    assert any(not e.added for e in entries)


# --- warning (130) ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister warned that he would not hesitate to act.",
        "The government warned it could close the strait to all shipping.",
    ],
)
def test_speech_events_make_a_warning_of_own_action_a_threat(nlp: Any, sentence: str) -> None:
    sent = next(iter(nlp(sentence).sents))
    warned = next(t for t in sent if t.lemma_ == "warn")
    found = speech_events(sent, {warned.i: "012"}, _is_named)
    assert [(e.rule, e.code) for e in found] == [(WARNING, "130")]


def test_speech_events_leave_a_warning_about_others(nlp: Any) -> None:
    sent = next(iter(nlp("The agency warned that the camps would soon be overcrowded.").sents))
    warned = next(t for t in sent if t.lemma_ == "warn")
    assert speech_events(sent, {warned.i: "012"}, _is_named) == []


# --- the act an accusation names (claimed) ---------------------------------------------------------------


def test_accused_party_is_the_object_of_the_accusation(nlp: Any) -> None:
    doc = nlp("Borduria accused Ruritania of shelling the border town.")
    accused = next(t for t in doc if t.lemma_ == "accuse")
    act = next(t for t in doc if t.text == "shelling")
    party = accused_party(accused, act)
    assert party is not None and party.text == "Ruritania"
    assert accused_party(act, accused) is None  # no accusing verb


@pytest.mark.parametrize(
    ("sentence", "word", "code", "relayed"),
    [
        ("They shelled the town.", "shelled", "194", True),
        ("They fought alongside the militia.", "fought", "190", False),  # names nothing it was done to
        ("They violated the truce.", "violated", "196", False),  # a breach the accusation states
        ("They met the envoy.", "met", "040", False),  # no act of force
    ],
)
def test_relayed_code_keeps_acts_of_force(
    nlp: Any, sentence: str, word: str, code: str, relayed: bool
) -> None:
    act = next(t for t in nlp(sentence) if t.text == word)
    assert relayed_code(act, code) is relayed


def test_relayed_act_is_claimed_by_the_accuser(nlp: Any) -> None:
    text = "Azerbaijan accused Armenian forces of shelling the town of Terter on Sunday."
    events = coded_events(nlp, text)
    act = next(e for e in events if e.trigger.text == "shelling")
    assert act.cameo.startswith("19")
    assert act.status is EvidentialStatus.CLAIMED
    assert act.actor1 is not None and act.actor1.code == "ARMMIL"
    assert act.claimed_by is not None and act.claimed_by.code == "AZE"
    assert any(e.trigger.text == "accused" and e.cameo.startswith("112") for e in events)


def test_relative_denial_beside_a_statement_is_the_writers(nlp: Any, settings: Any) -> None:
    # the denial hangs on the accusation's summing noun: what the writer adds, not what Azerbaijan says
    text = "Azerbaijan accused Armenia of moving troops to the border, an accusation Yerevan denied."
    article = Article(id="t", text=text, body=((0, len(text)),))
    events = extract(ParsedArticle(article=article, doc=nlp(article.body_text())), settings).events
    denial = next(e for e in events if e.cameo == "016")
    assert denial.status is EvidentialStatus.OBSERVED
    assert denial.claimed_by is None


def test_an_accusation_of_each_other_relays_no_act(nlp: Any) -> None:
    # each side charges the other: no one doer of the shelling, so no act of its own (was UKR on UKR)
    text = "Russia and Ukraine accused each other of shelling the Zaporizhzhia plant."
    assert sorted(e.cameo for e in coded_events(nlp, text)) == ["1123", "1123"]
