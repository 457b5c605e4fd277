"""The claim ledger: cluster statements into claims, attach every later appearance, replay the status.

``build_ledger`` walks the statements and reported evidence of all extractions in date order. Each item
is compared with the claims still open (last appearance within ``settings.stale_days``):

* the claim's own party repeating it (similarity ≥ ``settings.claim_match_threshold``) → ``asserts``;
* another party, with a cue of ``knowledge/claim_cues.tsv`` in its own wording, about the same claim
  (similar text, or the same topic with the claim's party named in the sentence) → ``disputes`` /
  ``contradicts`` / ``corroborates``; a writer's sentence counts only with an evidence cue;
* a precedent cue ("a similar claim in February") links earlier claims of the same party and topic.

A statement that bears on no open claim starts a new claim. The status is never stored: :func:`replay`
derives it from the appearances in date order, so late arrivals and re-runs give the same answer.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import Errors
from ..extract.actors import code_actor
from ..knowledge import read_tsv
from ..model import Article, ClaimStatus, EvidentialStatus, Extraction, Span, Speaker, Statement, stable_id
from ..settings import Settings
from ._records import AppearanceRole, Claim, ClaimAppearance, TrailStep
from ._relation import (
    Cue,
    claim_direction,
    find_cues,
    find_topic,
    has_precedent_cue,
    relation_of,
    topic_places,
)
from ._similarity import CharTfidf, FloatArray

__all__ = ["Ledger", "build_ledger", "decide", "party_of", "replay", "withheld"]

# what a withheld saying may not do to a claim: it asserts nothing, so it neither restates nor confirms
_ASSERTING = frozenset({AppearanceRole.ASSERTS, AppearanceRole.CORROBORATES})
# how far before a cue (characters) its negation or refusal is looked for ("did not immediately say")
_WITHHELD_REACH = 40
_PRECEDENT_GAP_DAYS = 7  # an earlier claim must be at least this much older to be its precedent
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|$)")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z’'-]+(?: [A-Z][A-Za-z’'-]+)*")
_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}


@functools.cache
def _group_codes() -> tuple[frozenset[str], frozenset[str]]:
    rows = read_tsv("analytics_group_codes.tsv", ("code", "match"))
    exact = frozenset(r["code"] for r in rows if r["match"] == "exact")
    prefix = frozenset(r["code"] for r in rows if r["match"] == "prefix")
    return exact, prefix


@functools.cache
def _own_side_sectors() -> frozenset[str]:
    return frozenset(r["sector"] for r in read_tsv("claim_party_sectors.tsv", ("sector",)))


def party_of(code: str | None, country: str | None = None) -> str | None:
    """The side an actor speaks for: its country (``RUS`` for ``RUSMIL``) or its organisation (``NATO``);
    an armed group or opposition keeps its sector (``SDNREB``: the other side of a civil war, see
    ``knowledge/claim_party_sectors.tsv``)."""
    if code and len(code) >= 6 and code[3:6] in _own_side_sectors() and (not country or code[:3] == country):
        return code[:6]
    if country:
        return country
    if not code:
        return None
    exact, prefix = _group_codes()
    if code in exact or code[:3] in prefix:
        return code
    return code[:3]


def _speaker_party(speaker: Speaker, source: str | None = None) -> str | None:
    """The speaker's side from its code or country, else by coding its name, role and organisation, else
    its source mention ("Russia's Defence Ministry"); ``None`` when nothing names a side."""
    party = party_of(speaker.code, speaker.country)
    if party:
        return party
    coded = code_actor(speaker.name, speaker.role, speaker.organization)
    party = party_of(coded.code, coded.country)
    if party is None and source:
        coded = code_actor(source)
        party = party_of(coded.code, coded.country)
    return party


def _article_parties(statements: Sequence[Statement]) -> dict[str, str]:
    """Speaker name → side within one article, so that "Ministry spokesman Oleg Varnikov" after
    "Russia's Defence Ministry said…" speaks for Russia: a speaker with no side of its own takes the side
    of an organisation named earlier in the article whose head word appears in its role."""
    sides: dict[str, str] = {}
    orgs: list[tuple[str, str]] = []  # (head word of an organisation, its side)
    for st in statements:
        name = st.speaker.name
        party = _speaker_party(st.speaker, st.source.text if st.source else None)
        if party is None:
            role = (st.speaker.role or "").lower()
            party = next(
                (side for head, side in orgs if head and re.search(rf"\b{re.escape(head)}\b", role)), None
            )
        if party is None:
            continue
        sides.setdefault(name, party)
        org = st.speaker.organization or (name if st.speaker.role is None else None)
        if org:
            orgs.append((org.split()[-1].lower(), party))
    return sides


@functools.lru_cache(maxsize=4096)
def _parties_named(sentence: str) -> frozenset[str]:
    parties = set()
    for m in _CAPITALISED.finditer(sentence):
        for word in {m.group(0), *m.group(0).split()}:
            coded = code_actor(word)
            party = party_of(coded.code, coded.country)
            if party:
                parties.add(party)
    return frozenset(parties)


@functools.lru_cache(maxsize=4096)
def _place_names(text: str, topic: str | None) -> frozenset[str]:
    """The places a capture or strike in ``text`` is about: the names after the topic term, less those
    coded as an armed group or institution ("struck Hezbollah depots"). Town names may code as a country
    ("Goma" COD, even "Bara" NPL), so only codes with a role (LBNREB, SDNMIL) are dropped."""
    kept = set()
    for name in topic_places(text, topic):
        code = code_actor(name).code
        if code is None or len(code) <= 3:
            kept.add(name)
    return frozenset(kept)


@functools.cache
def _withholding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words before a cue, the cue itself) that withhold a saying (``knowledge/claim_withheld.tsv``)."""
    rows = read_tsv("claim_withheld.tsv", ("pattern", "where"))
    before = "|".join(f"(?:{r['pattern']})" for r in rows if r["where"] == "before")
    cue = "|".join(f"(?:{r['pattern']})" for r in rows if r["where"] == "cue")
    return re.compile(rf"(?:^|\W)(?:{before})", re.I), re.compile(rf"^(?:{cue})$", re.I)


