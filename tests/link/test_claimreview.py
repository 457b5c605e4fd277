"""ClaimReview JSON-LD from ledger claims: the schema.org fields, the status as the rating's name."""

from __future__ import annotations

import datetime as dt
import json

from watchfloor.link import AppearanceRole, Claim, ClaimAppearance, Ledger, claim_review, claim_reviews
from watchfloor.model import Span


def _app(
    role: AppearanceRole, day: int, speaker: str, code: str | None, party: str | None
) -> ClaimAppearance:
    return ClaimAppearance(
        claim_id="c1",
        article_id=f"art{day}",
        role=role,
        date=dt.date(2024, 3, day),
        sentence=Span(start=0, end=9, text="some text"),
        content=Span(start=0, end=4, text="some"),
        speaker=speaker,
        speaker_code=code,
        party=party,
        evidence="'no signs of'" if role is AppearanceRole.DISPUTES else "",
        url=f"https://example.org/{day}",
    )


def _ledger() -> tuple[Claim, Ledger]:
    claim = Claim(
        id="c1",
        text="some units are returning to their bases",
        speaker="Oleg Varnikov",
        speaker_code="RUSMIL",
        party="RUS",
        first_date=dt.date(2024, 3, 7),
        appearances=(
            _app(AppearanceRole.ASSERTS, 7, "Oleg Varnikov", "RUSMIL", "RUS"),
            _app(AppearanceRole.ASSERTS, 8, "Pavel Dronov", "RUSGOV", "RUS"),
            _app(AppearanceRole.DISPUTES, 8, "Anneke Vos", "NATO", "NATO"),
            _app(AppearanceRole.CONTRADICTS, 10, "Hanna Mikkola", None, "hanna mikkola"),
        ),
    )
    return claim, Ledger(claims=(claim,), stale_days=14)


def test_claim_review_has_the_schema_fields():
    claim, ledger = _ledger()
    review = claim_review(claim, ledger)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == claim.text
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["name"] == "Oleg Varnikov"
    assert [a["@type"] for a in item["appearance"]] == ["CreativeWork", "CreativeWork"]
    assert [a["url"] for a in item["appearance"]] == ["https://example.org/7", "https://example.org/8"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] == "contradicted"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["datePublished"] == "2024-03-10"
    json.dumps(review)  # serialisable as it is


def test_claim_review_as_of_a_day_rates_that_day():
    claim, ledger = _ledger()
    review = claim_review(claim, ledger, as_of=dt.date(2024, 3, 8))
    assert review["reviewRating"]["alternateName"] == "disputed"
    assert review["datePublished"] == "2024-03-08"
    assert "disputed by Anneke Vos" in review["reviewBody"]


def test_claim_reviews_skip_claims_not_yet_made():
    _, ledger = _ledger()
    assert claim_reviews(ledger, as_of=dt.date(2024, 3, 6)) == []
    assert [r["identifier"] for r in claim_reviews(ledger)] == ["c1"]
