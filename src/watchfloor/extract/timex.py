"""Temporal expressions: recognised by rule and normalised to TIMEX3 values against the article date.

``extract_timexes(parsed)`` finds the expressions in an article's body and resolves them
against ``article.published`` (the document creation time): "Tuesday" in a story of
Tuesday 15 Feb 2022 is ``2022-02-15``, "in December" is ``2021-12``, "three weeks" is
``P3W``, "every week" is the SET ``P1W``, "now" is ``PRESENT_REF``. Without a publication
date only absolute expressions get full values; relative ones get TimeML's underspecified
forms (``XXXX-12``, ``XXXX-WXX-2``).

How underspecified expressions are resolved:

* Direction comes from the verb governing the expression in the spaCy parse ("said
  Tuesday" → the most recent Tuesday, on or before the reference; "will meet Tuesday" →
  the next), from pointing words before it ("until", "payable", "since") and otherwise
  defaults to the past (news reports what happened). Only an explicit future auxiliary
  is *certain*; a weaker cue gives way when the other reading is more than three times
  nearer ("payable Dec. 7" written on 30 October is this December). A plan reported in the
  past is still ahead ("planned to leave on Thursday", "has scheduled a briefing Thursday"),
  as is what comes "as soon as" or "ahead of" a day; "until" seen from a past perfect points
  back ("until Thursday, they had not named him"); a possessive day ("Wednesday's ruling")
  dates its own event and ignores a reported future ("would challenge").
* Days are resolved against the publication date, not the last date mentioned: on
  TempEval-3 train, news-style weekdays after an earlier explicit date agree with the
  publication date ten times as often as with that date.
* Anaphoric expressions ("that year", "the previous Friday", "a year earlier") take the
  last absolute date mentioned; "a year ago" near a reported quarter is that quarter a
  year back (``1988-Q3``), as in earnings reports.
* Spans are TimeML extents: no leading preposition ("December", not "in December") and
  no "the" before a hyphenated modifier ("eight-year").

The rules are in ``_timex_rules.py``, their word lists in ``knowledge/timex_lexicon.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ..model import ParsedArticle, Timex, TimexType
from ._timex_calendar import Direction
from ._timex_lexicon import lexicon
from ._timex_rules import Context, Resolved, Rule, rules, triggers

__all__ = ["extract_timexes", "find_timexes"]

# Rules whose values later anaphoric expressions ("a year earlier", "that year") may refer to.
_ANCHORING = {
    "date_mdy",
    "date_dmy",
    "date_iso",
    "date_slash",
    "month_day",
    "day_month",
    "month_year",
    "month_alone",
    "year",
    "quarter",
    "half",
    "season",
    "weekday",
    "day_relative",
    "holiday",
}
# Rules whose quarter values "a year ago" may be compared with.
_QUARTER_ANCHORING = {"quarter", "quarter_relative"}


def extract_timexes(parsed: ParsedArticle) -> list[Timex]:
    """The time expressions inside the article's body, normalised against ``article.published``."""
    article = parsed.article
    return find_timexes(parsed.doc, article.text, article.published, article.body)


