from __future__ import annotations

import re

import pytest

from watchfloor.ingest._boilerplate import (
    _anchored_rest,
    classify_line,
    dominant_script,
    find_repeated_lines,
    line_key,
    script_of,
)
from watchfloor.knowledge import read_tsv


def test_boilerplate_table_examples_match_their_patterns() -> None:
    rows = read_tsv("ingest_boilerplate.tsv", ("rule", "where", "pattern", "example"))
    assert rows
    for row in rows:
        assert row["where"] in {"any", "edge"}
        assert re.search(row["pattern"], row["example"], re.I), row


@pytest.mark.parametrize(
    ("line", "verdict"),
    [
        ("Watch the briefing: [ video ]", ("placeholder", "any")),
        ("[lien]", ("placeholder", "any")),
        ("https://example.org/news/1", ("url", "any")),
        ("Source: https://example.org/feed", ("url", "any")),
        ("Telegram: @desk", ("social", "any")),
        ("Facebook: our page moved to a new address", ("social", "edge")),
        ("You may license this footage from the archive", ("licence", "any")),
        ("© 2024 Example Media", ("licence", "edge")),
        ("Read also: talks resume in Geneva", ("related", "any")),
        ("Lesen Sie auch: Gespräche in Genf", ("related", "any")),
        ("Sign up for the morning briefing", ("call", "edge")),
        ("Photo: Jane Doe/Example Agency", ("credit", "edge")),
        ("Skip to main content", ("call", "edge")),
        ("Advertisement", ("call", "edge")),
        ("The minister said the talks would resume on Friday.", None),
        ("Twitter said it had suspended the accounts on Friday.", None),
        ("", None),
    ],
)
def test_classify_line_rules(line: str, verdict: tuple[str, str] | None) -> None:
    assert classify_line(line) == verdict


def test_classify_line_other_script_only_with_dominant() -> None:
    assert classify_line("Больше новостей", dominant="LATIN") == ("script", "edge")
    assert classify_line("Больше новостей", dominant="CYRILLIC") is None
    assert classify_line("Больше новостей") is None


def test_classify_line_long_line_not_judged_by_patterns() -> None:
    line = "Read more: " + "word " * 40
    assert classify_line(line) is None


def test_classify_line_repeated_wins() -> None:
    assert classify_line("  Example  Wire desk ", repeated=frozenset({"Example Wire desk"})) == (
        "repeated",
        "any",
    )


def test_script_of_and_dominant_script() -> None:
    assert script_of("a") == "LATIN" and script_of("é") == "LATIN"
    assert script_of("ж") == "CYRILLIC" and script_of("中") == "CJK"
    assert script_of("1") is None and script_of(" ") is None
    assert dominant_script("The talks resumed in Geneva on Friday morning.") == "LATIN"
    assert dominant_script("Переговоры возобновились в Женеве в пятницу утром.") == "CYRILLIC"
    assert dominant_script("short") is None
    assert dominant_script("Half English half текст русский язык здесь") is None


def test_line_key_collapses_whitespace() -> None:
    assert line_key("  a \t b  ") == "a b"


def test_find_repeated_lines_needs_two_documents_at_least() -> None:
    assert find_repeated_lines(["same\nsame"], 1) == frozenset()
    assert find_repeated_lines(["same", "same"], 1) == frozenset({"same"})


def _first_rule(line: str) -> tuple[str, str] | None:
    """classify_line's rule order, one search per row: the first ``any`` row, else the first row."""
    found: tuple[str, str] | None = None
    for row in read_tsv("ingest_boilerplate.tsv", ("rule", "where", "pattern")):
        if re.search(row["pattern"], line.strip(), re.I):
            if row["where"] == "any":
                return (row["rule"], "any")
            found = found or (row["rule"], row["where"])
    return found


def test_classify_line_screen_misses_no_rule() -> None:
    rows = read_tsv("ingest_boilerplate.tsv", ("rule", "where", "pattern", "example"))
    lines = [row["example"] for row in rows]
    lines += [f"Update {row['example']}" for row in rows]  # mid-line: only unanchored rules still hold
    lines += [f"{row['example']} today" for row in rows]
    for line in lines:
        assert classify_line(line) == _first_rule(line), line


def test_classify_line_thirty_words_judged_thirty_one_not() -> None:
    assert classify_line("Read more: " + "word " * 28) == ("related", "any")
    assert classify_line("Read more: " + "word " * 29) is None


@pytest.mark.parametrize(
    ("pattern", "rest"),
    [
        ("^ab", "ab"),
        ("^(?:a|b)c", "(?:a|b)c"),
        ("^[|]x", "[|]x"),
        ("^[]|]x", "[]|]x"),
        ("^[^]|]x", "[^]|]x"),
        (r"^a\|b", r"a\|b"),
        ("^a|b", None),
        ("^(a)|b", None),
        ("a^", None),
        (r"\ball\b", None),
    ],
)
def test_anchored_rest_only_for_patterns_matching_at_the_start(pattern: str, rest: str | None) -> None:
    assert _anchored_rest(pattern) == rest


def test_dominant_script_counts_non_ascii_letters() -> None:
    assert dominant_script("“The talks,” she said, “resumed in Genève.”") == "LATIN"
    assert dominant_script("Он сказал: “Переговоры возобновились в пятницу”") == "CYRILLIC"
    assert dominant_script("«Ça va», dit-il — 12345 !!! ... ---") is None  # too few letters
