from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.ingest import find_dateline, parse_date

D = dt.date(2022, 2, 15)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-02-15", D),
        ("2022-02-15T10:00:00Z", D),
        ("2022-02-15T23:30:00+01:00", D),
        ("Tue, 15 Feb 2022 10:00:00 GMT", D),
        ("15 February 2022", D),
        ("15 feb 2022", D),
        ("Feb. 15, 2022", D),
        ("February 15th, 2022", D),
        ("15.02.2022", D),  # day first, as Russian, Ukrainian and most European sites write it
        ("31.02.2022", None),
        ("02.15.2022", None),
        ("15/02/22x", None),
        ("2022-13-01", None),
        ("Feb 30, 2022", None),
        ("Feb 15", None),
        ("", None),
        ("x" * 200, None),
    ],
)
def test_parse_date_forms(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "body", "date"),
    [
        ("(15 Feb 2022) NATO said", "(15 Feb 2022)", "NATO said", D),
        ("  15 February 2022 — NATO said", "15 February 2022", "NATO said", D),
        ("Feb. 15, 2022: NATO said", "Feb. 15, 2022", "NATO said", D),
        ("2022-02-15\nNATO said", "2022-02-15", "NATO said", D),
        ("(15.02.2022) NATO said", "(15.02.2022)", "NATO said", D),
        ("MOSCOW, 15.02.2022 - Russia said", "MOSCOW, 15.02.2022 -", "Russia said", D),
        ("MOSCOW, Feb 15 (Reuters) - Russia said", "MOSCOW, Feb 15 (Reuters) -", "Russia said", None),
        ("BERLIN, March 3, 2023 (dpa) - The", "BERLIN, March 3, 2023 (dpa) -", "The", dt.date(2023, 3, 3)),
        ("KYIV, Ukraine (AP) — Russia said", "KYIV, Ukraine (AP) —", "Russia said", None),
        ("KYIV (15 Feb 2022) - Russia said", "KYIV (15 Feb 2022) -", "Russia said", D),
        ("KYIV (15.02.2022) — Russia said", "KYIV (15.02.2022) —", "Russia said", D),
    ],
)
def test_find_dateline_forms(text: str, dateline: str, body: str, date: dt.date | None) -> None:
    found = find_dateline(text)
    assert found is not None
    assert text[found.start : found.end] == dateline
    assert text[found.body_start :] == body
    assert found.date == date


@pytest.mark.parametrize(
    "text",
    [
        "NATO said on Feb 15, 2022 it saw no pullback.",
        "WASHINGTON — Biden said",
        "15 February 2022 was cold",
        "1.5.2022 was cold",
        "",
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_from_offset() -> None:
    text = "Header line\n(15 Feb 2022) NATO said"
    found = find_dateline(text, text.index("("))
    assert found is not None and found.date == D and text[found.body_start :] == "NATO said"


def test_find_dateline_date_text_without_year() -> None:
    found = find_dateline("MOSCOW, Feb 15 (Reuters) - Russia said")
    assert found is not None and found.date is None and found.date_text == "Feb 15"
