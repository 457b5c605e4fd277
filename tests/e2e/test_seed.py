"""The seed story end to end through the public CLI contract: ingest → clean → parse → extract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from watchfloor.cli import cli


@pytest.fixture(scope="module")
def seed_out(seed_path: Path) -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["extract", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def _find(statements: list[dict[str, Any]], phrase: str) -> dict[str, Any]:
    hits = [s for s in statements if phrase in s["content"]["text"]]
    assert hits, f"no statement whose content contains {phrase!r}"
    return min(hits, key=lambda s: len(s["content"]["text"]))


@pytest.mark.parametrize(
    ("phrase", "speaker", "role", "country", "kind"),
    [
        (
            "had not yet seen any signs of de-escalation",
            "Jens Stoltenberg",
            "NATO Secretary-General",
            None,
            "indirect",
        ),
        ("some units participating in military exercises were returning", "Russia", None, "RUS", "indirect"),
        ("some grounds for cautious optimism", "Jens Stoltenberg", "NATO Secretary-General", None, "mixed"),
        ("Russia has in the past moved into areas", "Jens Stoltenberg", None, None, "indirect"),
        (
            "NATO wants to see a significant and enduring withdrawal",
            "Jens Stoltenberg",
            None,
            None,
            "indirect",
        ),
        ("Moscow is ready for talks", "Vladimir Putin", "Russian President", "RUS", "indirect"),
        ("Washington was seeking to verify", "Julianne Smith", "US Ambassador to NATO", "USA", "mixed"),
        ("ready to keep talking", None, "foreign minister", "RUS", "indirect"),
    ],
)
def test_seed_statement(
    seed_out: dict[str, Any],
    phrase: str,
    speaker: str | None,
    role: str | None,
    country: str | None,
    kind: str,
) -> None:
    s = _find(seed_out["statements"], phrase)
    if speaker is not None:
        assert s["speaker"]["name"] == speaker
    if role is not None:
        assert s["speaker"]["role"] == role
    if country is not None:
        assert s["speaker"]["country"] == country
    assert s["kind"] == kind


def test_seed_published_from_dateline(seed_out: dict[str, Any]) -> None:
    assert seed_out["published"] == "2022-02-15"


def test_seed_spans_index_the_input_exactly(seed_out: dict[str, Any], seed_text: str) -> None:
    spans = []
    for s in seed_out["statements"]:
        spans += [x for x in (s["source"], s["cue"], s["content"], s["sentence"]) if x]
    for e in seed_out["events"]:
        spans += [e["trigger"], e["sentence"]]
    spans += seed_out["timexes"]
    assert spans
    for span in spans:
        assert seed_text[span["start"] : span["end"]] == span["text"]


def test_seed_nothing_from_boilerplate(seed_out: dict[str, Any], seed_text: str) -> None:
    body_end = seed_text.index("Find out more about AP Archive")
    for kind in ("statements", "events"):
        for item in seed_out[kind]:
            assert item["sentence"]["end"] <= body_end
    assert all(t["end"] <= body_end for t in seed_out["timexes"])
    assert all(t["start"] >= len("(15 Feb 2022)") for t in seed_out["timexes"])


def test_seed_every_statement_has_a_speaker(seed_out: dict[str, Any]) -> None:
    assert all(s["speaker"]["name"].strip() for s in seed_out["statements"])


def test_seed_events_claimed_negated_and_december(seed_out: dict[str, Any]) -> None:
    events = seed_out["events"]
    claimed = [
        e
        for e in events
        if e["cameo"].startswith("087")
        and e["status"] == "claimed"
        and (e["claimed_by"] or {}).get("code", "").startswith("RUS")
    ]
    assert claimed, "Russia's claimed de-escalation is missing"
    negated = [e for e in events if e["status"] == "negated" and "de-escalation" in e["trigger"]["text"]]
    assert negated, "'no signs of de-escalation' must be a negated event"
    talks = [
        e
        for e in events
        if e["cameo"].startswith("036") and (e["actor1"] or {}).get("code", "").startswith("RUS")
    ]
    assert talks and talks[0]["status"] in {"hypothetical", "claimed"}
    assert any(e["date"] == "2021-12" for e in events), "the December precedent is not dated 2021-12"


def test_seed_timexes(seed_out: dict[str, Any]) -> None:
    values = {(t["text"], t["value"]) for t in seed_out["timexes"]}
    assert [v for t, v in values if t == "Tuesday"] == ["2022-02-15"]
    assert sum(1 for t in seed_out["timexes"] if t["text"] == "Tuesday") == 2
    assert any(v == "2021-12" for t, v in values if "December" in t)
    assert any(v == "2022-02-14" for t, v in values if "a day after" in t)
    assert any(v == "PXD" for t, v in values if "recent days" in t)
