from __future__ import annotations

import datetime as dt
import itertools
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
    assert w["prior=high"] > 0 > w["prior=<0.05"]  # the mined cue precision carries the lemma


def test_thresholds_nested_is_stricter() -> None:
    keep, nested = thresholds()
    assert nested > keep


def test_score_sums_weights() -> None:
    w = model_weights()
    assert score(["bias", "prior=high"]) == w["bias"] + w["prior=high"]
    assert score(["no such feature"]) == 0.0


def test_score_say_ccomp_beats_crossing_a_river(nlp: Any) -> None:
    doc = nlp("The minister said the talks would resume.")
    quotes = find_quotes(doc.text)
    content = (doc[3].idx, len(doc.text) - 1)
    said = features(doc[2], "ccomp", doc[1], [content], False, quotes, prior=0.9, clause=True)
    assert "lr=say|ccomp" in said and "s=pos:NOUN" in said and "prior=high" in said
    crossed = features(doc[2], "dobj", doc[1], [content], False, quotes, prior=None, clause=True)
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


def test_content_options_relative_clause_reaches_back_over_cue(nlp: Any) -> None:
    doc = nlp("The wall, which he said Mexico should pay for, was never built.")
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _h in content_options(doc[5])}
    assert options["ccomp:split"] == ["which", "Mexico should pay for"]


def test_content_options_short_option_before_trailing_clause(nlp: Any) -> None:
    doc = nlp("Clinton says the emails were personal as she faces a critically important test in Iowa.")
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _h in content_options(doc[1])}
    assert options["ccomp-short"] == ["the emails were personal"]
    assert options["ccomp"][0].startswith("the emails were personal as she faces")


def test_candidate_features_prior_and_clause(nlp: Any) -> None:
    parsed = _parsed(nlp, "The minister said the talks would resume.")
    feats = next(f for c, f, _fr in candidate_features(parsed) if parsed.doc[c].text == "said")
    assert "prior=high" not in feats or any(f.startswith("rprior=ccomp|") for f in feats)
    assert any(f.startswith("prior=") and f != "prior=na" for f in feats)
    assert "clause=ccomp|1" in feats
    crossed = features(parsed.doc[2], "dobj", None, [(0, 3)], False, find_quotes(parsed.doc.text))
    assert "prior=na" in crossed and not any(f.startswith("clause=") for f in crossed)


def test_extract_statements_quote_split_across_sentences(nlp: Any) -> None:
    from watchfloor.extract.attribution import extract_statements

    text = "“I started the group! Because I believe in us,” Bond said on Tuesday."
    sts = extract_statements(_parsed(nlp, text), ())
    st = next(s for s in sts if s.cue is not None and s.cue.text == "said")
    assert st.content.text.startswith("“I started the group!")


def test_content_options_as_reported_takes_the_main_clause(nlp: Any) -> None:
    doc = nlp("As The Washington Post reported, he would then need to win 55 percent of the delegates.")
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _h in content_options(doc[4])}
    assert options["head:as"][0].strip(", ").startswith("he would then need to win")


def test_content_options_passive_report_takes_the_subject(nlp: Any) -> None:
    doc = nlp("The meeting was first reported by Politico.")
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _h in content_options(doc[4])}
    assert options == {"nsubjpass": ["The meeting"]}


def test_extract_statements_one_statement_per_quotation(nlp: Any) -> None:
    from watchfloor.extract.attribution import extract_statements

    text = "“We will win this race,” Smith said, adding: “We will win this race.”"
    sts = extract_statements(_parsed(nlp, text), ())
    spans = sorted((s.content.start, s.content.end) for s in sts)
    for (s1, e1), (s2, e2) in itertools.pairwise(spans):
        inter = max(0, min(e1, e2) - max(s1, s2))
        assert inter < 0.5 * (max(e1, e2) - min(s1, s2)), spans


def test_candidate_features_boundary_tells_alternatives_apart(nlp: Any) -> None:
    doc = nlp("The minister said the talks would resume, and he left. Then more.")
    quotes = find_quotes(doc.text)
    short = features(doc[2], "ccomp", doc[1], [(doc[3].idx, doc[7].idx)], False, quotes)
    assert {"after=ccomp|,", "reach=ccomp|mid", "cross=ccomp|0"} <= set(short)
    joined = features(doc[2], "ccomp", doc[1], [(doc[3].idx, doc[8].idx - 1)], False, quotes)
    assert "after=ccomp|and" in joined
    whole = features(doc[2], "ccomp+rest", doc[1], [(doc[3].idx, doc[11].idx)], False, quotes)
    assert {"reach=ccomp+rest|end", "after=ccomp+rest|."} <= set(whole)
    over = features(doc[2], "ccomp+rest", doc[1], [(doc[3].idx, len(doc.text))], False, quotes)
    assert {"reach=ccomp+rest|over", "cross=ccomp+rest|1", "after=ccomp+rest|eol"} <= set(over)


def test_candidate_features_widened_content_holding_a_cue(nlp: Any) -> None:
    doc = nlp("Most voters said the economy was weak, and more than half said taxes were too high.")
    quotes = find_quotes(doc.text)
    wide = (doc[3].idx, len(doc.text) - 1)
    assert "inner=ccomp+tail|cue" in features(doc[2], "ccomp+tail", doc[1], [wide], False, quotes)
    short = (doc[3].idx, doc[7].idx)
    assert not any(f.startswith("inner=") for f in features(doc[2], "ccomp", doc[1], [short], False, quotes))
    calm = nlp("Most voters said the economy was weak, and more than half of them were angry.")
    wide = (calm[3].idx, len(calm.text) - 1)
    feats = features(calm[2], "ccomp+tail", calm[1], [wide], False, find_quotes(calm.text))
    assert not any(f.startswith("inner=") for f in feats)


def test_candidate_features_edges_tell_first_word_and_last_mark(nlp: Any) -> None:
    doc = nlp("The company announced plans to merge with a rival, officials said.")
    quotes = find_quotes(doc.text)
    cue = doc[2]
    wide = features(cue, "dobj", doc[1], [(doc[3].idx, doc[9].idx + 1)], False, quotes)
    assert {"ftag=dobj|NNS", "end=dobj|,"} <= set(wide)
    narrow = features(cue, "xcomp", doc[1], [(doc[4].idx, doc[8].idx + len(doc[8]))], False, quotes)
    assert {"ftag=xcomp|TO", "end=xcomp|word"} <= set(narrow)