def withheld(statement: Statement) -> bool:
    """Whether a statement's cue is negated or refused ("He did not say how many …", "declined to
    comment"): such a saying asserts nothing, so the ledger makes no claim of it."""
    if statement.cue is None:
        return False
    before, cue = _withholding()
    if cue.match(statement.cue.text.strip()):
        return True
    sent = statement.sentence
    head = sent.text[: max(0, statement.cue.start - sent.start)]
    return before.search(head[-_WITHHELD_REACH:]) is not None


def _iso_day(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


@dataclass(frozen=True, slots=True)
class _Item:
    """A statement, or a writer's evidence sentence, waiting to be placed in the ledger."""

    article: Article
    date: dt.date | None
    sentence: Span
    content: Span | None
    relation_text: str  # what the relation cues are read from (cue + content, or the sentence)
    cue: str  # the reporting cue ("said", "denied"), empty for a writer's sentence
    statement_id: str | None
    event_id: str | None
    speaker: str | None
    speaker_code: str | None
    party: str | None
    withheld: bool = False  # a negated or refused saying: it asserts nothing (claim_withheld.tsv)

    @property
    def text(self) -> str:
        return self.content.text if self.content is not None else self.sentence.text


@dataclass(slots=True)
class _Open:
    """A claim being built."""

    claim: Claim
    texts: list[str]  # its asserting texts
    appearances: list[ClaimAppearance] = field(default_factory=list)
    history: list[str] = field(default_factory=list)


def _items(extraction: Extraction) -> list[_Item]:
    article = extraction.article
    items: list[_Item] = []
    covered: list[tuple[int, int]] = []
    sides = _article_parties(extraction.statements)
    for st in extraction.statements:
        cue = st.cue.text + " " if st.cue is not None else ""
        items.append(
            _Item(
                article=article,
                date=_iso_day(st.date) or article.published,
                sentence=st.sentence,
                content=st.content,
                relation_text=cue + st.content.text,
                cue=cue,
                statement_id=st.id,
                event_id=None,
                speaker=st.speaker.name,
                speaker_code=st.speaker.code,
                party=sides.get(st.speaker.name) or st.speaker.name.lower(),
                withheld=withheld(st),
            )
        )
        covered.append((st.sentence.start, st.sentence.end))
    # What the writer reports as fact: observed/negated events outside statements, and body sentences
    # with a writer evidence cue (satellite images show…), one item per sentence.
    seen: set[tuple[int, int]] = set()
    candidates: list[tuple[Span, str | None]] = []
    for ev in extraction.events:
        if ev.statement_id is None and ev.status in (EvidentialStatus.OBSERVED, EvidentialStatus.NEGATED):
            candidates.append((ev.sentence, ev.id))
    for start, end in article.body:
        for m in _SENTENCE.finditer(article.text, start, end):
            text = m.group(0)
            lead = len(text) - len(text.lstrip())
            s, e = m.start() + lead, m.end()
            if e > s and text.strip():
                candidates.append((Span(start=s, end=e, text=article.text[s:e]), None))
    for span, event_id in candidates:
        key = (span.start, span.end)
        if key in seen or any(s <= span.start and span.end <= e for s, e in covered):
            continue
        if not any(c.writer for c in find_cues(span.text)) or not find_topic(span.text):
            continue
        seen.add(key)
        items.append(
            _Item(
                article=article,
                date=article.published,
                sentence=span,
                content=None,
                relation_text=span.text,
                cue="",
                statement_id=None,
                event_id=event_id,
                speaker=None,
                speaker_code=None,
                party=None,
            )
        )
    return items


class _Index:
    """Char TF-IDF cosine between the item texts of one ledger build.

    Embeddings are not mixed in here: e5 cosines sit high for any two sentences on one story (0.7–0.9),
    so a fixed threshold over a mix clusters unrelated statements (tried on the sample corpus: the March
    claim merged into February's). Embeddings serve retrieval (``evaluate claims``); the ledger decides by
    wording and structure.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.position = {t: i for i, t in enumerate(dict.fromkeys(texts))}
        unique = list(self.position)
        self._lexical: FloatArray = (
            CharTfidf(unique).pairwise() if unique else np.zeros((0, 0), dtype=np.float32)
        )

    def sim(self, a: str, b: str) -> float:
        return float(self._lexical[self.position[a], self.position[b]])


def _appearance(
    item: _Item, claim_id: str, role: AppearanceRole, evidence: str, score: float, related: str | None = None
) -> ClaimAppearance:
    return ClaimAppearance(
        claim_id=claim_id,
        article_id=item.article.id,
        role=role,
        date=item.date,
        sentence=item.sentence,
        content=item.content,
        statement_id=item.statement_id,
        event_id=item.event_id,
        speaker=item.speaker,
        speaker_code=item.speaker_code,
        party=item.party,
        evidence=evidence,
        score=score,
        url=item.article.url,
        related_claim_id=related,
    )


def _precedent_month(text: str) -> int | None:
    for word in re.findall(r"[A-Za-z]+", text.lower()):
        if word in _MONTHS:
            return _MONTHS[word]
    return None


@dataclass(frozen=True, slots=True)
class Ledger:
    """The claims of a corpus with their appearances; statuses are replayed on demand."""

    claims: tuple[Claim, ...]
    stale_days: int = 14

    def get(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def status(self, claim: Claim, as_of: dt.date | None = None) -> ClaimStatus:
        """The claim's status on ``as_of`` (default: after all its appearances, without going stale)."""
        return replay(claim.appearances, as_of=as_of, stale_days=self.stale_days)[0]

    def trail(self, claim: Claim, as_of: dt.date | None = None) -> tuple[TrailStep, ...]:
        return replay(claim.appearances, as_of=as_of, stale_days=self.stale_days)[1]

    def find(self, words: str) -> tuple[Claim, ...]:
        """Claims whose text contains ``words`` (case-insensitive), first asserted first."""
        needle = words.lower()
        return tuple(c for c in self.claims if needle in c.text.lower())

    def to_json(self, as_of: dt.date | None = None) -> list[dict[str, object]]:
        """Each claim first asserted by ``as_of`` with its status and trail on that day (store rows)."""
        rows: list[dict[str, object]] = []
        for claim in self.claims:
            if as_of is not None and claim.first_date is not None and claim.first_date > as_of:
                continue
            status, trail = replay(claim.appearances, as_of=as_of, stale_days=self.stale_days)
            row: dict[str, object] = dict(claim.to_json())
            row["status"] = str(status)
            row["trail"] = [step.to_json() for step in trail]
            rows.append(row)
        return rows


def replay(
    appearances: Iterable[ClaimAppearance], *, as_of: dt.date | None = None, stale_days: int | None = None
) -> tuple[ClaimStatus, tuple[TrailStep, ...]]:
    """The status of a claim from its appearances, replayed in date order, and the trail of each change.

    ``asserts`` opens the claim; ``disputes`` moves an asserted (or stale) claim to disputed; evidence —
    ``corroborates`` or ``contradicts`` — sets the status whatever it was (the latest evidence wins);
    ``precedent`` changes nothing. Only appearances dated on or before ``as_of`` count. With
    ``stale_days``, an asserted or disputed claim with no appearance in that many days before ``as_of``
    (or before the next appearance) becomes unverified. Raises ``ValueError`` (WF-E401) with no
    ``asserts`` appearance.
    """
    indexed = sorted(
        enumerate(appearances), key=lambda p: (p[1].date or dt.date.min, _ROLE_ORDER[p[1].role], p[0])
    )
    if as_of is not None:
        indexed = [p for p in indexed if p[1].date is None or p[1].date <= as_of]
    status: ClaimStatus | None = None
    trail: list[TrailStep] = []
    last: dt.date | None = None

    def go_stale(until: dt.date | None) -> None:
        nonlocal status
        if stale_days is None or last is None or until is None or status is None:
            return
        if status in (ClaimStatus.ASSERTED, ClaimStatus.DISPUTED) and (until - last).days > stale_days:
            status = ClaimStatus.UNVERIFIED
            trail.append(
                TrailStep(
                    date=last + dt.timedelta(days=stale_days + 1),
                    status=status,
                    role=None,
                    appearance=None,
                    reason=f"no new evidence for {stale_days} days",
                )
            )

    for index, app in indexed:
        if app.role is AppearanceRole.PRECEDENT:
            continue
        go_stale(app.date)
        before = status
        who = app.speaker or "a report"
        if app.role is AppearanceRole.ASSERTS:
            if status is None or status is ClaimStatus.UNVERIFIED:
                status = ClaimStatus.ASSERTED
            reason = f"asserted by {who}"
        elif status is None:
            continue  # evidence before any assertion in view (as_of cut); nothing to change yet
        elif app.role is AppearanceRole.DISPUTES:
            if status in (ClaimStatus.ASSERTED, ClaimStatus.UNVERIFIED):
                status = ClaimStatus.DISPUTED
            reason = f"disputed by {who}: {app.evidence}"
        elif app.role is AppearanceRole.CORROBORATES:
            status = ClaimStatus.CORROBORATED
            reason = f"corroborated by {who}: {app.evidence}"
        else:
            status = ClaimStatus.CONTRADICTED
            reason = f"contradicted by {who}: {app.evidence}"
        if app.date is not None:
            last = app.date
        if status is not before:
            trail.append(
                TrailStep(date=app.date, status=status, role=app.role, appearance=index, reason=reason)
            )
    if status is None:
        claim_id = indexed[0][1].claim_id if indexed else "?"
        raise ValueError(
            Errors.E401.format(claim=claim_id, reason=f"no assertion among {len(indexed)} appearances")
        )
    go_stale(as_of)
    return status, tuple(trail)


_ROLE_ORDER = {
    AppearanceRole.ASSERTS: 0,
    AppearanceRole.PRECEDENT: 1,
    AppearanceRole.DISPUTES: 2,
    AppearanceRole.CORROBORATES: 3,
    AppearanceRole.CONTRADICTS: 4,
}


def decide(
    claim: Claim,
    *,
    text: str,
    sentence: str,
    relation_text: str,
    party: str | None,
    with_speaker: bool,
    content_sim: float,
    sentence_sim: float,
    threshold: float,
    cue: str = "",
) -> tuple[float, AppearanceRole, str] | None:
    """How a later text bears on ``claim``: ``(score, role, evidence)``, or ``None`` if it does not.

    ``score`` ranks the candidate claims of one text: the similarity, plus 1 when the text is about the
    claim by structure (its directed topic, its party named).

    ``text`` is the later statement's content (or a writer's sentence), ``sentence`` its sentence,
    ``relation_text`` the wording its cues are read from (cue + content, cut before a precedent cue),
    ``party`` its speaker's side (``None`` for the writer), ``cue`` its reporting verb. The same side as
    the claim's repeats it when the wording is similar or it states the same topic in the same direction
    (a denying cue reverses the direction); another side needs a cue
    of its own and must be about the claim (similar text, or the claim's topic with its party named, or
    with no party named at all). A claim about a place (a capture, a strike) and a text naming another place
    for that act are not the same claim ("captured Bara" is not "captured Udachne"). Another side stating the
    claim's topic in the opposite direction ("Russia had not captured the village") disputes it.
    """
    claim_places = _place_names(claim.text, claim.topic)
    later_places = _place_names(text, claim.topic)
    if claim_places and later_places and not claim_places & later_places:
        return None
    if party is not None and party == claim.party:
        topic, polarity = claim_direction(text, cue)
        same_kind = topic is not None and topic == claim.topic and polarity == claim.polarity != 0
        if content_sim >= threshold or same_kind:
            kind = ", same topic and direction" if same_kind else ""
            return (
                max(content_sim, threshold),
                AppearanceRole.ASSERTS,
                f"restated (similarity {content_sim:.2f}{kind})",
            )
        return None
    rel = relation_of(relation_text, claim.polarity, with_speaker=with_speaker)
    if rel is None and with_speaker and claim.polarity:
        topic, polarity = claim_direction(text, cue)
        if topic == claim.topic and polarity == -claim.polarity:
            rel = (AppearanceRole.DISPUTES, Cue("disputes", 0, len(text), "opposite claim", False))
    if rel is None:
        return None
    if rel[0] is AppearanceRole.CORROBORATES:
        # Corroboration is the strongest claim a text can make for another's claim: a fragment that
        # "confirmed the images" inside a sentence reporting the opposite does not corroborate.
        whole = relation_of(sentence, claim.polarity, with_speaker=with_speaker)
        if whole is not None and whole[0] is not AppearanceRole.CORROBORATES:
            rel = whole
    about = sentence + " " + relation_text
    topical = claim.topic is not None and any(t.topic == claim.topic for t in find_topic(about))
    if claim_places and not later_places:  # "had not captured the village": the place must be named nearby
        topical = topical and any(re.search(rf"\b{re.escape(p)}\b", about) for p in claim_places)
    # About the claim's party: it is named, or no party is (a quote: "They did not go home").
    # The speaker's own side does not count as another party ("Ukraine's General Staff said its forces
    # still held Chasiv Yar" is about Russia's claim though only Ukraine is named).
    parties = _parties_named(sentence) - {party}
    named = claim.party is not None and (claim.party in parties or not parties)
    score = max(content_sim, sentence_sim)
    if score >= threshold or (topical and named):
        # Rank a structural match on a directed claim (a pullback, a build-up) above mere similarity.
        bonus = 1.0 if topical and named and claim.polarity != 0 else 0.0
        return score + bonus, rel[0], repr(rel[1].text)
    return None


def build_ledger(extractions: Iterable[Extraction], settings: Settings | None = None) -> Ledger:
    """The claim ledger of a set of extractions (any order: they are placed by date)."""
    settings = settings or Settings()
    threshold = settings.claim_match_threshold
    window = dt.timedelta(days=settings.stale_days)
    ordered = sorted(extractions, key=lambda x: (x.article.published or dt.date.min, x.article.id))
    items = [item for x in ordered for item in _items(x)]
    items.sort(key=lambda i: (i.date or dt.date.min, i.article.id, i.sentence.start))
    index = _Index([t for i in items for t in (i.text, i.sentence.text)])
    claims: list[_Open] = []

    def best_sim(item: _Item, claim: _Open) -> tuple[float, float]:
        content = max(index.sim(item.text, t) for t in claim.texts)
        sentence = max(index.sim(item.sentence.text, t) for t in claim.texts)
        return content, sentence

    for item in items:
        open_claims = [
            c
            for c in claims
            if item.date is None
            or c.claim.first_date is None
            or (c.claim.first_date <= item.date and item.date - (_last(c) or item.date) <= window)
        ]
        precedent = has_precedent_cue(item.relation_text)
        current = item.relation_text[: precedent.start] if precedent else item.relation_text
        # A statement inside a sentence that opens on the past ("Last month, images showed…", "A similar
        # announcement in February was followed by…") is about that precedent, not about today's claims.
        past = _past_sentence(item)
        if past is not None:
            precedent, current = past, ""
        placed: _Open | None = None
        best: tuple[float, _Open, AppearanceRole, str] | None = None
        for c in open_claims:
            content_sim, sentence_sim = best_sim(item, c)
            decided = decide(
                c.claim,
                text=item.text,
                sentence=item.sentence.text,
                relation_text=current,
                party=item.party,
                with_speaker=item.speaker is not None,
                content_sim=content_sim,
                sentence_sim=sentence_sim,
                threshold=threshold,
                cue=item.cue,
            )
            if decided is not None and item.withheld and decided[1] in _ASSERTING:
                continue  # "did not say", "refused to confirm": neither restates nor corroborates
            if decided is not None and (best is None or decided[0] > best[0]):
                best = (decided[0], c, decided[1], decided[2])
        if best is not None:
            score, placed, role, evidence = best
            placed.appearances.append(_appearance(item, placed.claim.id, role, evidence, score))
            if role is AppearanceRole.ASSERTS:
                placed.texts.append(item.text)
        elif item.statement_id is not None and past is None and not item.withheld:
            placed = _new_claim(item, claims, index, threshold)
        if precedent is not None:
            target = placed or _topical_target(item, open_claims)
            if target is not None:
                _link_precedent(item, target, claims, precedent.text)
    frozen = []
    for c in claims:
        apps = tuple(c.appearances)
        frozen.append(
            Claim(
                id=c.claim.id,
                text=c.claim.text,
                speaker=c.claim.speaker,
                speaker_code=c.claim.speaker_code,
                party=c.claim.party,
                first_date=c.claim.first_date,
                appearances=apps,
                topic=c.claim.topic,
                polarity=c.claim.polarity,
                history=tuple(dict.fromkeys(c.history)),
            )
        )
    return Ledger(claims=tuple(frozen), stale_days=settings.stale_days)


def _past_sentence(item: _Item) -> Cue | None:
    """The precedent cue that opens the item's sentence before its content, if any."""
    if item.content is None:
        return None
    head = item.sentence.text[: max(0, item.content.start - item.sentence.start)]
    return has_precedent_cue(head)


def _last(c: _Open) -> dt.date | None:
    dates = [a.date for a in c.appearances if a.date is not None]
    return max(dates) if dates else c.claim.first_date


def _new_claim(item: _Item, claims: list[_Open], index: _Index, threshold: float) -> _Open:
    topic, polarity = claim_direction(item.text, item.cue)
    claim_id = stable_id(
        "claim", item.article.id, item.content.start if item.content else item.sentence.start
    )
    claim = Claim(
        id=claim_id,
        text=item.text,
        speaker=item.speaker,
        speaker_code=item.speaker_code,
        party=item.party,
        first_date=item.date,
        appearances=(),
        topic=topic,
        polarity=polarity,
    )
    new = _Open(claim=claim, texts=[item.text])
    new.appearances.append(_appearance(item, claim_id, AppearanceRole.ASSERTS, "first assertion", 1.0))
    # History: an earlier claim by the same party, same topic and direction, saying much the same thing.
    for old in claims:
        o = old.claim
        if (
            o.party == claim.party
            and topic is not None
            and o.topic == topic
            and o.polarity == polarity
            and o.first_date is not None
            and item.date is not None
            and (item.date - o.first_date).days >= _PRECEDENT_GAP_DAYS
            and index.sim(item.text, o.text) >= threshold
        ):
            new.history.append(o.id)
    claims.append(new)
    return new


def _topical_target(item: _Item, open_claims: list[_Open]) -> _Open | None:
    """For a precedent sentence bearing on no claim: the latest open claim on its topic by a party named."""
    topics = {t.topic for t in find_topic(item.relation_text)}
    named = _parties_named(item.sentence.text)
    fits = [c for c in open_claims if c.claim.topic in topics and c.claim.party in named]
    return fits[-1] if fits else None


def _link_precedent(item: _Item, target: _Open, claims: list[_Open], cue: str) -> None:
    month = _precedent_month(item.relation_text[item.relation_text.lower().find(cue.lower()) :])
    for old in claims:
        o = old.claim
        if old is target or o.party != target.claim.party or o.topic != target.claim.topic:
            continue
        if o.first_date is None or target.claim.first_date is None:
            continue
        if (target.claim.first_date - o.first_date).days < _PRECEDENT_GAP_DAYS:
            continue
        if month is not None and o.first_date.month != month:
            continue
        target.history.append(o.id)
        target.appearances.append(
            _appearance(item, target.claim.id, AppearanceRole.PRECEDENT, f"{cue!r}", 0.0, related=o.id)
        )
