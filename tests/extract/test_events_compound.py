"""Compound actors (issue #5, round 12): one event per party, reciprocal acts in each direction."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from watchfloor.errors import KnowledgeError
from watchfloor.extract import events as events_module
from watchfloor.extract.events import extract_events
from watchfloor.model import Article, Event, ParsedArticle, stable_id

PUBLISHED = dt.date(2024, 3, 1)


def _events(nlp: Any, text: str) -> list[Event]:
    article = Article(id="a1", text=text, body=((0, len(text)),), published=PUBLISHED)
    return extract_events(ParsedArticle(article=article, doc=nlp(text)), [], [])


def _pairs(events: list[Event], trigger: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            e.actor1.code[:3] if e.actor1 and e.actor1.code else None,
            e.actor2.code[:3] if e.actor2 and e.actor2.code else None,
        )
        for e in events
        if e.trigger.text == trigger
    ]


@pytest.mark.parametrize(
    ("sentence", "trigger", "pairs"),
    [
        # conjoined sources: one event per source
        (
            "Germany and France expelled dozens of Russian diplomats.",
            "expelled",
            [("DEU", "RUS"), ("FRA", "RUS")],
        ),
        (
            "The US, Britain and France condemned the strike.",
            "condemned",
            [("USA", None), ("GBR", None), ("FRA", None)],
        ),
        # conjoined targets: one event per target
        ("Israel struck Hamas and Hezbollah targets.", "struck", [("ISR", "PSE"), ("ISR", "LBN")]),
        # a joint subject of a reciprocal act: each direction
        ("Russia and Ukraine signed a prisoner-exchange deal.", "signed", [("RUS", "UKR"), ("UKR", "RUS")]),
        # coordinated country adjectives are parties too
        (
            "Russian and Ukrainian delegations held talks in Istanbul.",
            "held",
            [("RUS", "UKR"), ("UKR", "RUS")],
        ),
        # "met with", "met": the act is both parties'
        ("Russia met with Ukraine in Istanbul.", "met", [("RUS", "UKR"), ("UKR", "RUS")]),
        ("Putin met Erdogan in Sochi.", "met", [("RUS", "TUR"), ("TUR", "RUS")]),
        # a with-phrase names the partners of a joint subject that signed things: no RUS-UKR pair
        (
            "Russia and Ukraine signed separate agreements in Istanbul with Turkey and the United Nations.",
            "signed",
            [("RUS", "TUR"), ("RUS", "UN"), ("UKR", "TUR"), ("UKR", "UN")],
        ),
    ],
)
def test_extract_events_compound_actor_one_event_per_pair(
    nlp: Any, sentence: str, trigger: str, pairs: list[tuple[str | None, str | None]]
) -> None:
    assert _pairs(_events(nlp, sentence), trigger) == pairs


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # refusing to meet is one party's act (root 12), as is not meeting demands (1243)
        ("Israel refused to meet Jordan's king in Tel Aviv.", "refused"),
        ("The US said it would not meet the hostage-takers' demands.", "meet"),
        # a bracketed list names the members of the trio, not more parties
        ("Russia urged the EU trio (France, Germany and Britain) to reach an agreement.", "urged"),
        # a conjunct that is no codable actor is no party
        ("France condemned the strike and the blockade.", "condemned"),
        ("Egypt said the US must be ready to mediate between Israelis and Palestinians.", "ready"),
        # an intent is its subject's: NATO is no party to Moscow's readiness
        ("Moscow was ready for talks with NATO.", "ready"),
        # a passive act is not reciprocal
        ("The Obama administration has been met with opposition from Republicans.", "met"),
        # a statement's target is whom it is about: one is enough
        ('"Neither the president nor Congress should make us wait," she said.', "said"),
        # one agency, whatever the parser made of its "and"
        ("United States Citizenship and Immigration Services said it was taking steps.", "said"),
    ],
)
def test_extract_events_compound_actor_no_extra_party(nlp: Any, sentence: str, trigger: str) -> None:
    assert len(_pairs(_events(nlp, sentence), trigger)) <= 1


def test_extract_events_compound_ids_first_party_keeps_its_id(nlp: Any) -> None:
    text = "Germany and France expelled dozens of Russian diplomats."
    first, second = _events(nlp, text)
    start, end = first.trigger.start, first.trigger.end
    # the first party's event keeps the id of an event of one party; the others add their pair
    assert first.id == stable_id("a1", "event", start, end, first.cameo)
    assert second.id == stable_id("a1", "event", start, end, second.cameo, "FRA>RUSGOV")
    assert second.actor1 is not None and second.actor1.code == "FRA"
    # what the copies share with the first party's event
    for name in ("trigger", "sentence", "cameo", "status", "claimed_by", "date", "statement_id", "goldstein"):
        assert getattr(second, name) == getattr(first, name), name


def test_extract_events_compound_ids_unique_per_trigger(nlp: Any) -> None:
    events = _events(nlp, "The US, Britain, France and Germany met in Rome and condemned the strike.")
    assert len({e.id for e in events}) == len(events)


def test_extract_events_compound_joint_subject_capped(nlp: Any) -> None:
    # five parties that "met" are no 20 directed pairs: their members are sources only
    events = _events(nlp, "The US, Britain, France, Germany and Italy met in Rome.")
    assert 1 <= len(_pairs(events, "met")) <= 5


def test_extract_events_compound_apposed_list(nlp: Any) -> None:
    # the parser hangs the second member of "Mali, Burkina Faso and Niger" on the first as an apposition
    pairs = _pairs(_events(nlp, "Mali, Burkina Faso and Niger condemned the coup."), "condemned")
    assert [p[0] for p in pairs] == ["MLI", "BFA", "NER"]


def test_reciprocal_lemmas_table() -> None:
    table = events_module._reciprocal_lemmas()
    assert table["meet"] == ("object", frozenset({"03", "04"}))
    assert table["fight"][0] == "joint"


@pytest.mark.parametrize(
    ("row", "needle"),
    [("meet\tsideways\t04", "partner"), ("meet\tobject\t4a", "roots")],
)
def test_reciprocal_lemmas_bad_row(monkeypatch: pytest.MonkeyPatch, row: str, needle: str) -> None:
    def fake(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
        return (dict(zip(("lemma", "partner", "roots"), row.split("\t"), strict=True)),)

    monkeypatch.setattr(events_module, "read_tsv", fake)
    events_module._reciprocal_lemmas.cache_clear()
    try:
        with pytest.raises(KnowledgeError, match="WF-E010") as err:
            events_module._reciprocal_lemmas()
        assert needle in str(err.value)
    finally:
        monkeypatch.undo()
        events_module._reciprocal_lemmas.cache_clear()


# PETRARCH2's unit-test records of compound actors (../shared/data/cameo/petrarch_validation.jsonl, MIT),
# read in place: their actors are Tolkien states, which no dictionary codes, so each is renamed to a
# real country (name, code) before coding; the gold's pair structure is then checked with the codes.
_FICTIONAL = {
    "Gondor": ("France", "FRA"),
    "Osgiliath": ("Morocco", "MAR"),
    "Mordor": ("Spain", "ESP"),
    "Rohan": ("Italy", "ITA"),
    "Fornost": ("Greece", "GRC"),
    "Bree": ("Portugal", "PRT"),
    "Calenardhon": ("Chile", "CHL"),
    "Arnor": ("Austria", "AUT"),
}
_GOLD_CODES = {
    "GON": "FRA",
    "OSG": "MAR",
    "MOR": "ESP",
    "ROH": "ITA",
    "FOR": "GRC",
    "BRE": "PRT",
    "CAL": "CHL",
    "ARN": "AUT",
}


@pytest.mark.parametrize("record_id", ["COMPOUND-02", "COMPOUND-14", "COMPOUND-18"])
def test_extract_events_compound_petrarch_records(nlp: Any, shared_dir: Path, record_id: str) -> None:
    path = shared_dir / "data" / "cameo" / "petrarch_validation.jsonl"
    record = next(
        r
        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if r["id"] == f"petrarch2_unittest:{record_id}"
    )
    text = record["text"]
    for name, (real, _) in _FICTIONAL.items():
        text = re.sub(rf"\b{name}\b", real, text)
    gold = {(_GOLD_CODES[e["source"][:3]], _GOLD_CODES[e["target"][:3]]) for e in record["gold_events"]}
    events = _events(nlp, text)
    got = {
        (e.actor1.code[:3], e.actor2.code[:3])
        for e in events
        if e.actor1 and e.actor1.code and e.actor2 and e.actor2.code
    }
    assert gold <= got


def test_extract_events_compound_first_pair_is_the_events_own(nlp: Any) -> None:
    # "her" shares McConnell's code: the event keeps its own pair, the Burmese leaders are further pairs
    events = _events(
        nlp, "Senator Mitch McConnell met with Aung San Suu Kyi and other Burmese leaders in Rangoon."
    )
    met = [e for e in events if e.trigger.text == "met"]
    assert met, events
    first = met[0]
    assert first.id == stable_id("a1", "event", first.trigger.start, first.trigger.end, first.cameo)
    assert len({e.id for e in met}) == len(met)


def test_extract_events_joint_exchange_object_is_no_party(nlp: Any) -> None:
    # what a joint subject exchanges is no party to the exchange: the other member is
    events = _events(nlp, "Russia and Ukraine exchanged prisoners on Tuesday.")
    assert sorted(_pairs(events, "exchanged")) == [("RUS", "UKR"), ("UKR", "RUS")]


def test_extract_events_met_object_stays_the_partner(nlp: Any) -> None:
    # "met" takes its partner as an object: the object is kept, in each direction
    events = _events(nlp, "Putin met Erdogan in Sochi.")
    assert sorted(_pairs(events, "met")) == [("RUS", "TUR"), ("TUR", "RUS")]


@pytest.mark.parametrize(
    "sentence", ["The Taliban and Pakistan held talks.", "Pakistan and the Taliban held talks."]
)
def test_extract_events_compound_parties_are_dated(nlp: Any, sentence: str) -> None:
    # every party of a compound as of the article's date: the Taliban were insurgents in 2016
    article = Article(id="a1", text=sentence, body=((0, len(sentence)),), published=dt.date(2016, 5, 1))
    events = extract_events(ParsedArticle(article=article, doc=nlp(sentence)), [], [])
    assert sorted(_pairs(events, "held")) == [("AFG", "PAK"), ("PAK", "AFG")]
    assert {e.actor1.code for e in events if e.actor1} == {"AFGREB", "PAK"}
