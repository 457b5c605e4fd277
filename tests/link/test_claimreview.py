"""ClaimReview JSON-LD from ledger claims: the schema.org fields, the status as the rating's name."""

from __future__ import annotations

import dataclasses
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


# Properties schema.org defines on each type used (https://schema.org/ClaimReview, /Claim, /Rating,
# /CreativeWork, /Person, /Organization; a type has its supertypes' properties too). Google's
# fact-check documentation requires claimReviewed, reviewRating and url on a ClaimReview.
_SCHEMA_PROPS = {
    "CreativeWork": {"identifier", "url", "datePublished", "author", "text", "description", "name"},
    "Person": {"identifier", "name", "url", "affiliation"},
    "Organization": {"identifier", "name", "url", "parentOrganization"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName"},
}
_SCHEMA_PROPS["Claim"] = _SCHEMA_PROPS["CreativeWork"] | {"appearance", "firstAppearance"}
_SCHEMA_PROPS["ClaimReview"] = _SCHEMA_PROPS["CreativeWork"] | {
    "claimReviewed",
    "itemReviewed",
    "reviewRating",
    "reviewBody",
    "citation",
}


def _check_nodes(node: object, path: str = "$") -> None:
    if isinstance(node, list):
        for i, item in enumerate(node):
            _check_nodes(item, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    assert kind in _SCHEMA_PROPS, f"{path}: @type {kind!r}"
    extra = set(node) - _SCHEMA_PROPS[kind] - {"@type", "@context"}
    assert not extra, f"{path}: {kind} has no properties {sorted(extra)}"
    for key, value in node.items():
        _check_nodes(value, f"{path}.{key}")


def test_claim_review_uses_only_schema_org_properties_of_each_type():
    claim, ledger = _ledger()
    org_claim = Claim(
        id="c2",
        text="the strikes hit weapons depots",
        speaker="Defence Ministry",
        speaker_code="ISR",
        party="ISR",
        first_date=dt.date(2024, 3, 7),
        appearances=(_app(AppearanceRole.ASSERTS, 7, "Defence Ministry", "ISR", "ISR"),),
    )
    ledger = Ledger(claims=(claim, org_claim), stale_days=14)
    for review in claim_reviews(ledger):
        _check_nodes(json.loads(json.dumps(review)))


def test_claim_review_has_google_required_url():
    claim, ledger = _ledger()
    assert claim_review(claim, ledger)["url"].endswith("/claims/c1")
    review = claim_review(claim, ledger, base_url="https://desk.example.org/")
    assert review["url"] == "https://desk.example.org/claims/c1"


def test_claim_review_links_the_evidence_trail():
    claim, ledger = _ledger()
    review = claim_review(claim, ledger)
    cited = review["citation"]
    assert [c["url"] for c in cited] == ["https://example.org/8", "https://example.org/10"]
    assert [c["description"].split(":")[0] for c in cited] == ["disputes", "contradicts"]
    assert cited[1]["author"]["name"] == "Hanna Mikkola"
    # as of the 8th only the dispute is evidence yet
    early = claim_review(claim, ledger, as_of=dt.date(2024, 3, 8))
    assert [c["url"] for c in early["citation"]] == ["https://example.org/8"]


def test_claim_review_body_names_an_undated_step_without_none():
    claim = Claim(
        id="c3",
        text="the bridge was destroyed",
        speaker="Oleg Varnikov",
        speaker_code="RUSMIL",
        party="RUS",
        first_date=None,
        appearances=(
            ClaimAppearance(
                claim_id="c3",
                article_id="a",
                role=AppearanceRole.ASSERTS,
                date=None,
                sentence=Span(start=0, end=4, text="some"),
                speaker="Oleg Varnikov",
                speaker_code="RUSMIL",
                party="RUS",
            ),
        ),
    )
    review = claim_review(claim, Ledger(claims=(claim,), stale_days=14))
    assert "None" not in review["reviewBody"]
    assert review["reviewBody"].startswith("undated: asserted")


def test_claim_review_of_a_denial_reviews_the_denial_not_what_was_denied():
    """ "The Kremlin denied that its forces had attacked civilian areas": the Kremlin claims the
    opposite of the content, so claimReviewed must not say the Kremlin claims the attack."""
    sentence = "The Kremlin denied that its forces had attacked civilian areas."
    start = sentence.index("its forces")
    content = Span(start=100 + start, end=100 + len(sentence) - 1, text=sentence[start:-1])
    app = ClaimAppearance(
        claim_id="c4",
        article_id="a",
        role=AppearanceRole.ASSERTS,
        date=dt.date(2024, 3, 3),
        sentence=Span(start=100, end=100 + len(sentence), text=sentence),
        content=content,
        speaker="Kremlin",
        speaker_code="RUSGOV",
        party="RUS",
    )
    claim = Claim(
        id="c4",
        text=content.text,
        speaker="Kremlin",
        speaker_code="RUSGOV",
        party="RUS",
        first_date=dt.date(2024, 3, 3),
        appearances=(app,),
    )
    review = claim_review(claim, Ledger(claims=(claim,), stale_days=14))
    assert review["claimReviewed"] == sentence
    assert review["itemReviewed"]["appearance"][0]["text"] == sentence
    # what the same speaker says after a denial in the same sentence is asserted
    both = "He denied that the town had fallen and said troops had repelled the attack."
    at = both.index("troops")
    said = dataclasses.replace(
        app,
        sentence=Span(start=0, end=len(both), text=both),
        content=Span(start=at, end=len(both) - 1, text=both[at:-1]),
    )
    other = dataclasses.replace(claim, text=both[at:-1], appearances=(said,))
    assert claim_review(other, Ledger(claims=(other,), stale_days=14))["claimReviewed"] == both[at:-1]
    # a plain assertion keeps its content as the claim
    plain, ledger = _ledger()
    assert claim_review(plain, ledger)["claimReviewed"] == plain.text
