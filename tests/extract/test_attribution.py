from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from watchfloor.extract._quotes import find_quotes
from watchfloor.extract._speakers import adjective_of, country_of
from watchfloor.extract.attribution import (
    _agreement,
    _Ranges,
    _sentence_of,
    _shared,
    _Tagged,
    _tagger_candidates,
    _tagger_source,
    candidate_features,
    content_fragments,
    content_options,
    cue_relations,
    extract_statements,
    nominal_lemmas,
    nominal_options,
    sourceless_lemmas,
)
from watchfloor.model import Article, ParsedArticle, StatementKind, Timex, TimexType, stable_id


def _parsed(nlp: Any, text: str, body: tuple[tuple[int, int], ...] | None = None) -> ParsedArticle:
    art = Article(
        id=stable_id(text),
        text=text,
        body=body or ((0, len(text)),),
        published=dt.date(2022, 2, 15),
    )
    return ParsedArticle(article=art, doc=nlp(art.body_text()))


def _by_content(statements: list[Any], needle: str) -> Any:
    found = [s for s in statements if needle in s.content.text]
    assert found, f"no statement containing {needle!r}: {[s.content.text for s in statements]}"
    return found[0]


# -- quotations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted", "unquoted"),
    [
        ('He said "we will win." Later.', "we will win", "Later"),
        ("“First part.\n\n“Second part,” he said. Not here.", "Second part", "Not here"),
        ("“Dangling quote.\n\nPlain paragraph.", "Dangling", "Plain"),
        ("''Typewriter quotes,'' she said.", "Typewriter", "she said"),
    ],
)
def test_find_quotes_marks_inside(text: str, quoted: str, unquoted: str) -> None:
    q = find_quotes(text)
    assert q.inside(text.index(quoted))
    assert not q.inside(text.index(unquoted))


def test_find_quotes_segments_include_marks() -> None:
    text = "He said “we will win,” and left."
    q = find_quotes(text)
    assert [text[s:e] for s, e in q.segments] == ["“we will win,”"]
    assert q.segment_at(text.index("win")) == q.segments[0]
    assert q.segment_at(text.index("left")) is None


# -- knowledge -------------------------------------------------------------------------------------


def test_cue_relations_mined_table_has_core_cues() -> None:
    table = cue_relations()
    for lemma in ("say", "tell", "warn", "insist", "deny", "claim", "acknowledge", "indicate", "add"):
        assert lemma in table, lemma
    count, precision, _direct = table["say"]["ccomp"]
    assert count > 1000 and precision > 0.5


@pytest.mark.parametrize(
    ("word", "code"),
    [("Russia", "RUS"), ("Russian", "RUS"), ("U.S.", "USA"), ("US", "USA"), ("Ukrainian", "UKR")],
)
def test_country_of_names_and_demonyms(word: str, code: str) -> None:
    assert country_of(word) == code


def test_country_of_rejects_common_words() -> None:
    assert country_of("officials") is None
    assert country_of("NATO") is None


def test_adjective_of_country() -> None:
    assert adjective_of("RUS") == "Russian"


# -- rules on team-written sentences ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The minister said that the talks would resume next week.",
            "the talks would resume next week",
            "said",
        ),
        ("Officials warned that the bridge was unsafe.", "the bridge was unsafe", "warned"),
        ("The governor insisted the budget was balanced.", "the budget was balanced", "insisted"),
        ("The company denied that it had broken the rules.", "it had broken the rules", "denied"),
        ("The mayor acknowledged the city had made mistakes.", "the city had made mistakes", "acknowledged"),
        ("A senior US official told reporters the deal was close.", "the deal was close", "told"),
    ],
)
def test_extract_statements_reported_speech(nlp: Any, text: str, content: str, cue: str) -> None:
    st = _by_content(extract_statements(_parsed(nlp, text), ()), content)
    assert st.content.text == content
    assert st.cue is not None and st.cue.text == cue
    assert st.kind is StatementKind.INDIRECT
    assert st.source is not None


