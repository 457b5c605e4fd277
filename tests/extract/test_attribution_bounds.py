from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from watchfloor.evaluate._attribution import predictions_of
from watchfloor.extract.attribution import content_options, extract_statements
from watchfloor.model import Article, ParsedArticle, stable_id


def _parsed(nlp: Any, text: str) -> ParsedArticle:
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2022, 2, 15))
    return ParsedArticle(article=art, doc=nlp(art.body_text()))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Most economists expect the central bank to raise rates again next month.", "Most economists"),
        ("The campaign is expecting a record turnout in the primary on Tuesday.", "The campaign"),
    ],
)
def test_extract_statements_active_expect_keeps_its_subject(nlp: Any, text: str, source: str) -> None:
    sts = extract_statements(_parsed(nlp, text), ())
    assert sts, "no statement"
    assert sts[0].source is not None and sts[0].source.text == source
    assert not sts[0].content.text.startswith(source)


def test_extract_statements_passive_expect_stays_sourceless(nlp: Any) -> None:
    sts = extract_statements(_parsed(nlp, "The governor is expected to sign the budget bill on Friday."), ())
    assert sts and all(s.source is None for s in sts)


def test_predictions_of_complementizer_before_a_comma(nlp: Any) -> None:
    text = "Supporters argue that, while the tax may cost some jobs, it will cut emissions."
    sts = extract_statements(_parsed(nlp, text), ())
    assert sts, "no statement"
    content = predictions_of(sts, text)[0]["content"]
    assert text[content["start"] : content["end"]].startswith("that, while the tax")


def test_predictions_of_no_complementizer_before_a_comma(nlp: Any) -> None:
    text = "After the debate, most voters said the plan would fail."
    sts = extract_statements(_parsed(nlp, text), ())
    assert sts, "no statement"
    content = predictions_of(sts, text)[0]["content"]
    assert text[content["start"] : content["end"]] == "the plan would fail"


def test_content_options_for_clause_starts_after_for(nlp: Any) -> None:
    text = "The senator called for the United States to take a stronger role in the region."
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "called")
    firsts = [doc[ranges[0][0]].lower_ for _rel, ranges, _left, _hint in content_options(verb)]
    assert firsts and "for" not in firsts
