"""Event dates, round 20 (D22): constructions of round-up copy where the parse kept a time from the
verb it governs, or an interval was counted from the wrong date. Sentences written for these tests
(none from a probe set); the rules are in :mod:`watchfloor.extract._timex_anchor` and docs/events.md
("Round 20: D22")."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from watchfloor.extract._timex_anchor import event_date
from watchfloor.extract.timex import find_timexes

from ._timex_fixtures import date_of as _date_of

PUBLISHED = dt.date(2022, 2, 17)  # a Thursday
date_of = functools.partial(_date_of, published=PUBLISHED)


def test_time_after_a_list_of_objects_dates_the_verb(nlp: Any) -> None:
    # the parse hangs "on Monday" on the last noun of the list ("conj"), not on the verb
    text = "The army imposed martial law and a curfew on Monday, hours after the riots began."
    assert date_of(nlp, text, "imposed") == "2022-02-14"


def test_time_after_a_role_dates_the_verb(nlp: Any) -> None:
    # "as" is the role's preposition here, not a clause opener
    text = "Ali Khan resigned as Pakistan's prime minister on Monday and fled by helicopter to Dubai."
    assert date_of(nlp, text, "resigned") == "2022-02-14"


def test_as_after_a_comma_still_opens_a_clause(nlp: Any) -> None:
    text = "Officials sought to verify the pullback, as a similar claim in December saw troops move back."
    assert date_of(nlp, text, "verify") == "2022-02-17"


def test_interval_before_a_trailing_saying_counts_from_the_clause_date(nlp: Any) -> None:
    # ", the ministry said" comes after the report: the interval is set against the detaining (Monday)
    text = (
        "Police detained 300 people on Monday, a day after protesters stormed the parliament, "
        "the ministry said."
    )
    assert date_of(nlp, text, "stormed") == "2022-02-13"


def test_interval_before_a_leading_saying_counts_from_the_saying(nlp: Any) -> None:
    text = "The minister said on Tuesday the talks had failed, a day after rebels shelled the city."
    assert date_of(nlp, text, "shelled") == "2022-02-14"


def test_interval_in_a_clause_parsed_as_joined_counts_from_the_clause_date(nlp: Any) -> None:
    # the parse of round-up copy sometimes joins the "a day after" clause to the clause before
    # ("conj"); its own "after" still places it a day before that clause's Tuesday
    from spacy.tokens import Doc

    text = (
        "The pilot was captured on Tuesday after rebels shot down his jet over Idlib, "
        "a day after Syrian jets struck a camp at Afrin."
    )
    parsed = nlp(text)
    struck = next(t for t in parsed if t.text == "struck")
    assert struck.dep_ in {"advcl", "conj"}
    doc = Doc(
        parsed.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        heads=[t.head.i for t in parsed],
        deps=["conj" if t.i == struck.i else t.dep_ for t in parsed],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        sent_starts=[t.is_sent_start for t in parsed],
    )
    timexes = find_timexes(parsed, text, PUBLISHED)
    token = doc[struck.i]
    assert token.dep_ == "conj"
    assert event_date(token, timexes, PUBLISHED.isoformat()) == "2022-02-14"


def test_date_between_a_determiner_and_its_noun_dates_the_noun_only(nlp: Any) -> None:
    text = "The generals accuse the ruling party of fraud in the November 2020 vote, which it won easily."
    assert date_of(nlp, text, "accuse") == "2022-02-17"


def test_date_on_a_noun_inside_an_interval_clause_leaves_the_interval(nlp: Any) -> None:
    text = (
        "The former president landed in Havana on Tuesday to take up asylum, two days after he resigned "
        "as Chile's president under pressure from the army and protests since the Oct. 20 election."
    )
    assert date_of(nlp, text, "resigned") == "2022-02-13"


def test_event_noun_in_an_interval_clause_is_placed_with_its_verb(nlp: Any) -> None:
    text = (
        "Turkey fired rockets into the hills around Afrin on Wednesday as it began its biggest air "
        "campaign in the region, a day after Syrian President Bashar al-Assad ended a visit to Moscow."
    )
    assert date_of(nlp, text, "visit") == "2022-02-15"


def test_interval_hung_on_the_event_nouns_own_clause_counts_from_the_clause_above(nlp: Any) -> None:
    text = (
        "Police on Monday displayed rifles, grenades and explosives seized at the farm, a day after a "
        "shootout with some 20 armed men left two officers dead."
    )
    assert date_of(nlp, text, "shootout") == "2022-02-13"


def test_interval_after_a_subordinate_clause_counts_from_the_main_clause(nlp: Any) -> None:
    text = (
        "The former president landed in Havana on Tuesday after the government there granted him "
        "asylum on Monday, two days after he resigned under pressure from the army."
    )
    assert date_of(nlp, text, "resigned") == "2022-02-13"


def test_comment_clause_on_a_noun_takes_the_article_date(nlp: Any) -> None:
    text = (
        "The French and Italian embassies said on Monday they were concerned by reports of arrests of "
        "students, which police have denied."
    )
    assert date_of(nlp, text, "denied") == "2022-02-17"
    text = (
        "The minister said the raids were retaliation for Saturday's bombing of the port, which he "
        "called an act of war."
    )
    assert date_of(nlp, text, "called") == "2022-02-17"


def test_comment_clause_with_a_time_of_its_own_keeps_it(nlp: Any) -> None:
    text = "The army said on Monday that it had retaken the town, which the rebels captured on Sunday."
    assert date_of(nlp, text, "captured") == "2022-02-13"
