"""schema.org ``ClaimReview`` JSON-LD for ledger claims (pure: dicts in, dicts out).

One ``ClaimReview`` per claim: ``claimReviewed`` is the claim text, ``itemReviewed`` a ``Claim`` with its
``author`` (the first asserting party) and one ``appearance`` (a ``CreativeWork``) per article where it is
asserted, ``reviewRating`` a ``Rating`` whose ``alternateName`` is the ledger status, the evidence
trail as ``reviewBody`` and, linked, as ``citation``: one ``CreativeWork`` per corroborating, disputing
or contradicting appearance, its ``description`` naming the role. ``url`` (which Google's fact-check
documentation requires) is the claim's page in ``watchfloor serve`` under ``base_url``. Only properties
schema.org defines on each type are used (an ``Organization`` author's party is its
``parentOrganization``, a ``Person``'s its ``affiliation``). A claim first made as a denial ("the
Kremlin denied that its forces had attacked …") is reviewed as the denial: ``claimReviewed`` is the
sentence, not the denied content. See https://schema.org/ClaimReview.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from ..settings import Settings
from ._ledger import Ledger
from ._records import AppearanceRole, Claim, ClaimAppearance
from ._relation import find_cues

__all__ = ["DEFAULT_BASE_URL", "claim_review", "claim_reviews"]

# ClaimReview asks for a numeric rating; the ledger's statuses are ordinal, from refuted to confirmed.
_RATING = {"contradicted": 1, "disputed": 2, "unverified": 3, "asserted": 3, "corroborated": 5}

_EVIDENCE = frozenset({AppearanceRole.CORROBORATES, AppearanceRole.DISPUTES, AppearanceRole.CONTRADICTS})

_DENIAL_GAP = 3  # words between a denying verb and the content it denies

# Where ``watchfloor serve`` answers by default (the ``public_url`` setting's default); ``/claims/<id>``
# is the claim's page there.
DEFAULT_BASE_URL: Final[str] = Settings().public_url


def _denied(app: ClaimAppearance) -> bool:
    """Whether the appearance's speaker denies its content ("denied that …": claim_cues.tsv)."""
    if app.content is None:
        return False
    head = app.sentence.text[: max(0, app.content.start - app.sentence.start)]
    # the denying verb must govern this content: at most a few words ("that", "reports that") between
    # them, not "denied that the town had fallen and said [troops had repelled the attack]"
    return any(c.relation == "denial" and len(head[c.end :].split()) <= _DENIAL_GAP for c in find_cues(head))


def _said(app: ClaimAppearance) -> str:
    """What the speaker claims: the content, or for a denial the whole sentence (the content is
    what is denied, the opposite of the claim)."""
    return app.sentence.text.strip() if _denied(app) else app.text


def _work(app: ClaimAppearance) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "identifier": app.article_id}
    if app.url:
        work["url"] = app.url
    if app.date:
        work["datePublished"] = app.date.isoformat()
    if app.speaker:
        work["author"] = {
            "@type": "Organization" if app.speaker_code == app.party else "Person",
            "name": app.speaker,
        }
    work["text"] = _said(app)
    return work


def _evidence(app: ClaimAppearance) -> dict[str, Any]:
    """A corroborating, disputing or contradicting appearance as a cited ``CreativeWork``."""
    work = _work(app)
    work["description"] = f"{app.role}: {app.evidence}" if app.evidence else str(app.role)
    return work


def claim_review(
    claim: Claim,
    ledger: Ledger,
    *,
    as_of: dt.date | None = None,
    publisher: str = "watchfloor",
    base_url: str = DEFAULT_BASE_URL,
) -> dict[str, Any]:
    """The ClaimReview JSON-LD dict for ``claim`` with its status on ``as_of`` (default: all evidence)."""
    status = ledger.status(claim, as_of)
    trail = ledger.trail(claim, as_of)
    apps = [a for a in claim.appearances if as_of is None or a.date is None or a.date <= as_of]
    asserted = [a for a in apps if a.role is AppearanceRole.ASSERTS]
    dates = [s.date for s in trail if s.date is not None]
    published = max(dates) if dates else claim.first_date
    evidence = [a for a in apps if a.role in _EVIDENCE]
    kind = "Organization" if claim.speaker_code == claim.party else "Person"
    author: dict[str, Any] = {"@type": kind, "name": claim.speaker or (claim.party or "unknown")}
    if claim.party:
        # schema.org: affiliation is a Person's; an Organization belongs to a parentOrganization
        author["affiliation" if kind == "Person" else "parentOrganization"] = {
            "@type": "Organization",
            "identifier": claim.party,
        }
    item: dict[str, Any] = {
        "@type": "Claim",
        "author": author,
        "appearance": [_work(a) for a in asserted],
    }
    if claim.first_date:
        item["datePublished"] = claim.first_date.isoformat()
    if asserted:
        item["firstAppearance"] = _work(asserted[0])
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "url": f"{base_url.rstrip('/')}/claims/{claim.id}",
        "claimReviewed": _said(asserted[0]) if asserted and asserted[0].text == claim.text else claim.text,
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": publisher},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": _RATING[str(status)],
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": str(status),
        },
        "reviewBody": "; ".join(f"{s.date or 'undated'}: {s.status} — {s.reason}" for s in trail),
    }
    if evidence:
        review["citation"] = [_evidence(a) for a in evidence]
    if published:
        review["datePublished"] = published.isoformat()
    return review


def claim_reviews(
    ledger: Ledger,
    *,
    as_of: dt.date | None = None,
    publisher: str = "watchfloor",
    base_url: str = DEFAULT_BASE_URL,
) -> list[dict[str, Any]]:
    """ClaimReview dicts for every claim of the ledger with at least one appearance on or before ``as_of``."""
    out = []
    for claim in ledger.claims:
        if as_of is not None and (claim.first_date is None or claim.first_date > as_of):
            continue
        out.append(claim_review(claim, ledger, as_of=as_of, publisher=publisher, base_url=base_url))
    return out
