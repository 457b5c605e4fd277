from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.extract._attr_model import candidate_features as features
from watchfloor.extract._attr_model import model_weights, score, thresholds
from watchfloor.extract._quotes import find_quotes
from watchfloor.extract.attribution import candidate_features, content_options
from watchfloor.model import Article, ParsedArticle, stable_id


def _parsed(nlp: Any, text: str) -> ParsedArticle:
    art = Article(id=stable_id(text), text=text, body=((0, len(text)),), published=dt.date(2022, 2, 15))
    return ParsedArticle(article=art, doc=nlp(art.body_text()))


def test_model_weights_loaded_without_thresholds() -> None:
    w = model_weights()
    assert len(w) > 1000
    assert not any(f.startswith("@") for f in w)
    assert w["lr=say|ccomp"] > 0


def test_thresholds_nested_is_stricter() -> None:
    keep, nested = thresholds()
    assert nested > keep


def test_score_sums_weights() -> None:
    w = model_weights()
    assert score(["bias", "lr=say|ccomp"]) == w["bias"] + w["lr=say|ccomp"]
    assert score(["no such feature"]) == 0.0


def test_score_say_ccomp_beats_crossing_a_river(nlp: Any) -> None:
    doc = nlp("The minister said the talks would resume.")
    quotes = find_quotes(doc.text)
    content = (doc[3].idx, len(doc.text) - 1)
    said = features(doc[2], "ccomp", doc[1], [content], False, quotes)
    assert "lr=say|ccomp" in said and "s=pos:NOUN" in said
    crossed = features(doc[2], "dobj", doc[1], [content], False, quotes)
    keep, _nested = thresholds()
    assert score(said) > keep
    assert score(said) > score([f.replace("say", "cross") for f in crossed]) + 1


def test_content_options_offers_tail_and_rest(nlp: Any) -> None:
    doc = nlp("The company said profits rose, putting it ahead of its rivals for the year.")
    rels = [o[0] for o in content_options(doc[2])]
    assert rels[0] == "ccomp"
    assert "ccomp+tail" in rels or "ccomp+rest" in rels
    assert content_options(doc[4]) == [] or all(o[0] != "ccomp" for o in content_options(doc[4]))


def test_candidate_features_one_row_per_option(nlp: Any) -> None:
    parsed = _parsed(nlp, "The minister said the talks would resume. The troops crossed the river.")
    rows = candidate_features(parsed)
    assert rows, rows
    cue, feats, frags = rows[0]
    assert parsed.doc[cue].text == "said"
    assert "bias" in feats and "lr=say|ccomp" in feats
    s, e = frags[0]
    assert parsed.article.text[s:e] == "the talks would resume"
    assert all(parsed.doc[c].text != "crossed" for c, _f, _fr in rows)


def test_content_options_parenthetical_wraps_around_cue(nlp: Any) -> None:
    doc = nlp("The plan, he said, would fail.")
    options = content_options(doc[4])
    assert [(rel, [doc[a:b].text for a, b in ranges]) for rel, ranges, _left, _h in options] == [
        ("head:around", ["The plan", "would fail."])
    ]


def test_content_options_statement_noun_clause(nlp: Any) -> None:
    doc = nlp("The party released a statement that the vote was rigged.")
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _h in content_options(doc[2])}
    assert options["dobj:clause"] == ["the vote was rigged"]
    assert options["dobj"] == ["a statement that the vote was rigged"]


def test_extract_statements_parenthetical_content_has_two_fragments(nlp: Any) -> None:
    from watchfloor.extract.attribution import extract_statements

    text = "The new plan, the minister said on Monday, would fail within a year."
    sts = extract_statements(_parsed(nlp, text), ())
    st = next(s for s in sts if s.cue is not None and s.cue.text == "said")
    assert [f.text for f in st.fragments] == ["The new plan", "would fail within a year"]
    assert st.speaker.name == "the minister" or "minister" in (st.speaker.role or st.speaker.name)
