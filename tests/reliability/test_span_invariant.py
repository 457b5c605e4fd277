"""For every extracted span, text[start:end] == span.text — over generated and real documents."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchfloor.model import Extraction
from watchfloor.pipeline import analyze

SPEAKERS = [
    "NATO Secretary-General Anneke Vos",
    "Russia",
    "He",
    "The Kremlin",
    "officials",
    "Mr. Dronov",
    "She",
]
CUES = ["said", "told reporters", "warned", "denied", "insisted", "added", "claimed"]
CLAUSES = [
    "troops were returning to their bases",
    "no signs of de-escalation had been seen",
    "Moscow was ready for talks on Tuesday",
    "the drills would end in December",
    "sanctions would follow within three weeks",
]
QUOTE_OPEN = ["“", '"', "'", ""]
DATELINES = ["", "(15 Feb 2022) ", "(3 March 2024) ", "MOSCOW, Feb 15 (Reuters) - "]
NOISE = ["", "\n", "  ", "\u00a0", "\t", " — ", "Ещё видео!", "[ Ссылка ]", "\u200b", "é"]


@st.composite
def documents(draw: st.DrawFn) -> str:
    parts = [draw(st.sampled_from(DATELINES))]
    for _ in range(draw(st.integers(1, 5))):
        q = draw(st.sampled_from(QUOTE_OPEN))
        close = {"“": "”"}.get(q, q)
        speaker, cue, clause = (draw(st.sampled_from(x)) for x in (SPEAKERS, CUES, CLAUSES))
        form = draw(st.integers(0, 2))
        if form == 0:
            sentence = f"{speaker} {cue} that {clause}."
        elif form == 1:
            sentence = f"{q}{clause.capitalize()},{close} {speaker} {cue}."
        else:
            sentence = f"According to {speaker}, {clause}."
        parts.append(sentence + draw(st.sampled_from(NOISE)) + " ")
    parts.append(draw(st.sampled_from(NOISE)))
    return "".join(parts)


def _check(text: str, ex: Extraction) -> None:
    assert ex.article.text == text
    for s in ex.statements:
        for span in (s.source, s.cue, s.content, s.sentence, *s.fragments):
            if span is not None:
                assert text[span.start : span.end] == span.text
    for e in ex.events:
        for span in (e.trigger, e.sentence):
            assert text[span.start : span.end] == span.text
    for t in ex.timexes:
        assert text[t.start : t.end] == t.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_span_invariant_generated_documents(text: str) -> None:
    _check(text, analyze(text))


def test_span_invariant_sample_corpus() -> None:
    from watchfloor.cli import sample_corpus

    files = sorted(Path(sample_corpus()).glob("*.txt"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        _check(text, analyze(text, origin=str(path)))
