"""Candidate generators for contents the earlier rules proposed no candidate for (issue #4)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.extract.attribution import candidate_features, content_options
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


def _options(doc: Any, word: str) -> dict[str, list[str]]:
    tok = next(t for t in doc if t.text == word)
    return {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _hint in content_options(tok)}


def test_content_options_cut_before_a_nonrestrictive_modifier(nlp: Any) -> None:
    doc = nlp("He praised former Arkansas Gov. Mike Huckabee, also once a 2016 presidential hopeful.")
    options = _options(doc, "praised")
    assert options["dobj+nr"] == ["former Arkansas Gov. Mike Huckabee"]
    assert options["dobj"] == ["former Arkansas Gov. Mike Huckabee, also once a 2016 presidential hopeful"]


def test_content_options_cut_before_a_nonrestrictive_relative_clause(nlp: Any) -> None:
    doc = nlp("She said it would be Trump, who has a significant lead over Cruz.")
    assert _options(doc, "said")["ccomp+nr"] == ["it would be Trump"]


def test_content_options_no_cut_without_a_comma(nlp: Any) -> None:
    doc = nlp("He praised the senators who voted for the bill.")
    assert not any(rel.endswith("+nr") for rel in _options(doc, "praised"))


def test_content_options_object_of_the_cue_objects_preposition(nlp: Any) -> None:
    doc = nlp("The pollster sounded a cautious note about the jobs report.")
    assert _options(doc, "sounded")["dobj>prep:about"] == ["the jobs report"]


def test_candidates_quoted_sentences_after_a_reported_clause(nlp: Any) -> None:
    text = 'She says people should choose. "It is their life." Then she left.'
    cands = _candidates(nlp, text)
    assert ("says", "ccomp+fq", ["people should choose", '"It is their life."']) in cands
    assert ("says", "ccomp", ["people should choose"]) in cands


def test_candidates_no_quotes_after_when_they_have_their_own_cue(nlp: Any) -> None:
    cands = _candidates(nlp, 'She says people should choose. "It is their life," he said.')
    assert not any(rel.endswith("+fq") for _cue, rel, _frags in cands)


def test_candidates_whole_subject_of_a_passive_cue(nlp: Any) -> None:
    text = "Biden's folksy demeanor and ability to connect with voters is considered an asset for Clinton."
    frags = [f for cue, rel, f in _candidates(nlp, text) if cue == "considered" and rel == "oprd"]
    assert frags == [["Biden's folksy demeanor and ability to connect with voters", "an asset for Clinton"]]


def test_candidates_source_never_inside_the_content(nlp: Any) -> None:
    # the parse gives "vowed" the complement "which he has vowed to ignore": "he" is inside it
    text = "The plan, which he has vowed to ignore, failed."
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2022, 2, 15))
    doc = nlp(text)
    he = text.index(" he ") + 1
    holding = [
        feats
        for cue, feats, frags in candidate_features(ParsedArticle(article=art, doc=doc))
        if doc[cue].text == "vowed" and any(s <= he < e for s, e in frags)
    ]
    assert holding
    assert all("s=none" in feats for feats in holding)


# eighth round: a quotation before its cue, also with the quoted sentences after the cue's sentence (+fs)


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


def test_candidates_headline_colon_without_a_named_entity(nlp: Any) -> None:
    # a headline's "Poll:" or "Sanders:" is tagged as a plain noun; a capitalised head is enough
    for head in ("Poll", "Sanders", "TAPPER"):
        text = f"{head}: Clinton holds a narrow lead in the state.\n\nThe survey was taken last week."
        found = [(rel, frags) for cue, rel, frags in _candidates(nlp, text) if rel == "colon"]
        assert found == [("colon", ["Clinton holds a narrow lead in the state"])], head


def test_candidates_no_headline_colon_after_a_lowercase_head(nlp: Any) -> None:
    text = "The result: after the debate, Cruz must travel for three hours.\n\nHe left early."
    assert not [c for c in _candidates(nlp, text) if c[1] == "colon"]
