from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from watchfloor.errors import IngestError
from watchfloor.ingest import article_id, clean, find_repeated_lines, ingest
from watchfloor.model import Article, RawDocument, Reject
from watchfloor.settings import Settings


def _raw(text: str, **meta: str) -> RawDocument:
    return RawDocument(origin="t.txt", record=None, text=text, format="text", meta=dict(meta))


def _body(article: Article) -> str:
    return "\n".join(article.text[s:e] for s, e in article.body)


def _covered(article: Article, needle: str) -> bool:
    start = article.text.index(needle)
    end = start + len(needle)
    return any(s < end and start < e for s, e in article.body)


# -- the seed story ---------------------------------------------------------------------------


def test_clean_seed_dateline_and_published(seed_text: str, settings: Settings) -> None:
    article = clean(_raw(seed_text), settings)
    assert article.published == dt.date(2022, 2, 15)
    assert article.dateline is not None
    assert article.dateline.text == "(15 Feb 2022)"
    assert seed_text[article.dateline.start : article.dateline.end] == article.dateline.text
    assert not any(s < article.dateline.end and article.dateline.start < e for s, e in article.body)


def test_clean_seed_body_ends_after_last_sentence(seed_text: str, settings: Settings) -> None:
    article = clean(_raw(seed_text), settings)
    assert article.text is seed_text
    assert _body(article).startswith("NATO Secretary-General Jens Stoltenberg said")
    assert _body(article).endswith("after weeks of tensions.")
    last_end = max(e for _, e in article.body)
    assert seed_text[:last_end].endswith("a gesture that changed the tenor after weeks of tensions.")


@pytest.mark.parametrize(
    "needle", ["Find out more", "Ссылка", "Ещё видео!", "Twitter:", "license this story"]
)
def test_clean_seed_boilerplate_outside_body(seed_text: str, settings: Settings, needle: str) -> None:
    article = clean(_raw(seed_text), settings)
    assert not _covered(article, needle)


def test_clean_seed_body_text_keeps_offsets(seed_text: str, settings: Settings) -> None:
    article = clean(_raw(seed_text), settings)
    masked = article.body_text()
    assert len(masked) == len(seed_text)
    assert "Find out more" not in masked and "(15 Feb 2022)" not in masked
    start = seed_text.index("Stoltenberg added")
    assert masked[start : start + 17] == "Stoltenberg added"


# -- team-written boilerplate, other strings than the seed's -----------------------------------

TEAM_STORY = (
    "Subscribe to our newsletter for daily updates\n"
    "BERLIN, March 3, 2023 (dpa) - The German government said on Friday it would send more "
    "air-defence systems to the region.\n"
    "Chancellor Olaf Scholz told reporters the decision had been agreed with allies.\n"
    "Read also: Ministers meet again next week\n"
    "The opposition called the move overdue.\n"
    "\n"
    "Follow us on Mastodon: https://example.social/@desk\n"
    "Telegram: [link]\n"
    "© 2023 Example Media. All rights reserved.\n"
    "Все новости дня\n"
)


def test_clean_team_story_general_rules() -> None:
    article = clean(_raw(TEAM_STORY))
    body = _body(article)
    assert body.startswith("The German government said on Friday")
    assert body.endswith("The opposition called the move overdue.")
    for needle in ("Subscribe to our", "Read also", "Mastodon", "Telegram", "All rights", "Все новости"):
        assert not _covered(article, needle), needle
    assert article.published == dt.date(2023, 3, 3)
    assert article.dateline is not None and article.dateline.text == "BERLIN, March 3, 2023 (dpa) -"


def test_clean_cyrillic_story_drops_latin_tail() -> None:
    text = (
        "Министерство обороны России заявило во вторник, что часть подразделений возвращается "
        "в места постоянной дислокации после учений.\n"
        "Представитель ведомства не уточнил, о каких подразделениях идёт речь.\n"
        "More videos from our channel\n"
    )
    article = clean(_raw(text))
    assert _body(article).endswith("идёт речь.")
    assert not _covered(article, "More videos")


def test_clean_edge_rule_does_not_cut_mid_article() -> None:
    text = (
        "Officials said the talks would continue.\n"
        "Click here, one diplomat joked, was all the statement said.\n"
        "The next round is due in Geneva.\n"
    )
    article = clean(_raw(text))
    assert _covered(article, "Click here")
    assert _body(article).endswith("due in Geneva.")


def test_clean_long_line_with_licence_words_is_text() -> None:
    text = " ".join(["The agency said the footage was authentic and widely shared online."] * 5)
    text += " All rights reserved."
    article = clean(_raw(text))
    assert article.body == ((0, len(text)),)