def test_extract_statements_noun_phrase_source(nlp: Any) -> None:
    text = "A senior US official said the convoy had turned back."
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "convoy")
    assert st.source is not None and st.source.text == "A senior US official"
    assert st.speaker.country == "USA"
    assert st.speaker.role is not None and "official" in st.speaker.role


def test_extract_statements_direct_quote_split_by_cue(nlp: Any) -> None:
    text = "“We will not back down,” the spokesman said. “The talks are over.”\n\nMarkets fell."
    sts = extract_statements(_parsed(nlp, text), ())
    st = _by_content(sts, "We will not back down")
    assert st.kind is StatementKind.DIRECT
    assert st.content.text.startswith("“We will not back down,”")
    assert [f.text for f in st.fragments] == ["“We will not back down,”", "“The talks are over.”"]
    assert st.source is not None and st.source.text == "the spokesman"
    assert not any("Markets" in s.content.text for s in sts)


def test_extract_statements_quote_after_cue(nlp: Any) -> None:
    text = "Jane Doe said, “The army has left the border.”"
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "army")
    assert st.content.text == "“The army has left the border.”"
    assert st.kind is StatementKind.DIRECT
    assert st.speaker.name == "Jane Doe"


def test_extract_statements_mixed_quote(nlp: Any) -> None:
    text = 'The envoy said there were "some grounds for cautious optimism" in the talks.'
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "optimism")
    assert st.kind is StatementKind.MIXED


def test_extract_statements_according_to(nlp: Any) -> None:
    text = "According to the ministry, three ships left the port on Monday."
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "ships")
    assert st.content.text == "three ships left the port on Monday"
    assert st.cue is not None and st.cue.text == "According to"
    assert st.source is not None and st.source.text == "the ministry"


def test_extract_statements_nested_both_emitted(nlp: Any) -> None:
    text = "The general said the border was quiet after Russia said that its troops had withdrawn."
    sts = extract_statements(_parsed(nlp, text), ())
    outer = _by_content(sts, "border was quiet")
    inner = [s for s in sts if s.content.text == "its troops had withdrawn"]
    assert inner and inner[0].speaker.name == "Russia" and inner[0].speaker.country == "RUS"
    assert outer.content.start < inner[0].content.start < inner[0].content.end <= outer.content.end


def test_extract_statements_pronoun_and_surname_resolve(nlp: Any) -> None:
    text = (
        "Finance Minister Anna Kowalska said the deficit would shrink. "
        "Kowalska added that taxes would not rise. She said the plan was fair."
    )
    sts = extract_statements(_parsed(nlp, text), ())
    for needle in ("deficit", "taxes", "plan was fair"):
        assert _by_content(sts, needle).speaker.name == "Anna Kowalska", needle
    assert _by_content(sts, "plan was fair").speaker.role == "Finance Minister"


def test_extract_statements_title_resolves_to_person(nlp: Any) -> None:
    text = (
        "UN Secretary-General Maria Lopez said aid was blocked. "
        "The secretary-general said the roads were mined."
    )
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "roads")
    assert st.speaker.name == "Maria Lopez"


def test_extract_statements_date_from_governing_timex(nlp: Any) -> None:
    text = "Russia said Tuesday that some units were returning to their bases."
    start = text.index("Tuesday")
    tx = Timex(start=start, end=start + 7, text="Tuesday", type=TimexType.DATE, value="2022-02-15")
    st = _by_content(extract_statements(_parsed(nlp, text), [tx]), "units")
    assert st.date == "2022-02-15"
    assert extract_statements(_parsed(nlp, text), ())[0].date is None


def test_extract_statements_only_inside_body(nlp: Any) -> None:
    text = "The minister said the talks would resume.\nThe editor said you can license this story."
    body = ((0, text.index("\n")),)
    sts = extract_statements(_parsed(nlp, text, body), ())
    assert sts and all(s.content.end <= body[0][1] for s in sts)


