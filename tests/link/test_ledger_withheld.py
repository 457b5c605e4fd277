"""A negated or refused saying asserts nothing: the ledger makes no claim of it (issue #5). Sentences
written by the team for these tests, none taken from a corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.link import AppearanceRole, build_ledger, replay
from watchfloor.link._ledger import withheld
from watchfloor.model import Article, Extraction, Span, Speaker, Statement, StatementKind
from watchfloor.settings import Settings


def _statement(text: str, sentence: str, cue: str, content: str, speaker: str, code: str | None) -> Statement:
    s0 = text.index(sentence)
    k, c = text.index(cue, s0), text.index(content, s0)
    return Statement(
        id=f"s{s0}",
        source=None,
        cue=Span.of(text, k, k + len(cue)),
        content=Span.of(text, c, c + len(content)),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name=speaker, code=code, country=code[:3] if code else None),
        sentence=Span.of(text, s0, s0 + len(sentence)),
    )


def _extraction(text: str, *statements: Statement, day: int = 4) -> Extraction:
    article = Article(id=f"a{day}", text=text, body=((0, len(text)),), published=dt.date(2026, 3, day))
    return Extraction(article=article, statements=statements)


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        ("He did not say how many troops were involved.", "say", True),
        ("He didn't immediately say when the units would return.", "say", True),
        ("The ministry declined to comment on the reports.", "declined", True),
        ("A spokesman refused to confirm the withdrawal.", "confirm", True),
        ("Officials would not say where the brigades went.", "say", True),
        ("He said how many troops were involved.", "said", False),
        ("The ministry said it did not see any withdrawal.", "said", False),
    ],
)
def test_withheld(sentence: str, cue: str, expected: bool) -> None:
    content = sentence[sentence.index(cue) + len(cue) :].strip(" .")
    st = _statement(sentence, sentence, cue, content, "Pavel Orlov", None)
    assert withheld(st) is expected


def test_ledger_makes_no_claim_of_a_withheld_saying() -> None:
    text = "Spokesman Pavel Orlov said units had left the area. He did not say how many troops were involved."
    said = _statement(text, text[:51], "said", "units had left the area", "Pavel Orlov", "RUSMIL")
    unsaid = _statement(text, text[52:], "say", "how many troops were involved", "Pavel Orlov", "RUSMIL")
    built = build_ledger([_extraction(text, said, unsaid)], Settings())
    assert [c.text for c in built.claims] == ["units had left the area"]
    assert [a.statement_id for a in built.claims[0].appearances] == [said.id]


def test_ledger_refusal_to_confirm_does_not_corroborate() -> None:
    first = "The Russian defence ministry said two brigades had withdrawn from Kupiansk."
    later = "Ukraine's General Staff refused to confirm that two brigades had withdrawn from Kupiansk."
    claim = _statement(
        first, first, "said", "two brigades had withdrawn from Kupiansk", "Defence Ministry", "RUSGOV"
    )
    refusal = _statement(
        later, later, "confirm", "that two brigades had withdrawn from Kupiansk", "General Staff", "UKRMIL"
    )
    built = build_ledger([_extraction(first, claim, day=4), _extraction(later, refusal, day=5)], Settings())
    assert len(built.claims) == 1
    roles = [a.role for a in built.claims[0].appearances]
    assert AppearanceRole.CORROBORATES not in roles and roles.count(AppearanceRole.ASSERTS) == 1


def test_ledger_could_not_confirm_disputes() -> None:
    # the cue alone is "confirm" (a corroborating word); read with "could not" before it, it disputes
    first = "The Russian defence ministry said two brigades had withdrawn from Kupiansk."
    later = "Ukraine's General Staff could not confirm that two brigades had withdrawn from Kupiansk."
    claim = _statement(
        first, first, "said", "two brigades had withdrawn from Kupiansk", "Defence Ministry", "RUSGOV"
    )
    doubt = _statement(
        later, later, "confirm", "that two brigades had withdrawn from Kupiansk", "General Staff", "UKRMIL"
    )
    built = build_ledger([_extraction(first, claim, day=4), _extraction(later, doubt, day=5)], Settings())
    assert len(built.claims) == 1
    assert AppearanceRole.DISPUTES in [a.role for a in built.claims[0].appearances]
    assert replay(built.claims[0].appearances)[0] == "disputed"