@pytest.mark.parametrize(
    ("text", "published", "dateline"),
    [
        ("(15 Feb 2022) NATO said it saw no pullback.", dt.date(2022, 2, 15), "(15 Feb 2022)"),
        ("15 February 2022 — NATO said it saw no pullback.", dt.date(2022, 2, 15), "15 February 2022"),
        ("Feb. 15, 2022: NATO said it saw no pullback.", dt.date(2022, 2, 15), "Feb. 15, 2022"),
        ("2022-02-15\nNATO said it saw no pullback.", dt.date(2022, 2, 15), "2022-02-15"),
        ("MOSCOW, Feb 15 (Reuters) - Russia said units were returning.", None, "MOSCOW, Feb 15 (Reuters) -"),
        ("KYIV, Ukraine (AP) — Russia said units were returning.", None, "KYIV, Ukraine (AP) —"),
        ("NATO said on Feb 15, 2022 it saw no pullback.", None, None),
    ],
)
def test_clean_dateline_forms(text: str, published: dt.date | None, dateline: str | None) -> None:
    article = clean(_raw(text))
    assert article.published == published
    assert (article.dateline.text if article.dateline else None) == dateline
    if dateline is not None:
        assert article.body[0][0] >= text.index(dateline) + len(dateline)


def test_clean_dateline_under_short_headline() -> None:
    text = "Russia says some troops pulling back\n(15 Feb 2022) NATO said it saw no pullback.\n"
    article = clean(_raw(text))
    assert article.published == dt.date(2022, 2, 15)
    assert _body(article) == "Russia says some troops pulling back\nNATO said it saw no pullback."
    assert not _covered(article, "(15 Feb 2022)")


def test_clean_no_dateline_under_long_first_paragraph() -> None:
    first = "NATO said it saw no pullback of forces near the border, " * 3
    article = clean(_raw(f"{first}\n(15 Feb 2022) A second paragraph."))
    assert article.published is None and article.dateline is None


def test_clean_meta_published_wins_over_dateline() -> None:
    article = clean(_raw("(15 Feb 2022) NATO said it saw no pullback.", published="2022-02-16"))
    assert article.published == dt.date(2022, 2, 16)
    assert article.dateline is not None


def test_clean_bad_meta_published_raises_e110() -> None:
    with pytest.raises(IngestError) as err:
        clean(_raw("NATO said it saw no pullback.", published="yesterday-ish"))
    assert err.value.code == "WF-E110"


def test_clean_year_less_dateline_warns_w101(caplog: pytest.LogCaptureFixture) -> None:
    article = clean(_raw("MOSCOW, Feb 15 (Reuters) - Russia said units were returning."))
    assert article.published is None
    assert "WF-W101" in caplog.text


@pytest.mark.parametrize("text", ["", "   \n\n", "Twitter: [link]\nFacebook: [link]\n", "(15 Feb 2022)"])
def test_clean_no_body_raises_e111(text: str) -> None:
    with pytest.raises(IngestError) as err:
        clean(_raw(text))
    assert err.value.code == "WF-E111"


def test_clean_metadata_carried() -> None:
    raw = RawDocument(
        origin="f.jsonl",
        record="line 2",
        text="NATO said it saw no pullback.",
        format="jsonl",
        meta={"id": "ext-7", "title": "No pullback", "url": "https://example.org/a"},
    )
    article = clean(raw)
    assert (article.external_id, article.title, article.url) == (
        "ext-7",
        "No pullback",
        "https://example.org/a",
    )
    assert (article.origin, article.record, article.format) == ("f.jsonl", "line 2", "jsonl")


# -- ids ----------------------------------------------------------------------------------------


def test_article_id_ignores_whitespace_and_boilerplate() -> None:
    a = clean(_raw("NATO said  it saw\nno pullback.\nTwitter: [link]"))
    b = clean(_raw("  NATO said it saw no pullback.  "))
    assert a.id == b.id == article_id("NATO said it saw no pullback.", [(0, 29)])
    assert len(a.id) == 16 and int(a.id, 16) >= 0


def test_ingest_same_story_txt_and_jsonl_same_id(tmp_path: Path, seed_text: str, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "s1", "text": seed_text}) + "\n", encoding="utf-8")
    from watchfloor.ingest import read_sources

    raws = [r for r in read_sources([str(tmp_path)], settings) if isinstance(r, RawDocument)]
    ids = {clean(r, settings).id for r in raws}
    assert len(raws) == 2 and len(ids) == 1
    out = list(ingest([str(tmp_path)], settings))
    assert len(out) == 1 and isinstance(out[0], Article)