def test_extract_statements_spans_match_text(nlp: Any) -> None:
    text = "“It is over,” he said. According to officials, the deal collapsed. She denied it."
    parsed = _parsed(nlp, text)
    for st in extract_statements(parsed, ()):
        for span in (st.content, st.sentence, st.source, st.cue, *st.fragments):
            if span is not None:
                assert text[span.start : span.end] == span.text
        assert st.id == stable_id(parsed.article.id, "statement", st.content.start, st.content.end)
        assert st.extractor == "attribution.v1"


def test_content_fragments_none_for_non_cue(nlp: Any) -> None:
    doc = nlp("The troops crossed the river.")
    assert content_fragments(doc[2]) is None


# -- the seed story --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_statements(nlp: Any, seed_text: str) -> list[Any]:
    start = len("(15 Feb 2022) ")
    end = seed_text.index("Find out more")
    while seed_text[end - 1].isspace():
        end -= 1
    art = Article(
        id=stable_id(seed_text[start:end]),
        text=seed_text,
        body=((start, end),),
        published=dt.date(2022, 2, 15),
    )
    return extract_statements(ParsedArticle(article=art, doc=nlp(art.body_text())), ())


SEED_SPEAKERS = [
    ("not yet seen any signs", "Jens Stoltenberg", "NATO Secretary-General", "NATO", None),
    ("some units participating", "Russia", None, None, "RUS"),
    ("cautious optimism", "Jens Stoltenberg", "NATO Secretary-General", "NATO", None),
    ("Russia has in the past moved", "Jens Stoltenberg", "NATO Secretary-General", "NATO", None),
    ("enduring withdrawal", "Jens Stoltenberg", "NATO Secretary-General", "NATO", None),
    ("Moscow is ready for talks", "Vladimir Putin", "Russian President", "Russian government", "RUS"),
    ("seeking to verify", "Julianne Smith", "US Ambassador to NATO", "US government", "USA"),
    ("ready to keep talking", None, "foreign minister", "Russian government", "RUS"),
]


@pytest.mark.parametrize(("needle", "name", "role", "org", "country"), SEED_SPEAKERS)
def test_extract_statements_seed_speakers(
    seed_statements: list[Any],
    needle: str,
    name: str | None,
    role: str | None,
    org: str | None,
    country: str | None,
) -> None:
    sts = sorted((s for s in seed_statements if needle in s.content.text), key=lambda s: len(s.content.text))
    assert sts, needle
    sp = sts[0].speaker
    if name is not None:
        assert sp.name == name
    assert sp.role == role
    assert sp.organization == org
    assert sp.country == country


def test_extract_statements_seed_boundaries(seed_statements: list[Any], shared_dir: Path) -> None:
    gold = json.loads((shared_dir / "seed" / "seed.gold.json").read_text(encoding="utf-8"))
    spans = {(s.content.start, s.content.end) for s in seed_statements}
    exact = [g for g in gold["statements"] if (g["content"]["start"], g["content"]["end"]) in spans]
    assert len(exact) >= 6, [g["content"]["text"] for g in gold["statements"] if g not in exact]
    kinds = {(s.content.start, s.content.end): s.kind for s in seed_statements}
    for g in exact:
        assert str(kinds[(g["content"]["start"], g["content"]["end"])]) == g["kind"]


def test_extract_statements_seed_no_boilerplate(seed_statements: list[Any], seed_text: str) -> None:
    end = seed_text.index("Find out more")
    assert all(s.content.end <= end and s.sentence.end <= end for s in seed_statements)
    cue = {s.cue.text for s in seed_statements if s.cue is not None and "ready to keep" in s.content.text}
    assert cue == {"indicated"}


