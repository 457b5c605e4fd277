"""Round 18 (issue #5, C24): targets of verbal acts named before in the article — a mediated deal's
parties, a pair met or consulted, an appeal for calm, a pair whose parties no one event names
(team-written sentences, none from the probe sets)."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from watchfloor.extract import _event_targets
from watchfloor.model import Actor, QuadClass

from ._event_builders import event_in, events_at


def _pairs(nlp: Any, text: str, trigger: str) -> set[tuple[str | None, str | None]]:
    return {
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in events_at(nlp, text, trigger)
    }


def _actor(code: str | None) -> Actor | None:
    return Actor(name=code, code=code) if code is not None else None


@pytest.mark.parametrize(
    ("one", "two", "same"),
    [
        ("PAK", "PAKUAF", True),  # a country and its armed forces: one party
        ("LBYMIL", "LBYMIL", True),
        ("SDNMIL", "SDNREB", False),  # the two sides of a civil war
        ("ISR", "PSE", False),
        ("ISR", None, False),  # no party to compare
    ],
)
def test_same_party(one: str, two: str | None, same: bool) -> None:
    assert _event_targets.same_party(_actor(one), _actor(two)) is same


def test_calm_words_from_the_table() -> None:
    assert {"ceasefire", "restraint", "cessation"} <= _event_targets.target_words("calm")
    assert "talks" not in _event_targets.target_words("calm")


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a mediated deal named as the passive's subject: the parties of the deal named before
        (
            "Armenia and Azerbaijan agreed to a ceasefire on Monday. The deal was brokered by Russia after "
            "two days of talks.",
            "brokered",
            {("RUS", "ARM"), ("RUS", "AZE")},
        ),
        # a pair met (coded as the source's own people): the two parties named before
        (
            "Serbia accused Kosovo of provoking the clashes. The EU's foreign policy chief met both leaders "
            "in Brussels on Friday.",
            "met",
            {("EU", "SRB"), ("EU", "KSV")},
        ),
        # a pair consulted through a with-phrase
        (
            "Armenian and Azerbaijani troops clashed on the border on Tuesday. Russia's foreign minister "
            "spoke by phone with both governments on Wednesday.",
            "spoke",
            {("RUS", "ARM"), ("RUS", "AZE")},
        ),
    ],
)
def test_verbal_act_aimed_at_the_pair_named_before(
    nlp: Any, text: str, trigger: str, expected: set[tuple[str, str]]
) -> None:
    assert _pairs(nlp, text, trigger) == expected


def test_appeal_for_calm_aimed_at_the_fighters_named_before(nlp: Any) -> None:
    text = (
        "Rebels attacked an army base in northern Mali on Sunday. The African Union called for an "
        "immediate ceasefire."
    )
    assert {b for _, b in _pairs(nlp, text, "called")} == {"MLI"}
    # with nothing fought before, the appeal keeps no target
    alone = "The African Union called for an immediate ceasefire."
    assert {b for _, b in _pairs(nlp, alone, "called")} == {None}
    # an appeal for something else is no appeal for calm
    other = (
        "Rebels attacked an army base in northern Mali on Sunday. The African Union called for new elections."
    )
    assert "MLI" not in {b for _, b in _pairs(nlp, other, "called")}


def test_referral_kinds_round_18(nlp: Any) -> None:
    none = lambda t: None  # noqa: E731
    doc = nlp("The UN called for an immediate ceasefire.")
    assert _event_targets.referral(doc[2], "0256", none) == _event_targets.Referral("fight", "")
    # a statement for calm is no appeal
    assert _event_targets.referral(doc[2], "010", none) is None
    doc = nlp("The envoy spoke with both sides.")
    assert _event_targets.referral(doc[2], "040", none) == _event_targets.Referral("pair", "")
    doc = nlp("The envoy urged the foreign ministers of both countries to talk.")
    assert _event_targets.referral(doc[2], "0256", none) == _event_targets.Referral("pair", "")


def test_pair_from_two_events_when_no_one_event_names_both() -> None:
    one, two, three = "India struck a camp.", "Pakistan denied losses.", "The US urged both sides to talk."
    text = " ".join([one, two, three])
    struck = event_in(text, one, "struck", "190", "IND", "INDUAF")  # (a target of its own country)
    denied = event_in(text, two, "denied", "016", "PAK", "PAKUAF")
    urged = event_in(text, three, "urged", "0256", "USA", None)
    pair = _event_targets.Referral("pair", "")
    found = _event_targets.referred_parties(urged, pair, [struck, denied, urged])
    assert [a.code for a in found] == ["PAK", "IND"]
    # one party named before: no pair
    assert _event_targets.referred_parties(urged, pair, [denied, urged]) == []


def test_fight_referral_takes_the_doers_of_the_latest_act_of_force() -> None:
    one, two = "Rebels shelled Goma.", "The UN called for calm."
    text = " ".join([one, two])
    shelled = event_in(text, one, "shelled", "194", "CODREB", "COD")
    called = event_in(text, two, "called", "0256", "UN", None)
    fight = _event_targets.Referral("fight", "")
    assert [a.code for a in _event_targets.referred_parties(called, fight, [shelled, called])] == ["CODREB"]
    said = event_in(text, one, "shelled", "010", "CODREB", "COD")  # no act of force before
    assert _event_targets.referred_parties(called, fight, [said, called]) == []


def test_strikes_with_no_protest_before_are_the_strikes_of_force() -> None:
    one, two = "US jets bombed militia bases.", "Iraq condemned the strikes."
    text = " ".join([one, two])
    bombed = event_in(text, one, "bombed", "195", "USAMIL", "IRQREB")
    condemned = event_in(text, two, "condemned", "111", "IRQGOV", None)
    strikes = _event_targets.Referral("act", "14")  # "the strikes" codes as a protest
    found = _event_targets.referred_parties(condemned, strikes, [bombed, condemned])
    assert [a.code for a in found] == ["USAMIL"]
    # a protest named before is what "the strikes" are
    walkout = event_in(text, one, "bombed", "143", "GBRLAB", None)
    found = _event_targets.referred_parties(condemned, strikes, [bombed, walkout, condemned])
    assert [a.code for a in found] == ["GBRLAB"]


def test_counterpart_of_an_offer_is_its_adversary_named_before() -> None:
    one, two = "Pakistan shot down two Indian jets.", "Pakistan signed a deal with China."
    three = "Khan offered talks."
    text = " ".join([one, two, three])
    shot = dataclasses.replace(
        event_in(text, one, "shot", "190", "PAKMIL", "INDMIL"), quad_class=QuadClass.MATERIAL_CONFLICT
    )
    signed = event_in(text, two, "signed", "057", "PAK", "CHN")  # a partner, not a counterpart
    offered = event_in(text, three, "offered", "036", "PAKGOV", None)
    counter = _event_targets.Referral("counter", "")
    assert [a.code for a in _event_targets.referred_parties(offered, counter, [shot, signed, offered])] == [
        "INDMIL"
    ]
    assert _event_targets.referred_parties(offered, counter, [signed, offered]) == []
    # an offer with a target of its own keeps it
    aimed = event_in(text, three, "offered", "036", "PAKGOV", "PAK")
    assert _event_targets.referred_parties(aimed, counter, [shot, signed, aimed]) == []


def test_offer_with_no_target_aimed_at_the_adversary(nlp: Any) -> None:
    text = (
        "Pakistan said it shot down two Indian fighter jets on Wednesday. Prime Minister Imran Khan "
        "offered talks."
    )
    assert {b for _, b in _pairs(nlp, text, "offered")} == {"IND"}
    doc = nlp("Prime Minister Imran Khan offered talks.")
    assert _event_targets.referral(doc[4], "036", lambda t: None) == _event_targets.Referral("counter", "")


@pytest.mark.parametrize(
    ("text", "mutual"),
    [
        ("The two sides agreed to meet again in Geneva.", True),
        ("Both sides have repeatedly accused the other of firing first.", True),
        ("Representatives of both sides held talks on Thursday.", True),
        ("The two ministers agreed to meet again in Geneva.", False),  # (no collective of parties)
        ("Armenia agreed to meet both sides in Geneva.", False),  # (a pair object, not a subject)
    ],
)
def test_mutual_subject(nlp: Any, text: str, mutual: bool) -> None:
    doc = nlp(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    assert _event_targets.mutual_subject(verb) is mutual


def test_pair_subject_acts_each_way_between_the_parties_named_before(nlp: Any) -> None:
    text = (
        "India and Pakistan agreed on Thursday to observe the ceasefire. Both sides have repeatedly accused "
        "the other of unprovoked firing."
    )
    assert _pairs(nlp, text, "accused") == {("IND", "PAK"), ("PAK", "IND")}
    # no reciprocal event before: the source stays unknown
    alone = "Both sides have repeatedly accused the other of unprovoked firing."
    assert _pairs(nlp, alone, "accused") == {(None, None)}


def test_promise_at_home_has_no_counterpart(nlp: Any) -> None:
    # a promise (030) is no offer to negotiate or de-escalate: no counterpart is guessed for it
    doc = nlp("The president promised to build a wall.")
    assert _event_targets.referral(doc[2], "030", lambda t: None) is None
    assert _event_targets.referral(doc[2], "0356", lambda t: None) == _event_targets.Referral("counter", "")


def test_pair_subject_needs_the_nearest_two_party_event_reciprocal() -> None:
    one, two, three = "Iran and the US held talks.", "Israel accused the US.", "The two sides have talked."
    text = " ".join([one, two, three])
    talks = event_in(text, one, "talks", "046", "IRN", "USA")
    back = event_in(text, one, "talks", "046", "USA", "IRN")
    accused = event_in(text, two, "accused", "112", "ISR", "USA")
    talked = event_in(text, three, "talked", "040", None, None)
    both = _event_targets.Referral("both", "")
    assert [a.code for a in _event_targets.referred_parties(talked, both, [talks, back, talked])] == [
        "USA",
        "IRN",
    ]
    # a one-way event of two other parties in between: who "the two sides" are is not known
    assert _event_targets.referred_parties(talked, both, [talks, back, accused, talked]) == []
    out = _event_targets.with_referred_targets(
        [talks, back, talked], {2: _event_targets.Referral("mutual", "")}, lambda e, a: f"{e.id}+{a.code}"
    )
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in out[2:]] == [
        ("USA", "IRN"),
        ("IRN", "USA"),
    ]


def test_locative_objects_are_the_place_phrases_on_the_words(nlp: Any) -> None:
    from watchfloor.extract._event_targets import locative_objects

    doc = nlp("Israeli jets struck targets across southern Lebanon with missiles.")
    struck = next(t for t in doc if t.text == "struck")
    assert [t.text for t in locative_objects([struck])] == ["Lebanon"]  # not "missiles": "with" is no place
