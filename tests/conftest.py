"""The only fixture file: settings, the spaCy pipeline (loaded once), the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from watchfloor.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path | None:
    env = os.environ.get("WATCHFLOOR_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared"]:
        if (cand / "data").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings: Settings) -> Any:
    from watchfloor.nlp import load_pipeline

    return load_pipeline(settings)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository; tests that need it skip cleanly without it."""
    path = _shared()
    if path is None:
        pytest.skip("../shared is not present (a user's fresh clone)")
    return path


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    files = sorted((shared_dir / "seed").glob("*.txt"))
    if not files:
        pytest.skip("seed story not present")
    return files[0]


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


# -- web: a small store built by hand (no spaCy), shared by tests/web and tests/browser ----------


def build_web_store(path: Path) -> dict[str, Any]:
    """Write a store of three hand-built articles (one full of XSS payloads), a claim and an
    alert to ``path``; return the ids the tests need."""
    import datetime as dt
    import json

    from watchfloor.model import (
        Actor,
        Article,
        Event,
        EvidentialStatus,
        Extraction,
        QuadClass,
        Span,
        Speaker,
        Statement,
        StatementKind,
        Timex,
        TimexType,
        stable_id,
    )
    from watchfloor.store import Store

    def span(text: str, part: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = text.index(part, start + 1)
        return Span.of(text, start, start + len(part))

    def article(text: str, day: str, title: str) -> Article:
        return Article(
            id=stable_id("web-test", text),
            text=text,
            body=((0, len(text)),),
            published=dt.date.fromisoformat(day),
            title=title,
            url="https://example.org/" + day,
        )

    t1 = (
        "MOSCOW, March 7 - Russia's defence ministry said on Thursday that its units had returned to"
        ' their bases. "The exercises are over," spokesman Igor Petrov told reporters.\n\n'
        "NATO Secretary General Anna Berg said the alliance had seen no signs of a pullback."
    )
    a1 = article(t1, "2024-03-07", "Moscow says units return")
    petrov = Speaker(name="Igor Petrov", role="spokesman", country="RUS", code="RUSGOV")
    berg = Speaker(name="Anna Berg", role="Secretary General", organization="NATO", code="NATO")
    s1 = Statement(
        id=stable_id(a1.id, "st", 1),
        source=span(t1, "Igor Petrov"),
        cue=span(t1, "told"),
        content=span(t1, "The exercises are over"),
        kind=StatementKind.DIRECT,
        speaker=petrov,
        sentence=span(t1, '"The exercises are over," spokesman Igor Petrov told reporters.'),
        date="2024-03-07",
    )
    s2 = Statement(
        id=stable_id(a1.id, "st", 2),
        source=span(t1, "NATO Secretary General Anna Berg"),
        cue=span(t1, "said", 1),
        content=span(t1, "the alliance had seen no signs of a pullback"),
        kind=StatementKind.INDIRECT,
        speaker=berg,
        sentence=span(
            t1, "NATO Secretary General Anna Berg said the alliance had seen no signs of a pullback"
        ),
        date="2024-03-07",
    )
    e1 = Event(
        id=stable_id(a1.id, "ev", 1),
        actor1=Actor(name="Russia's defence ministry", code="RUSMIL"),
        actor2=Actor(name="NATO", code="NATO"),
        cameo="0871",
        goldstein=9.0,
        quad_class=QuadClass.MATERIAL_COOPERATION,
        status=EvidentialStatus.CLAIMED,
        claimed_by=Actor(name="Igor Petrov", code="RUSGOV"),
        date="2024-03-07",
        trigger=span(t1, "returned"),
        sentence=span(t1, "MOSCOW, March 7 - Russia's defence ministry said on Thursday that its units had"),
    )
    e2 = Event(
        id=stable_id(a1.id, "ev", 2),
        actor1=Actor(name="Russia", code="RUS"),
        actor2=Actor(name="NATO", code="NATO"),
        cameo="0871",
        goldstein=9.0,
        quad_class=QuadClass.MATERIAL_COOPERATION,
        status=EvidentialStatus.NEGATED,
        claimed_by=Actor(name="Anna Berg", code="NATO"),
        date="2024-03-07",
        trigger=span(t1, "pullback"),
        sentence=s2.sentence,
        statement_id=s2.id,
    )
    x1 = span(t1, "Thursday")
    ex1 = Extraction(
        article=a1,
        statements=(s1, s2),
        events=(e1, e2),
        timexes=(Timex(start=x1.start, end=x1.end, text=x1.text, type=TimexType.DATE, value="2024-03-07"),),
    )

    t2 = (
        "BRUSSELS, March 11 - NATO raised the readiness of its forces on Monday. Russian troops"
        " fired missiles near the border, the alliance said.\n"
        "Officials denied that jets had crossed the line."
    )
    a2 = article(t2, "2024-03-11", "NATO raises readiness")
    e3 = Event(
        id=stable_id(a2.id, "ev", 1),
        actor1=Actor(name="NATO", code="NATO"),
        actor2=Actor(name="Russia", code="RUS"),
        cameo="154",
        goldstein=-7.2,
        quad_class=QuadClass.MATERIAL_CONFLICT,
        status=EvidentialStatus.OBSERVED,
        claimed_by=None,
        date="2024-03-11",
        trigger=span(t2, "raised the readiness"),
        sentence=span(t2, "NATO raised the readiness of its forces on Monday."),
    )
    e4 = Event(
        id=stable_id(a2.id, "ev", 2),
        actor1=Actor(name="Russian troops", code="RUSMIL"),
        actor2=Actor(name="NATO", code="NATO"),
        cameo="195",
        goldstein=-10.0,
        quad_class=QuadClass.MATERIAL_CONFLICT,
        status=EvidentialStatus.CLAIMED,
        claimed_by=Actor(name="NATO", code="NATO"),
        date="2024-03-10",
        trigger=span(t2, "fired missiles"),
        sentence=span(t2, "Russian troops fired missiles near the border, the alliance said."),
    )
    e5 = Event(  # no resolved day: counts on the article's publication day in the index
        id=stable_id(a2.id, "ev", 3),
        actor1=Actor(name="Russian jets", code="RUSMIL"),
        actor2=Actor(name="NATO", code="NATO"),
        cameo="192",
        goldstein=-9.5,
        quad_class=QuadClass.MATERIAL_CONFLICT,
        status=EvidentialStatus.OBSERVED,
        claimed_by=None,
        date=None,
        trigger=span(t2, "crossed the line"),
        sentence=span(t2, "Officials denied that jets had crossed the line."),
    )
    x2 = span(t2, "Monday")
    ex2 = Extraction(
        article=a2,
        events=(e3, e4, e5),
        timexes=(Timex(start=x2.start, end=x2.end, text=x2.text, type=TimexType.DATE, value="2024-03-11"),),
    )

    evil_name = '<b>Evil</b> "Speaker" <script>alert(3)</script>'
    t3 = (
        "<script>alert('x')</script> Attackers wrote <img src=x onerror=alert(1)> into the page.\n"
        f'{evil_name} said "</script><script>alert(2)</script> is only text" on Friday.'
    )
    a3 = article(t3, "2024-03-08", '<script>alert("title")</script> Drills & "tests"')
    s3 = Statement(
        id=stable_id(a3.id, "st", 1),
        source=span(t3, evil_name),
        cue=span(t3, "said"),
        content=span(t3, "</script><script>alert(2)</script> is only text"),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name=evil_name, role="<i>role</i>", country="RUS"),
        sentence=span(t3, f'{evil_name} said "</script><script>alert(2)</script> is only text" on Friday.'),
        date="2024-03-08",
    )
    ex3 = Extraction(article=a3, statements=(s3,))

    with Store(path) as store, store.batch():
        for ex in (ex1, ex2, ex3):
            store.save(ex)
        claim_id = stable_id("claim", "units returned")
        store.replace_claims(
            [
                {
                    "id": claim_id,
                    "text": "Russian units have returned to their bases",
                    "status": "disputed",
                    "first_date": "2024-03-07",
                    "last_date": "2024-03-07",
                    "party": "RUS",
                    "trail": [
                        {
                            "date": "2024-03-07",
                            "status": "asserted",
                            "role": "asserts",
                            "appearance": 0,
                            "reason": "first asserted",
                        },
                        {
                            "date": "2024-03-07",
                            "status": "disputed",
                            "role": "disputes",
                            "appearance": 1,
                            "reason": "NATO disputes it",
                        },
                    ],
                    "appearances": [
                        {
                            "article_id": a1.id,
                            "statement_id": s1.id,
                            "event_id": e1.id,
                            "role": "asserts",
                            "speaker": "Igor Petrov",
                            "date": "2024-03-07",
                        },
                        {
                            "article_id": a1.id,
                            "statement_id": s2.id,
                            "event_id": e2.id,
                            "role": "disputes",
                            "speaker": "Anna Berg",
                            "date": "2024-03-07",
                        },
                    ],
                }
            ]
        )
        store.conn.execute(
            "INSERT INTO alerts(id, dyad, day, score, record) VALUES (?,?,?,?,?)",
            ("alert-1", "RUS,NATO", "2024-03-11", 3.4, json.dumps({"summary": "conflict above baseline"})),
        )
    return {
        "articles": [a1.id, a2.id, a3.id],
        "xss_article": a3.id,
        "statement": s2,
        "event": e3,
        "claim": claim_id,
        "evil_name": evil_name,
    }


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A hand-built store for the web tests: (path, ids)."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    return path, build_web_store(path)