def test_extract_statements_headline_colon(nlp: Any) -> None:
    text = "Loretta Lynch: No outside influence on the FBI inquiry.\n\nThe inquiry began in March."
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "outside influence")
    assert st.content.text == "No outside influence on the FBI inquiry"
    assert st.source is not None and st.source.text == "Loretta Lynch"
    assert st.speaker.name == "Loretta Lynch"
    assert st.cue is not None and st.cue.text == ":"


def test_extract_statements_coordinated_report_is_cut(nlp: Any) -> None:
    text = "Most voters said the economy was weak, and more than half said taxes were too high."
    sts = extract_statements(_parsed(nlp, text), ())
    first = _by_content(sts, "economy")
    assert "taxes" not in first.content.text
    assert any(s.content.text == "taxes were too high" for s in sts)


def test_sourceless_lemmas_mined() -> None:
    assert {"seem", "appear"} <= sourceless_lemmas()
    assert "say" not in sourceless_lemmas()


@pytest.mark.parametrize(
    "text",
    [
        "The senator was asked whether the deal would survive.",
        "The ceasefire appears to be holding along the whole front.",
    ],
)
def test_extract_statements_passive_or_raising_cue_has_no_source(nlp: Any, text: str) -> None:
    sts = extract_statements(_parsed(nlp, text), ())
    assert sts and all(s.source is None for s in sts)


def test_extract_statements_object_content_keeps_its_tail(nlp: Any) -> None:
    text = "The senator blamed the shortage on the new export rules."
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "shortage")
    assert st.content.text == "the shortage on the new export rules"


def test_extract_statements_participle_sources(nlp: Any) -> None:
    text = "An outside group backing the mayor said the vote was rigged, as the governor has often said."
    sts = extract_statements(_parsed(nlp, text), ())
    assert all(s.source is not None for s in sts)


def test_find_quotes_share_counts_alphanumerics() -> None:
    text = 'He said "we win" today.'
    q = find_quotes(text)
    assert q.share(0, len(text)) == 5 / 16
    assert q.share(text.index("we"), text.index("win") + 3) == 1.0
    assert q.share(0, 2) == 0.0
    assert q.share(2, 3) is None


# -- sources of the statements only the tagger finds ------------------------------------------------


def _tagger_source_of(nlp: Any, text: str, cue: str, content: str, tagged: str = "") -> str | None:
    doc = nlp(text)
    s = text.index(cue)
    verb = doc.char_span(s, s + len(cue), alignment_mode="expand")[0]
    c = text.index(content)
    sources = []
    if tagged:
        t = text.index(tagged)
        span = doc.char_span(t, t + len(tagged), alignment_mode="expand")
        sources.append((span.start, span.end))
    toks, _head = _tagger_source(doc, verb, (verb.i, verb.i + 1), [(c, c + len(content))], sources)
    return None if toks is None else text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        # the first conjunct's subject, not the clause's governor ("The scenario is that …")
        (
            "The likely scenario is that investors take this shift in stride and view it as a vote "
            "of confidence in the economy.",
            "view",
            "it as a vote of confidence in the economy",
            "investors",
        ),
        # the subject of "had", not the object controlling the infinitive
        (
            "A memo from the Cato Institute had this to say about the plan: it helps the rich.",
            "say",
            "it helps",
            "A memo from the Cato Institute",
        ),
        # a verb the parse coordinates with what a reliable cue reports is the reporter's
        (
            "The chairman on Monday said the committee was not in trouble, and urged that members stay "
            "calm and patient.",
            "urged",
            "members stay calm and patient",
            "The chairman on Monday",  # the subject phrase as the rules cut it
        ),
        # the name before a colon
        (
            "More from Smith: “The size of each state matters as much as the number.”",
            ":",
            "The size",
            "Smith",
        ),
    ],
)
def test_tagger_source_rules(nlp: Any, text: str, cue: str, content: str, source: str) -> None:
    assert _tagger_source_of(nlp, text, cue, content) == source


