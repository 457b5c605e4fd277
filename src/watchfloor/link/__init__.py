"""Stage: link — the claim ledger, pure logic over model objects.

``build_ledger(extractions, settings)`` clusters statements into claims and attaches each later
appearance (asserts, corroborates, disputes, contradicts, precedent); ``replay(appearances)`` derives a
claim's status and its evidence trail; ``claim_review(claim, ledger)`` gives schema.org ClaimReview JSON-LD.
"""

from __future__ import annotations

from ._ledger import Ledger, build_ledger, decide, party_of, replay
from ._records import AppearanceRole, Claim, ClaimAppearance, TrailStep
from ._relation import claim_direction, find_cues, has_precedent_cue, relation_of, topic_places
from ._similarity import CharTfidf, Embedder, hybrid_scores, load_embedder
from .claimreview import claim_review, claim_reviews

__all__ = [
    "AppearanceRole",
    "CharTfidf",
    "Claim",
    "ClaimAppearance",
    "Embedder",
    "Ledger",
    "TrailStep",
    "build_ledger",
    "claim_direction",
    "claim_review",
    "claim_reviews",
    "decide",
    "find_cues",
    "has_precedent_cue",
    "hybrid_scores",
    "load_embedder",
    "party_of",
    "relation_of",
    "replay",
    "topic_places",
]