def find_timexes(
    doc: Any | None,
    text: str,
    reference: dt.date | None,
    body: Sequence[tuple[int, int]] | None = None,
) -> list[Timex]:
    """Time expressions in ``text`` (only inside the ``body`` ranges when given), resolved against
    ``reference``. ``doc`` is the spaCy parse of the same-length text (used for tense and POS);
    ``None`` resolves without tense (underspecified expressions default to the past)."""
    masked = _mask(text, body)
    tokens = _TokenIndex(doc)
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    all_rules = rules()
    for order, windows in _windows(masked).items():
        pattern = all_rules[order].pattern
        named = "t" in pattern.groupindex
        for low, high in windows:
            for m in pattern.finditer(masked, low, high):
                start, end = m.span("t") if named else m.span()
                if end > start and (body is None or _inside(body, start, end)):
                    candidates.append((start, end, order, m))
    # Longest first (then the earlier rule): each span keeps the first resolvable reading.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    chosen: list[tuple[int, int, Rule, re.Match[str], Context]] = []
    taken = bytearray(len(masked))  # 1 where a chosen expression lies
    for start, end, order, m in candidates:
        if taken.find(1, start, end) >= 0:
            continue
        rule = all_rules[order]
        ctx = _context(tokens, masked, reference, start, end)
        if _resolve(rule, m, ctx) is None:
            continue
        chosen.append((start, end, rule, m, ctx))
        taken[start:end] = b"\x01" * (end - start)
    chosen.sort(key=lambda c: c[0])
    out: list[Timex] = []
    last: str | None = None
    last_quarter: tuple[str, int] | None = None
    last_end = -1
    anchor = reference.isoformat() if reference else None
    for start, end, rule, m, ctx in chosen:
        resolved = _resolve(
            rule, m, dataclasses.replace(ctx, last=last, last_quarter=last_quarter, last_end=last_end)
        )
        if resolved is None:
            continue
        kind, value = resolved
        out.append(Timex(start=start, end=end, text=text[start:end], type=kind, value=value, anchor=anchor))
        if kind == TimexType.DATE and value[:1].isdigit() and rule.name in _ANCHORING:
            last, last_end = value, end
        if (
            kind == TimexType.DATE
            and rule.name in _QUARTER_ANCHORING
            and _reporting_quarter(value, reference)
        ):
            last_quarter = (value, end)
    return out


def _resolve(rule: Rule, m: re.Match[str], ctx: Context) -> Resolved | None:
    """The rule's reading of the match; ``None`` (no timex) when it points outside the calendar
    ("seventy centuries ago" before year 1)."""
    try:
        return rule.resolve(m, ctx)
    except (ValueError, OverflowError):
        return None


# How far around a trigger word a rule's match (with what its lookarounds read) may reach.
_REACH = 48


def _windows(text: str) -> dict[int, list[tuple[int, int]]]:
    """For each rule (by index) the stretches of ``text`` near its trigger words, merged: the only
    places its pattern can match."""
    scan = triggers()
    size = len(text)
    low = text.lower()
    if len(low) != size:  # a letter whose lower case is longer: scan everything
        return {order: [(0, size)] for order in range(len(rules()))}
    hits: list[tuple[int, int, str]] = []
    for word in scan.words.intersection(_LETTERS.findall(low)):
        length = len(word)
        at = low.find(word)
        while at >= 0:
            end = at + length
            if (at == 0 or not low[at - 1].isalpha()) and (end == size or not low[end].isalpha()):
                hits.append((at, end, word))
            at = low.find(word, end)
    for m in _DIGITS.finditer(low):
        start, end = m.span()
        for name, shape in scan.digit_shapes:
            if shape.search(low, max(0, start - 1), end + 8):
                hits.append((start, end, name))
    hits.sort()
    out: dict[int, list[tuple[int, int]]] = {}
    for start, end, key in hits:
        low_edge, high_edge = max(0, start - _REACH), min(size, end + _REACH)
        for order in scan.by_word[key]:
            spans = out.get(order)
            if spans is None:
                out[order] = [(low_edge, high_edge)]
            elif low_edge <= spans[-1][1]:
                spans[-1] = (spans[-1][0], high_edge)
            else:
                spans.append((low_edge, high_edge))
    return out


_LETTERS = re.compile(r"[a-z]+")
_DIGITS = re.compile(r"\d+")


def _reporting_quarter(value: str, reference: dt.date | None) -> bool:
    """Whether ``value`` is a quarter of the year up to ``reference`` (the period a report is about,
    which "a year ago" is then compared with), not itself a comparison quarter."""
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m is None or reference is None:
        return False
    if int(m[1]) < 1:
        return False
    first = dt.date(int(m[1]), 3 * int(m[2]) - 2, 1)
    return first <= reference and (reference - first).days < 400