def test_tagger_source_never_inside_content(nlp: Any) -> None:
    text = "Clinton seemed ready to riff on the incident, telling the crowd, “Some people get carried away.”"
    content = "Some people get carried away."
    got = _tagger_source_of(nlp, text, "telling", content, tagged="Some people")
    assert got is None or got not in content  # the tagged 'Some people' is the quotation's


def test_tagger_source_falls_back_to_tagged(nlp: Any) -> None:
    text = "Critics of the plan: the scheme will fail, as everyone knows."
    assert _tagger_source_of(nlp, text, "scheme", "the scheme will fail", tagged="Critics") == "Critics"


def _agreement_of_all(frags: list[tuple[int, int]], tagged: list[tuple[int, int]]) -> float:
    """The agreement as first written: every tagged range against the candidate."""
    size = sum(e - s for s, e in frags)
    inter = touched = 0
    for g, f in tagged:
        common = _shared(frags, g, f)
        if common:
            inter += common
            touched += f - g
    return inter / (size + touched - inter) if inter else 0.0


@pytest.mark.parametrize("seed", range(20))
def test_agreement_looks_only_at_nearby_ranges_and_gives_the_same_value(seed: int) -> None:
    import random

    rng = random.Random(seed)
    # tagged ranges in any order, some overlapping, some empty, one long
    tagged = [(a, a + rng.choice([0, 1, 5, 20, 60])) for a in (rng.randrange(0, 400) for _ in range(30))]
    tagged.append((rng.randrange(0, 100), rng.randrange(300, 500)))
    index = _Ranges(tagged)
    for _ in range(50):
        starts = sorted(rng.randrange(0, 480) for _ in range(rng.choice([1, 2, 3])))
        frags = [(s, s + rng.randrange(1, 40)) for s in starts]
        assert _agreement(frags, index) == _agreement_of_all(frags, tagged)
        near = index.near(frags)
        assert all(_shared(frags, g, f) == 0 for g, f in tagged if (g, f) not in near)


def _tagged_by_hand(doc: Any, content: str, cue: str) -> _Tagged:
    text = doc.text
    c = text.index(content)
    span = doc.char_span(c, c + len(content), alignment_mode="expand")
    k = text.index(cue)
    cue_span = doc.char_span(k, k + len(cue), alignment_mode="expand")
    return _Tagged(
        content=[(c, c + len(content))],
        cues=[(cue_span.start, cue_span.end)],
        sources=[],
        groups=[[(span.start, span.end)]],
        prob=[1.0] * len(doc),
    )


@pytest.mark.parametrize("cue", ["has", "has said"])
def test_tagger_candidates_take_the_verb_of_an_auxiliary_cue(nlp: Any, cue: str) -> None:
    doc = nlp("The senator has said that the plan would cut taxes for most families.")
    tagged = _tagged_by_hand(doc, "the plan would cut taxes for most families", cue)
    (cand,) = _tagger_candidates(doc, tagged, [], _sentence_of(doc))
    assert cand.verb.text == "said"
    assert cand.source is not None and [t.text for t in cand.source] == ["The", "senator"]


def test_tagger_candidates_skip_a_cue_in_another_sentence(nlp: Any) -> None:
    doc = nlp("The senator spoke on Monday. The plan would cut taxes for most families, in the long run.")
    tagged = _tagged_by_hand(doc, "The plan would cut taxes for most families", "spoke")
    assert _tagger_candidates(doc, tagged, [], _sentence_of(doc)) == []
    tagged = _tagged_by_hand(doc, "The plan would cut taxes for most families", "run")
    assert len(_tagger_candidates(doc, tagged, [], _sentence_of(doc))) == 1


