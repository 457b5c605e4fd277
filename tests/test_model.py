from __future__ import annotations

from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from watchfloor.model import Article


def _blanked_per_character(text: str, body: tuple[tuple[int, int], ...]) -> str:
    """The definition ``body_text`` implements: every character blanked, then the body copied back."""
    chars = [c if c == "\n" else " " for c in text]
    for start, end in body:
        chars[start:end] = text[start:end]
    return "".join(chars)


def test_body_text_blanks_outside_body_keeping_newlines() -> None:
    text = "Head line\r\nBERLIN - Body one.\n\nfooter\u2028x"
    article = Article(id="a", text=text, body=((20, 29),))
    masked = article.body_text()
    assert len(masked) == len(text)
    assert masked[20:29] == "Body one."
    assert masked == " " * 9 + " \n" + " " * 9 + "Body one.\n\n" + " " * 8


def test_body_text_overlapping_unsorted_and_out_of_range_ranges() -> None:
    text = "abcdefghij\nklmnop"
    body = ((12, 40), (2, 5), (3, 7), (9, 8), (-3, -1))
    assert Article(id="a", text=text, body=body).body_text() == _blanked_per_character(text, body)


@hsettings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab \n\r\t\u2028", max_size=40),
    st.lists(st.tuples(st.integers(-5, 45), st.integers(-5, 45)), max_size=4),
)
def test_body_text_same_as_per_character_blanking(text: str, body: list[tuple[int, int]]) -> None:
    ranges = tuple(body)
    assert Article(id="a", text=text, body=ranges).body_text() == _blanked_per_character(text, ranges)