def _mask(text: str, body: Sequence[tuple[int, int]] | None) -> str:
    """``text`` with everything outside ``body`` blanked (newlines kept), offsets unchanged."""
    if body is None:
        return text
    pieces = []
    at = 0
    for start, end in sorted(body):
        start = max(start, at)
        if end <= start:
            continue
        pieces.append(_NOT_NEWLINE.sub(" ", text[at:start]))
        pieces.append(text[start:end])
        at = end
    pieces.append(_NOT_NEWLINE.sub(" ", text[at:]))
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")


def _inside(body: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in body)


class _TokenIndex:
    """Character offset → spaCy token (by bisecting the token start offsets)."""

    def __init__(self, doc: Any | None) -> None:
        self.doc: Any = doc
        self.starts: list[int] = doc.to_array("IDX").tolist() if doc is not None and len(doc) else []

    def tokens(self, start: int, end: int) -> list[Any]:
        if not self.starts:
            return []
        doc = self.doc
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = bisect.bisect_left(self.starts, end)
        return [doc[i] for i in range(first, last) if not doc[i].is_space]


def _context(tokens: _TokenIndex, text: str, reference: dt.date | None, start: int, end: int) -> Context:
    toks = tokens.tokens(start, end)
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end, end + 40)
    ctx = Context(
        ref=reference,
        prev_word=prev.group(1).lower() if prev else "",
        next_word=after.group(1).lower() if after else "",
        start=start,
        following=text[end : end + 30],
        preceding=text[max(0, start - 30) : start],
        sentence_start=_SENTENCE_START.search(text, max(0, start - 6), start) is not None or start == 0,
    )
    if toks:
        ctx.tags = tuple(t.tag_ for t in toks)
        following = toks[-1].i + 1
        doc = toks[0].doc
        while following < len(doc) and doc[following].is_space:
            following += 1
        ctx.next_tag = doc[following].tag_ if following < len(doc) else ""
        preceding = toks[0].i - 1
        while preceding >= 0 and doc[preceding].is_space:
            preceding -= 1
        ctx.prev_tag = doc[preceding].tag_ if preceding >= 0 else ""
    prev_word = ctx.prev_word

    def tense() -> tuple[Direction, bool]:
        direction, certain = _direction(toks) if toks else (None, False)
        lex = lexicon()
        # Words before an expression point it forward or back whatever the verb's tense
        # ("was extended until Nov. 16", "payable Dec. 7"; "since March"), except a boundary
        # seen from a past perfect ("until Thursday, they had not called him a suspect").
        if prev_word in lex.future_prepositions and not (
            direction == "past" and (prev_word == "by" or _past_perfect(toks))
        ):
            return "future", certain
        if prev_word in lex.past_prepositions:
            return "past", True
        # "as soon as Tuesday", "as early as next week": the earliest of what is still to come;
        # "ahead of the weekend", "in advance of Friday's vote": what is coming.
        if prev_word in ("as", "of") and _AHEAD.search(text, max(0, start - 24), start):
            return "future", certain
        return direction, certain

    ctx.tense = tense
    return ctx


_PREV_WORD = re.compile(r"([\w'$%-]+)\W*$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])[\s\"'`(]*$")
_AHEAD = re.compile(r"\b(?:as\s+(?:soon|early)\s+as|ahead\s+of|in\s+advance\s+of)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\W*([\w'-]+)")


def _direction(toks: list[Any]) -> tuple[Direction, bool]:
    """Past or future from the verb governing the expression (or, failing that, its sentence),
    and whether it is certain (an explicit future auxiliary on the governing verb)."""
    if _said_before(toks):
        return "past", False
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
    tok = root
    through_noun = False
    # "Wednesday's ruling": the expression dates an event of its own, not the verb's plan or report.
    possessive = root.dep_ == "poss"
    for _ in range(6):
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in inside:
            through_noun = True
        if tok.pos_ in ("VERB", "AUX") and tok.i not in inside:
            found = _verb_direction(tok, possessive, root.idx)
            if found[0] is not None:
                return found
            infinitive = tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children)
            if infinitive and tok.head.pos_ in ("NOUN", "PROPN") and not possessive:
                return "future", False  # "a program to pay down debt by February": a plan
            if not infinitive:
                if tok.tag_ == "VBP" and any(
                    c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") for c in tok.children
                ):
                    return "past", False  # "Weakness hurt the index": a singular subject, so "hurt" is past
                if tok.tag_ in ("VBP", "VBZ") and not through_noun:
                    return "future", False  # "the summit opens Friday": news in the present is scheduled
                return None, False  # a present-tense verb reached only through a noun: no direction
        if tok.head is tok:
            break
        tok = tok.head
    return _sentence_direction(root.sent), False