def test_extract_statements_runs_the_tagger_unless_turned_off(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import watchfloor.extract.attribution as attribution
    from watchfloor.extract import extract
    from watchfloor.settings import Settings

    calls: list[int] = []
    real = attribution.token_scores

    def counting(doc: Any, *args: Any) -> Any:
        calls.append(len(doc))
        return real(doc, *args)

    monkeypatch.setattr(attribution, "token_scores", counting)
    text = "Officials said on Tuesday that troops were returning to their bases after the drills."
    parsed = _parsed(nlp, text)
    plain = attribution.extract_statements(parsed, (), tagger=False)
    assert calls == []
    tagged = attribution.extract_statements(parsed, ())  # on by default (round 12)
    assert calls == [len(parsed.doc)]
    assert [s.content.text for s in plain] == [s.content.text for s in tagged]
    assert "troops were returning" in plain[0].content.text
    extract(parsed, Settings(attribution_tagger=False))
    assert len(calls) == 1
    extract(parsed, Settings())
    assert len(calls) == 2


def test_extract_statements_reranker_follows_the_setting(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import watchfloor.extract.attribution as attribution
    from watchfloor.extract import extract
    from watchfloor.settings import Settings

    calls: list[int] = []
    real = attribution.rerank

    def counting(rows: Any, n_tokens: int) -> Any:
        calls.append(n_tokens)
        return real(rows, n_tokens)

    monkeypatch.setattr(attribution, "rerank", counting)
    parsed = _parsed(
        nlp, "Officials said on Tuesday that troops were returning to their bases after the drills."
    )
    reranked = attribution.extract_statements(parsed, ())
    assert calls == [len(parsed.doc)]
    linear = attribution.extract_statements(parsed, (), reranker=False)
    assert len(calls) == 1
    assert [s.content.text for s in reranked] == [s.content.text for s in linear]
    extract(parsed, Settings(attribution_reranker=False))
    assert len(calls) == 1
    extract(parsed, Settings())
    assert len(calls) == 2


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The ceasefire appears to be holding along the whole front.", "The ceasefire"),
        ("The governor is expected to sign the budget bill on Friday.", "The governor"),
    ],
)
def test_extract_statements_raising_or_passive_subject_is_content(nlp: Any, text: str, first: str) -> None:
    sts = extract_statements(_parsed(nlp, text), ())
    assert sts, "no statement"
    st = sts[0]
    assert st.fragments and st.fragments[0].text == first
    assert st.source is None


def test_extract_statements_quote_split_around_cue_is_one_content(nlp: Any) -> None:
    text = "“The deal is done,” the minister said, “and the troops will leave by March.”\n\nTalks went on."
    sts = extract_statements(_parsed(nlp, text), ())
    st = _by_content(sts, "troops")
    assert [f.text for f in st.fragments] == ["“The deal is done,”", "“and the troops will leave by March.”"]
    assert st.source is not None and st.source.text == "the minister"


def test_extract_statements_following_quote_not_taken_from_an_added_clause(nlp: Any) -> None:
    text = (
        "“We had written two dozen songs before we met him,” the singer said, adding that the band "
        "was “in the home stretch.”"
    )
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "two dozen songs")
    assert st.content.text == "“We had written two dozen songs before we met him,”"
    assert st.fragments == ()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The senator said the troops would stay in the U.S. Others disagreed.",
            "the troops would stay in the U.S.",
        ),
        ("The senator said the troops would stay home. Others disagreed.", "the troops would stay home"),
    ],
)
def test_extract_statements_dotted_abbreviation_keeps_its_period(nlp: Any, text: str, content: str) -> None:
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "troops")
    assert st.content.text == content


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "“The great state of Alabama is proud to cast its votes for Donald Trump!” Senator Jeff "
            "Sessions said as he launched the process.",
            "“The great state of Alabama is proud to cast its votes for Donald Trump!”",
            "Senator Jeff Sessions",
        ),
        (
            "“Sometimes us ex-diplomats need our fix!” Clinton said to People.",
            "“Sometimes us ex-diplomats need our fix!”",
            "Clinton",
        ),
    ],
)
def test_extract_statements_quote_beside_a_cue_with_an_adverbial(
    nlp: Any, text: str, content: str, source: str
) -> None:
    st = _by_content(extract_statements(_parsed(nlp, text), ()), "!”")
    assert st.content.text == content
    assert st.source is not None and st.source.text == source


