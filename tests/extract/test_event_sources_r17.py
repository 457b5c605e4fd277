"""Round 17 (issue #5): event sources and claimants on crisis copy. An unnamed rights group is an
international body (CAMEO's NGOHRI), not the country of the state it reports on; a cited claimant ("…,
the military said" with no statement) is coded in its sentence as a statement's speaker is; a country
word after "anti-"/"pro-" on an event noun is not its source; an act a receiving verb takes with a
from-phrase ("faced criticism from Ankara") is the from-phrase's. Team-written sentences, none from the
probe sets."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.evaluate._events import code_texts
from watchfloor.extract._event_sources import (
    appositive_office,
    cited_head,
    pair_collective,
    received_from,
    stance_modifier,
)
from watchfloor.extract.actors import code_actor, code_person, transnational_sectors

from ._event_builders import events_at


def _claimed(text: str, trigger: str) -> str | None:
    coded = code_texts([text], [dt.date(2022, 5, 2)], statements=True)[0]
    found = [ev for ev, _ in coded if ev.trigger.text == trigger]
    assert found, [ev.trigger.text for ev, _ in coded]
    return found[0].claimed_by.code if found[0].claimed_by is not None else None


def test_transnational_sectors_reads_the_table() -> None:
    table = transnational_sectors()
    assert table["NGO"] == ("NGO", frozenset())  # any mention of an aid body, as before
    code, heads = table["HRI"]
    assert code == "NGOHRI" and "groups" in heads and "activist" not in heads


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("rights groups", "NGOHRI"),
        ("Rights groups", "NGOHRI"),  # sentence-initial capital is no name
        ("the human rights group", "NGOHRI"),
        ("aid agencies", "NGO"),
        # guards: a country named in the mention, a person of the role, a named group
        ("Chilean rights groups", "CHLHRI"),
        ("a rights activist", None),
        ("Rights group Casa Libre", None),
    ],
)
def test_an_unnamed_rights_group_is_an_international_body(mention: str, code: str | None) -> None:
    assert code_actor(mention).code == code


def test_a_named_group_described_as_a_rights_group_takes_the_texts_country() -> None:
    # the description alone must not make a named (possibly domestic) group NGOHRI
    coded = code_person("Casa Libre", "Rights group")
    assert coded.code is None and coded.sector == "HRI"


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        # the claimant borrows no country from the state whose act it reports
        (
            "Bolivian police have detained dozens of students since Monday, according to rights groups.",
            "detained",
            "NGOHRI",
        ),
        (
            "Rights groups said Bolivian police had detained dozens of students in La Paz.",
            "detained",
            "NGOHRI",
        ),
    ],
)
def test_rights_groups_claim_as_an_international_body(text: str, trigger: str, code: str) -> None:
    assert _claimed(text, trigger) == code


def test_a_named_rights_group_still_takes_the_sentences_country() -> None:
    text = "Rights group Casa Libre said police had detained dozens of students in Bolivia on Monday."
    claimed = _claimed(text, "detained")
    assert claimed is not None and claimed.startswith("BOL")


def test_cited_head_finds_the_phrase_in_its_sentence(nlp: Any) -> None:
    sent = next(nlp("Jets struck the port, according to the army chief of staff.").sents)
    head = cited_head(sent, "the army chief of staff")
    assert head is not None and head.text == "chief"
    assert cited_head(sent, "the navy") is None
    assert cited_head(sent, "") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a cited role naming no country is coded in its sentence, as a statement's speaker is
        (
            "Turkish jets struck 30 targets in the north overnight, the military said, and the health"
            " ministry said 12 people had died.",
            "TURMIL",
        ),
        # guards: the phrase's own country; no country anywhere in the sentence
        (
            "Turkish jets struck 30 targets in the north overnight, the Greek military said, and the health"
            " ministry said 12 people had died.",
            "GRCMIL",
        ),
        (
            "Jets struck 30 targets in the north overnight, the military said, and the health ministry"
            " said 12 people had died.",
            None,
        ),
    ],
)
def test_a_cited_role_takes_its_sentences_country(text: str, code: str | None) -> None:
    assert _claimed(text, "struck") == code


@pytest.mark.parametrize(
    ("text", "word", "stance"),
    [
        ("Anti-American protests spread across Karachi.", "American", True),
        ("Anti-American protests spread across Karachi.", "-", True),
        ("Anti-American protests spread across Karachi.", "Anti", True),
        ("Hundreds joined anti-North Korean rallies in Seoul.", "Korean", True),
        # guards: a plain country word, a hyphen of another compound
        ("American protests spread across Karachi.", "American", False),
        ("The Franco-German plan was welcomed.", "German", False),
    ],
)
def test_stance_modifier(nlp: Any, text: str, word: str, stance: bool) -> None:
    doc = nlp(text)
    assert stance_modifier(next(t for t in doc if t.text == word)) is stance


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Anti-American protests spread across Karachi on Friday.", "protests", None),
        ("Hundreds joined anti-North Korean rallies in Seoul.", "rallies", None),
        # guard: a country word with no stance prefix is still the act's source
        ("Russian strikes hit Kharkiv on Friday.", "strikes", "RUS"),
    ],
)
def test_a_stance_prefixed_country_is_not_the_source(
    nlp: Any, text: str, trigger: str, source: str | None
) -> None:
    found = events_at(nlp, text, trigger)
    assert [e.actor1.code if e.actor1 is not None else None for e in found] == [source]


@pytest.mark.parametrize(
    ("text", "noun", "party"),
    [
        ("The plan faced sharp criticism from Ankara.", "criticism", "Ankara"),
        ("The raid prompted a formal protest from Beijing on Tuesday.", "protest", "Beijing"),
        # guards: no from-phrase; a verb that is no receiving verb; a from-phrase of time
        ("The plan faced sharp criticism.", "criticism", None),
        ("The army launched an offensive from the north.", "offensive", None),
        ("The plan drew criticism from Monday onwards.", "criticism", None),
    ],
)
def test_received_from(nlp: Any, text: str, noun: str, party: str | None) -> None:
    found = received_from(next(t for t in nlp(text) if t.text == noun))
    assert (found.text if found is not None else None) == party


def test_a_received_act_is_done_by_its_from_phrase(nlp: Any) -> None:
    found = events_at(nlp, "The plan faced sharp criticism from Ankara.", "criticism")
    assert [e.actor1.code if e.actor1 is not None else None for e in found] == ["TURGOV"]
    # and aimed at the receiving verb's subject
    found = events_at(nlp, "Greece drew sharp criticism from Ankara on Monday.", "criticism")
    assert [(e.actor1.code, e.actor2.code) for e in found if e.actor1 and e.actor2] == [("TURGOV", "GRC")]


def _name(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def _noun_phrase(token: Any) -> str:
    return str(token.doc[token.left_edge.i : token.right_edge.i + 1].text)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Jane Doe, the African Union's envoy, arrived in Khartoum.", "Doe", "IGOAFRAU"),
        # guards: an apposition naming a country's office, an aid body, no apposition
        ("Jane Doe, a former Kenyan minister, arrived in Khartoum.", "Doe", None),
        ("Jane Doe, an aid agency's head, arrived in Khartoum.", "Doe", None),
        ("Jane Doe arrived in Khartoum.", "Doe", None),
    ],
)
def test_appositive_office(nlp: Any, text: str, name: str, code: str | None) -> None:
    assert appositive_office(_name(nlp(text), name), _noun_phrase) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Former Tanzanian president Jakaya Kikwete, the African Union's facilitator, arrived in Harare on"
            " Monday.",
            "IGOAFRAU",
        ),
        (
            "Former Nigerian president Goodluck Jonathan, the West African bloc ECOWAS's mediator, arrived in"
            " Bamako on Monday.",
            "IGOWAFBUSWAS",
        ),
        # guard: an apposition naming a country's office leaves the person's own code
        ("Jakaya Kikwete, a former Tanzanian president, arrived in Harare on Monday.", "TZA"),
    ],
)
def test_an_organisations_office_outranks_a_persons_former_title(nlp: Any, text: str, code: str) -> None:
    found = events_at(nlp, text, "arrived")
    assert [(e.actor1.code or "")[: len(code)] if e.actor1 is not None else None for e in found] == [code]


@pytest.mark.parametrize(("mention", "code"), [("the EAC", "IGOEAFEAC"), ("CARICOM leaders", "IGOCRB")])
def test_bodies_by_their_usual_abbreviations(mention: str, code: str) -> None:
    assert code_actor(mention).code == code


@pytest.mark.parametrize(
    ("text", "word", "pair"),
    [
        ("The two sides will meet again in Lima.", "sides", True),
        ("Both countries recalled their envoys.", "countries", True),
        # guards: a collective with no pair word, a pair word on another noun
        ("The sides will meet again in Lima.", "sides", False),
        ("The two ministers will meet again in Lima.", "ministers", False),
    ],
)
def test_pair_collective(nlp: Any, text: str, word: str, pair: bool) -> None:
    assert pair_collective(_name(nlp(text), word)) is pair


def test_a_pair_collective_source_takes_no_place(nlp: Any) -> None:
    found = events_at(
        nlp, "A joint statement said the two sides would meet again in Lima next month.", "meet"
    )
    assert [e.actor1.code if e.actor1 is not None else None for e in found] == [None]