def _said_before(toks: list[Any]) -> bool:
    """Whether the expression comes right after a past verb of saying ("said on Wednesday he would not
    sign", "said Monday it would impose"): it dates the saying, whatever reported future the parse hangs
    it on, so it looks back from the article as the saying does."""
    doc = toks[0].doc
    i = min(t.i for t in toks) - 1
    if i >= 0 and doc[i].pos_ == "ADP":
        i -= 1
    return i >= 0 and doc[i].tag_ == "VBD" and doc[i].lemma_.lower() in lexicon().reporting_verbs


def _verb_direction(verb: Any, possessive: bool = False, at: int = -1) -> tuple[Direction, bool]:
    """The direction a verb gives an expression it governs (which starts at offset ``at``);
    ``possessive`` when the expression is a possessive ("get around Wednesday's ruling"): it then
    dates an event of its own, not the time of this verb's weak (reported) future."""
    lex = lexicon()
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in lex.future_auxiliaries for a in aux) or verb.lower_ in lex.future_auxiliaries:
        return "future", True
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in aux) and verb.head.lemma_ in lex.future_heads:
        if _past_perfect_above(verb.head):
            return None, False  # "had been due to expire Friday": a future seen from a further past
        if _past_above(verb.head) and verb.head.lemma_ not in lex.plan_verbs:
            return None, False
        return "future", False  # "planned to leave on Thursday": the plan is still to be carried out
    if (
        verb.lemma_ in lex.plan_verbs
        and verb.tag_ in ("VBD", "VBN", "VBG")
        and verb.dep_ not in ("acl", "amod")
        and at > verb.idx
        and not _past_perfect_above(verb)
    ):
        # "has scheduled a news conference Thursday", "planned a rally on Saturday" (but "On Friday,
        # the government planned ...": a time before the verb dates the planning)
        return "future", False
    if verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.subtree):
        return "future", True
    if any(a.lower_ == "would" for a in aux):
        if possessive:
            return None, False
        return "future", False  # "said it would be paid in January": a future seen from the report
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" and a.lower_ != "would" for a in aux):
        return "past", False
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "past", False
    if verb.tag_ == "VBN" and verb.lemma_ in lex.future_heads and aux:
        return "future", False  # "is scheduled for Oct. 9", "are expected on Friday"
    if verb.tag_ == "VBN" and not aux and verb.dep_ in ("acl", "amod", "advcl", "relcl"):
        return "past", False  # "the ceasefire, agreed in March,"
    return None, False


def _past_above(tok: Any) -> bool:
    """Whether the first verb at or above ``tok`` is in a past tense."""
    for _ in range(3):
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
            return True
        if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
            return False
        tok = tok.head
    return False


def _past_perfect_above(tok: Any) -> bool:
    """Whether the verb ``tok`` is in a past perfect ("had planned", "had been due")."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ("had", "'d") for a in aux)


def _past_perfect(toks: list[Any]) -> bool:
    """Whether the first verb governing ``toks`` is in a past perfect."""
    if not toks:
        return False
    inside = {t.i for t in toks}
    tok = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.i not in inside:
            return _past_perfect_above(tok)
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _sentence_direction(sent: Any) -> Direction:
    if any(t.lower_ in lexicon().future_auxiliaries and t.tag_ == "MD" for t in sent):
        return "future"
    if any(t.tag_ == "VBD" for t in sent):
        return "past"
    return None