def test_content_options_clause_of_a_prepositional_object(nlp: Any) -> None:
    doc = nlp('The campaign said in a statement that "Washington dysfunction has stopped Congress."')
    options = {
        rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _hint in content_options(doc[2])
    }
    assert options["prep:in:clause"] == ['"Washington dysfunction has stopped Congress']


# -- noun and adjective cues -----------------------------------------------------------------------


def test_nominal_lemmas_mined() -> None:
    assert {"criticism", "claim", "decision"} <= nominal_lemmas("n:")
    assert {"critical", "worried", "sure"} <= nominal_lemmas("a:")
    assert "table" not in nominal_lemmas("n:") and "say" not in nominal_lemmas("n:")
    assert "question" in sourceless_lemmas("n:") and "claim" not in sourceless_lemmas("n:")


@pytest.mark.parametrize(
    ("text", "cue", "relation", "content"),
    [
        ("Rivals stepped up their criticism of the plan.", "criticism", "n:prep:of", "the plan"),
        (
            "Trump's claim that the election was rigged drew scorn.",
            "claim",
            "n:acl",
            "the election was rigged",
        ),
        ("Several senators were critical of the deal.", "critical", "a:prep:of", "the deal"),
        ("Republicans are worried about the polls.", "worried", "a:prep:about", "the polls"),
    ],
)
def test_nominal_options_noun_and_adjective_cues(
    nlp: Any, text: str, cue: str, relation: str, content: str
) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == cue)
    options = {rel: [doc[a:b].text for a, b in ranges] for rel, ranges, _left, _hint in nominal_options(tok)}
    assert options.get(relation) == [content]


def test_nominal_options_none_for_a_verb_or_unknown_noun(nlp: Any) -> None:
    doc = nlp("The table of contents said that the plan would fail.")
    assert nominal_options(doc[1]) == []  # "table": no cue
    assert nominal_options(doc[4]) == []  # "said": a verb, content_options' business


def _candidates_of(nlp: Any, text: str) -> dict[str, list[str]]:
    parsed = _parsed(nlp, text)
    out: dict[str, list[str]] = {}
    for _cue, feats, frags in candidate_features(parsed):
        rel = next(f for f in feats if f.startswith("r="))[2:]
        out.setdefault(rel, []).append(" ".join(parsed.article.text[s:e] for s, e in frags))
    return out


def test_candidate_features_noun_cue_with_its_owner(nlp: Any) -> None:
    cands = _candidates_of(nlp, "Trump's claim that the election was rigged drew scorn.")
    assert cands.get("n:acl") == ["the election was rigged"]


def test_candidate_features_noun_cue_without_owner_proposes_nothing(nlp: Any) -> None:
    # "criticism" is no mostly-sourceless noun: without a possessor or "by"/"from" phrase, whose
    # criticism it is stays unknown, so it is no candidate
    assert not any(r.startswith("n:") for r in _candidates_of(nlp, "The criticism of the plan grew."))
    # a mostly-sourceless noun is a candidate without a source
    sts = extract_statements(_parsed(nlp, "Democrats raised questions about the donations."), ())
    assert all(s.source is None for s in sts if s.cue.text == "questions")


def test_content_options_complement_after_the_cue_when_one_precedes_it(nlp: Any) -> None:
    doc = nlp(
        "At his rallies, Trump primes supporters not to trust the media and cites the crowds as an "
        "example: He says news outlets undercount his supporters."
    )
    says = next(t for t in doc if t.text == "says")
    after = [doc[a:b].text for rel, ranges, left, _h in content_options(says) for a, b in ranges if not left]
    if not any(c.dep_ == "ccomp" and c.i < says.i for c in says.children):
        pytest.skip("the parse gives no complement before the cue; the rule is not exercised")
    assert "news outlets undercount his supporters" in after
