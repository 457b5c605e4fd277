"""Round 19 (issue #5, C26): targets of fighting and talks a sentence leaves without a party — the doer's
adversary named nearby (team-written sentences, none from the probe sets)."""

from __future__ import annotations

import dataclasses
from typing import Any

from watchfloor.extract import _event_targets
from watchfloor.model import QuadClass

from ._event_builders import event_in, events_at


def _targets(nlp: Any, text: str, trigger: str) -> set[str | None]:
    return {e.actor2.code[:3] if e.actor2 and e.actor2.code else None for e in events_at(nlp, text, trigger)}


def test_fighting_with_no_party_aimed_at_the_adversary_named_before(nlp: Any) -> None:
    # the town recaptured is no party: the army's adversary of the clash before is the target
    text = (
        "Ethiopian troops clashed with Eritrean forces near the border on Monday. "
        "The Ethiopian army later recaptured the town."
    )
    assert _targets(nlp, text, "recaptured") == {"ERI"}
    # alone, the sentence names no adversary, and none is guessed
    assert _targets(nlp, "The Ethiopian army recaptured the town on Monday.", "recaptured") == {None}


def test_fighting_counterpart_needs_a_conflict_with_the_doer(nlp: Any) -> None:
    text = "Ethiopia signed a trade deal with Kenya. Ethiopian troops recaptured the town."
    signed = event_in(text, "Ethiopia signed", "signed", "057", "ETH", "KEN")  # a partner, not an adversary
    taken = event_in(text, "Ethiopian troops", "recaptured", "192", "ETHMIL", None)
    clash = dataclasses.replace(signed, cameo="190", quad_class=QuadClass.MATERIAL_CONFLICT)
    token = next(t for t in nlp(text) if t.text == "recaptured")
    ref = _event_targets.referral(token, "192", lambda _noun: None)
    assert ref == _event_targets.Referral("counter", "")
    assert _event_targets.referred_parties(taken, ref, [signed, taken]) == []
    assert [a.code for a in _event_targets.referred_parties(taken, ref, [clash, taken])] == ["KEN"]


def test_threat_with_no_party_aimed_at_the_adversary_named_before(nlp: Any) -> None:
    clash = "Ethiopian troops clashed with Eritrean forces near the border on Monday. "
    assert _targets(nlp, clash + "Ethiopia warned that it would retaliate.", "warned") == {"ERI"}
    assert _targets(nlp, clash + "Ethiopia threatened further measures.", "threatened") == {"ERI"}
    # a partner of cooperation is no adversary: the threat stays without a target
    trade = "Ethiopia signed a trade deal with Kenya. Ethiopia warned that it would retaliate."
    assert _targets(nlp, trade, "warned") == {None}


def test_disapproval_with_no_party_aimed_at_the_adversary_named_before(nlp: Any) -> None:
    said = "Ethiopia criticised what it called reckless provocations."
    clash = "Ethiopian troops clashed with Eritrean forces near the border on Monday. "
    assert _targets(nlp, clash + said, "criticised") == {"ERI"}
    assert _targets(nlp, "Ethiopia signed a trade deal with Kenya. " + said, "criticised") == {None}


def test_adversary_yields_to_a_named_party_and_a_quoted_disapproval(nlp: Any) -> None:
    counter = _event_targets.Referral("counter", "")
    none = lambda _noun: None  # noqa: E731
    # a party named by name is whom the act is aimed at, even one that codes as the doer's own or not at all
    doc = nlp("Ethiopia fired back at Reuters over the report.")
    fired = next(t for t in doc if t.text == "fired")
    assert _event_targets.referral(fired, "111", none) is None
    doc = nlp("Ethiopia criticised the report.")
    assert _event_targets.referral(doc[1], "111", none) == counter
    # a disapproval carried by a saying's quote guesses no adversary; a threat said so still does
    doc = nlp("Ethiopia said the claims were lies.")
    said = next(t for t in doc if t.text == "said")
    assert _event_targets.referral(said, "111", none) is None
    assert _event_targets.referral(said, "130", none) == counter
    assert "say" in _event_targets.target_words("saying")