def test_ingest_duplicate_dropped_with_w102(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    story = "NATO said it saw no pullback of Russian forces near the border on Tuesday.\n"
    (tmp_path / "a.txt").write_text(story, encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n" + story + "Twitter: [link]\n", encoding="utf-8")
    dropped: list[Article] = []
    out = list(ingest([str(tmp_path)], on_duplicate=dropped.append))
    assert len(out) == 1 and isinstance(out[0], Article)
    assert "WF-W102" in caplog.text
    assert [d.origin for d in dropped] == [str(tmp_path / "b.txt")] and dropped[0].id == out[0].id


# -- batch: lines repeated across documents ------------------------------------------------------


def test_find_repeated_lines_counts_documents() -> None:
    texts = ["a\nShared footer\n", "b\nShared  footer\nShared footer\n", "c\nShared footer", "d\nunique"]
    assert find_repeated_lines(texts, 3) == frozenset({"Shared footer"})
    assert find_repeated_lines(texts, 4) == frozenset()


def test_ingest_repeated_line_is_boilerplate(tmp_path: Path, settings: Settings) -> None:
    stories = [
        "The ministry said the convoy reached the city on Monday.",
        "Police said two people were detained after the protest.",
        "The central bank left its key rate unchanged on Thursday.",
    ]
    for n, story in enumerate(stories):
        text = f"{story}\nThis service is brought to you by the Example Wire desk\nMore text {n} here."
        (tmp_path / f"{n}.txt").write_text(text, encoding="utf-8")
    articles = [a for a in ingest([str(tmp_path)], settings) if isinstance(a, Article)]
    assert len(articles) == 3
    for article in articles:
        assert not _covered(article, "brought to you by")
        assert _body(article).endswith("here.")


def test_ingest_rejects_come_through(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "only-links.txt").write_text("Twitter: [link]\n", encoding="utf-8")
    out = list(ingest([str(tmp_path)]))
    assert sorted(r.code for r in out if isinstance(r, Reject)) == ["WF-E101", "WF-E111"]


# -- properties ------------------------------------------------------------------------------------


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_clean_body_ranges_inside_text(text: str) -> None:
    try:
        article = clean(_raw(text))
    except IngestError as exc:
        assert exc.code in {"WF-E111"}
        return
    assert article.text is text
    previous = 0
    for start, end in article.body:
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
    if article.dateline is not None:
        assert text[article.dateline.start : article.dateline.end] == article.dateline.text


@hsettings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "NATO said it saw no pullback.",
                "Twitter: [link]",
                "Read more: another story",
                "(15 Feb 2022)",
                "",
                "   ",
                "Ещё видео!",
                "https://example.org/x",
                "MOSCOW, Feb 15 (Reuters) - Russia said so.",
            ]
        ),
        max_size=12,
    )
)
def test_clean_line_soup_ranges_valid(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        article = clean(_raw(text))
    except IngestError as exc:
        assert exc.code == "WF-E111"
        return
    assert all(0 <= s < e <= len(text) for s, e in article.body)
    assert "Twitter: [link]" not in _body(article)


def test_ingest_streams_in_windows_and_counts_repeats_across_them(tmp_path: Path) -> None:
    from watchfloor.ingest import ingest
    from watchfloor.model import Article
    from watchfloor.settings import Settings

    shared = "Follow the Daily Beacon for more stories like this"
    for i in range(4):
        (tmp_path / f"{i}.txt").write_text(
            f"(1 Mar 2024) Story {i} says officials met in city number {i} on Monday.\n{shared}\n",
            encoding="utf-8",
        )

    def kept(window: int) -> list[bool]:
        arts = [a for a in ingest([str(tmp_path)], Settings(ingest_window=window)) if isinstance(a, Article)]
        return [any(shared in a.text[s:e] for s, e in a.body) for a in arts]

    assert kept(100) == [False, False, False, False]  # one window: judged on the whole run
    # windows of two: the line reaches three documents in the second window
    assert kept(2) == [True, True, False, False]


def test_ingest_an_unexpected_error_cleaning_one_record_is_its_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One record the cleaner chokes on (a bug, not bad input) is an E090 reject; the run goes on."""
    from watchfloor.ingest import _batch

    (tmp_path / "a.txt").write_text("Officials said the first talks went on.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said the second talks broke down.", encoding="utf-8")
    real = _batch.clean

    def flaky(raw, *args, **kwargs):  # type: ignore[no-untyped-def]
        if raw.origin.endswith("a.txt"):
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
        return real(raw, *args, **kwargs)

    monkeypatch.setattr(_batch, "clean", flaky)
    items = list(_batch.ingest([str(tmp_path)]))
    assert [type(x).__name__ for x in items] == ["Reject", "Article"]
    assert items[0].code == "WF-E090" and "a.txt" in items[0].message  # type: ignore[union-attr]
