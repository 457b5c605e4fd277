"""Round 19 (issue #5, A26): sources of round-up copy. Team-written sentences, none from the probe sets."""

from __future__ import annotations

from typing import Any

from watchfloor.extract import _event_home
from watchfloor.extract import _event_sources as sources
from watchfloor.extract._event_compounds import with_pair_sources
from watchfloor.extract.actors import code_actor

from ._event_builders import event_in, events_at


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_distributives_are_read_from_the_table() -> None:
    assert "each" in sources.distributives()
    assert "the" not in sources.distributives()


def test_each_side_is_a_pair_collective(nlp: Any) -> None:
    doc = nlp("Each side accused the other of breaking the truce.")
    assert sources.pair_collective(_token(doc, "side"))
    one = nlp("One side accused the other of breaking the truce.")
    assert not sources.pair_collective(_token(one, "side"))  # no distributive: a single party
    plural = nlp("Both sides accused the rebels.")
    assert sources.pair_collective(_token(plural, "sides"))  # the plural pair collective as before


def test_each_side_acts_as_both_parties_named_before(nlp: Any) -> None:
    text = (
        "Armenia and Azerbaijan agreed a ceasefire on Monday. "
        "Each side blamed the other for breaking it on Tuesday."
    )
    found = events_at(nlp, text, "blamed")
    pairs = {(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in found}
    assert pairs == {("ARM", "AZE"), ("AZE", "ARM")}


def test_a_pair_party_is_not_aimed_at_itself() -> None:
    text = "Kenya accused Uganda of arming rebels. Each side blamed the other, and Uganda said it was ready."
    before = event_in(text, "Kenya accused", "accused", "112", "KEN", "UGA")
    blamed = event_in(text, "Each side", "blamed", "112", None, "UGA")  # the next clause's party as target
    out = with_pair_sources([before, blamed], {blamed.id}, lambda e, one, two: f"{e.id}/{one.code}")
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in out[1:]] == [
        ("KEN", "UGA"),
        ("UGA", "KEN"),
    ]


def test_reporting_speaker_of_an_agentless_passive(nlp: Any) -> None:
    saying = frozenset({"say", "deny"})
    doc = nlp("The interior ministry said more than 300 people had been detained.")
    found = sources.reporting_speaker(_token(doc, "detained"), saying)
    assert found is not None and found.text == "ministry"
    agent = nlp("The interior ministry said more than 300 people had been detained by the rebels.")
    assert sources.reporting_speaker(_token(agent, "detained"), saying) is None  # an agent of its own
    active = nlp("The interior ministry said police detained more than 300 people.")
    assert sources.reporting_speaker(_token(active, "detained"), saying) is None  # not a passive
    other = nlp("The interior ministry hopes more than 300 people will be detained.")
    assert sources.reporting_speaker(_token(other, "detained"), saying) is None  # no verb of saying


def test_a_state_organ_reporting_detentions_is_their_doer(nlp: Any) -> None:
    text = "Kenya's police said on Monday that more than 300 protesters had been detained."
    found = events_at(nlp, text, "detained")
    assert any(e.actor1 is not None and (e.actor1.code or "").startswith("KEN") for e in found)
    groups = "Rights groups said on Monday that more than 300 protesters had been detained."
    assert all(e.actor1 is None or not e.actor1.code for e in events_at(nlp, groups, "detained"))


def test_first_sentence_country_wins_a_tie(nlp: Any) -> None:
    doc = nlp(
        "Kenya's parliament passed the finance bill on Tuesday. Uganda said it was watching. Police fired."
    )
    assert _event_home.first_sentence_country(doc, lambda text: code_actor(text).country) == "KEN"
    more = nlp("Kenya's parliament met on Tuesday. Uganda said Uganda and Uganda's army would respond.")
    assert _event_home.first_sentence_country(more, lambda text: code_actor(text).country) is None
