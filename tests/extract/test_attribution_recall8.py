"""Quotations that continue a statement past its cue clause (issue #4, eighth round): the quoted
sentences after the cue's sentence (``+fs``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.extract.attribution import candidate_features
from watchfloor.model import Article, ParsedArticle, stable_id


def _candidates(nlp: Any, text: str) -> list[tuple[str, str, list[str]]]:
    """(cue word, relation, content fragments) of every candidate the rules propose."""
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2022, 2, 15))
    doc = nlp(text)
    out = []
    for cue, feats, frags in candidate_features(ParsedArticle(article=art, doc=doc)):
        rel = next(f[2:] for f in feats if f.startswith("r="))
        out.append((doc[cue].text, rel, [text[s:e] for s, e in frags]))
    return out


def _with(cands: list[tuple[str, str, list[str]]], suffix: str) -> list[tuple[str, str, list[str]]]:
    return [c for c in cands if c[1].endswith(suffix)]


def test_candidates_quotes_after_a_cue_clause_holding_a_quotation(nlp: Any) -> None:
    text = (
        '"It is more of a consideration than it was," Cuban said on NBC\'s "Meet the Press." '
        '"You do not have to be the perfect candidate."'
    )
    cands = _with(_candidates(nlp, text), "+fs")
    assert cands
    assert all(c[0] == "said" for c in cands)
    assert all(
        c[2]
        == ['"It is more of a consideration than it was,"', '"You do not have to be the perfect candidate."']
        for c in cands
    )


def test_candidates_quotes_after_a_partly_quoted_content(nlp: Any) -> None:
    text = (
        'As for the pronouncements, "I kind of write them off," said Mr. Pike, who sold a start-up. '
        '"He is more of a moderate than his words."'
    )
    cands = _with(_candidates(nlp, text), "+fs")
    assert cands
    assert all(c[2][-1] == '"He is more of a moderate than his words."' for c in cands)


def test_candidates_no_sentence_quotes_when_the_next_has_its_own_cue(nlp: Any) -> None:
    text = '"We will win," she said on Monday. "They will lose," he said.'
    assert not _with(_candidates(nlp, text), "+fs")


def test_candidates_no_sentence_quotes_after_a_reported_clause(nlp: Any) -> None:
    text = 'She said on NBC\'s "Meet the Press" that they will win. "It is over."'
    assert not _with(_candidates(nlp, text), "+fs")
