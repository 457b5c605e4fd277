from __future__ import annotations

import pytest

from watchfloor.errors import ExtractError
from watchfloor.extract import BUILTIN, check_spans, extractors
from watchfloor.model import Article, Extraction, Timex, TimexType


def _article(text: str) -> Article:
    return Article(id="a", text=text, body=((0, len(text)),), origin="x.txt")


def test_check_spans_accepts_exact_spans() -> None:
    text = "On Tuesday they met."
    ok = Timex(start=3, end=10, text="Tuesday", type=TimexType.DATE, value="2022-02-15")
    check_spans(Extraction(article=_article(text), timexes=(ok,)))


def test_check_spans_rejects_shifted_span() -> None:
    text = "On Tuesday they met."
    bad = Timex(start=2, end=9, text="Tuesday", type=TimexType.DATE, value="2022-02-15")
    with pytest.raises(ExtractError) as err:
        check_spans(Extraction(article=_article(text), timexes=(bad,)))
    assert err.value.code == "WF-E302" and "x.txt" in str(err.value)


def test_extractors_registry_holds_builtin_chain() -> None:
    assert [e.name for e in BUILTIN] == ["timex.v1", "attribution.v1", "events.v1"]
    assert extractors.names() == sorted(e.name for e in BUILTIN)
