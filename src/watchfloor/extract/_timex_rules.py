"""Recognition and normalisation rules for TIMEX3 expressions.

Each :class:`Rule` pairs a regular expression (built from the word lists in
``knowledge/timex_lexicon.json``) with a resolver that turns the match into a TIMEX3
``(type, value)`` given a :class:`Context`: the reference date (the article's
publication date), the tense direction around the expression, and the last absolute
date mentioned (for anaphoric "a year earlier", "the following day"). A resolver may
return ``None`` to reject a match (e.g. "May" as a modal verb).

A pattern may mark the expression itself with a group named ``t`` when it needs
context outside the span (e.g. "for *years*"); otherwise the whole match is the span.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import TimexType
from ._timex_calendar import (
    Direction,
    add_months,
    fmt,
    month_day_year,
    nearest_month,
    shift,
    weekday_date,
)
from ._timex_lexicon import Lexicon, alternation, lexicon

__all__ = ["Context", "Resolved", "Rule", "Triggers", "parse_value", "rules", "triggers"]

Resolved = tuple[TimexType, str]

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

# How a granularity is written when there is no reference date (TimeML's underspecified values).
_UNDERSPECIFIED = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "H": "XXXX-HX",
    "Y": "XXXX",
    "DE": "XXX",
    "CE": "XX",
}
# Duration letters per unit code; multi-unit codes fold into a base unit.
_DURATION_UNIT = {
    "S": ("T", "S", 1),
    "MIN": ("T", "M", 1),
    "H": ("T", "H", 1),
    "D": ("", "D", 1),
    "W": ("", "W", 1),
    "WE": ("", "WE", 1),
    "FN": ("", "W", 2),
    "M": ("", "M", 1),
    "Q": ("", "Q", 1),
    "Y": ("", "Y", 1),
    "DE": ("", "Y", 10),
    "CE": ("", "Y", 100),
    "ML": ("", "Y", 1000),
}
# The granularity at which a unit's calendar shift is written ("two weeks ago" → a week).
_SHIFT_GRANULARITY = {
    "S": "D",
    "MIN": "D",
    "H": "D",
    "D": "D",
    "W": "W",
    "WE": "WE",
    "FN": "W",
    "M": "M",
    "Q": "Q",
    "Y": "Y",
    "DE": "Y",
    "CE": "Y",
    "ML": "Y",
}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_POD_TYPE_TIME = {"MO", "AF", "EV", "NI", "MI", "DT"}


@dataclass(slots=True)
class Context:
    """What a resolver may know about one match. The tense (``direction``, ``certain``) is worked
    out from the parse only when a resolver asks for it, by ``tense``."""

    ref: dt.date | None
    tense: Callable[[], tuple[Direction, bool]] | None = None
    last: str | None = None  # the last absolute DATE value mentioned before this match
    tags: tuple[str, ...] = ()  # fine-grained POS tags of the match's tokens (empty without a parse)
    next_tag: str = ""  # the tag of the token after the match
    prev_word: str = ""  # the word before the match, lower-cased
    next_word: str = ""  # the word after the match, lower-cased
    start: int = 0  # the match's offset
    prev_tag: str = ""  # the tag of the token before the match
    last_quarter: tuple[str, int] | None = None  # the last quarter value mentioned and where it ended
    last_end: int = -1  # where the expression that gave ``last`` ended
    known: tuple[Direction, bool] | None = None  # the tense once worked out
    following: str = ""  # the text just after the match (a few words, as written)
    preceding: str = ""  # the text just before the match (a few words, as written)
    sentence_start: bool = True  # whether the match opens a sentence (nothing but space or quotes before it)

    @property
    def direction(self) -> Direction:
        """Which way the expression points: "said Tuesday" (past), "will meet Tuesday" (future)."""
        return self._tense()[0]

    @property
    def certain(self) -> bool:
        """Whether the direction comes from an explicit future auxiliary ("will meet")."""
        return self._tense()[1]

    def _tense(self) -> tuple[Direction, bool]:
        if self.known is None:
            self.known = self.tense() if self.tense is not None else (None, False)
        return self.known


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[re.Match[str], Context], Resolved | None]


def parse_value(value: str) -> tuple[dt.date, str] | None:
    """A TIMEX3 calendar value read back as ``(first day, granularity)``; ``None`` if not calendar."""
    try:
        return _parse_value(value)
    except ValueError:  # year 0 and the like
        return None


def _parse_value(value: str) -> tuple[dt.date, str] | None:
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])), "D"
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if m:
        try:
            return dt.date.fromisocalendar(int(m[1]), int(m[2]), 1), "WE" if m[3] else "W"
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{4})-(\d\d)", value)
    if m and 1 <= int(m[2]) <= 12:
        return dt.date(int(m[1]), int(m[2]), 1), "M"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        return dt.date(int(m[1]), 3 * int(m[2]) - 2, 1), "Q"
    m = re.fullmatch(r"(\d{4})-H([12])", value)
    if m:
        return dt.date(int(m[1]), 6 * int(m[2]) - 5, 1), "H"
    m = re.fullmatch(r"(\d{4})(?:-(?:SP|SU|FA|WI))?", value)
    if m:
        return dt.date(int(m[1]), 1, 1), "Y"
    return None


# --------------------------------------------------------------------------- helpers


def _rel(ctx: Context, day_fn: Callable[[dt.date], dt.date], granularity: str) -> str:
    """A value relative to the reference date, or the underspecified form without one."""
    if ctx.ref is None:
        return _UNDERSPECIFIED.get(granularity, "XXXX-XX-XX")
    return fmt(day_fn(ctx.ref), granularity)


def _year(lex: Lexicon, text: str | None) -> int | None:
    """A four-digit or spelled-out year ("nineteen ninety-seven", "two thousand")."""
    if not text:
        return None
    text = re.sub(r"^the\s+year\s+", "", text.lower().strip())
    if re.fullmatch(r"\d{4}", text):
        return int(text)
    words = re.split(r"[\s-]+", text)
    if words[:2] == ["two", "thousand"]:
        rest = lex.number(" ".join(w for w in words[2:] if w != "and")) if len(words) > 2 else 0
        return 2000 + int(rest or 0)
    if words[0] in ("nineteen", "eighteen", "twenty"):
        century = int(lex.numbers[words[0]])
        rest_words = [w for w in words[1:] if w not in ("hundred", "and")]
        rest = lex.number(" ".join(rest_words)) if rest_words else 0
        if rest is None:
            return None
        return century * 100 + int(rest)
    return None


def _number(lex: Lexicon, text: str | None) -> float | None:
    if text is None:
        return None
    key = re.sub(r"\s+", " ", text.lower()).strip()
    if key in lex.vague or key in ("few", "couple"):
        return None
    return lex.number(key)


def _fmt_number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def _duration(lex: Lexicon, num: str | None, unit_word: str) -> str:
    unit = lex.unit(unit_word)
    time_part, letter, factor = _DURATION_UNIT[unit]
    n = _number(lex, num) if num is not None else 1.0
    if n is None:
        if letter == "Y" and factor > 1:
            return "PXY"
        return f"P{time_part}X{letter}"
    n = n * factor
    if not float(n).is_integer():
        # "2 1/2 years" → P30M, "half an hour" → PT30M
        if letter == "Y":
            whole, months = divmod(round(n * 12), 12)
            return f"P{whole}Y{months}M" if whole else f"P{months}M"
        if letter == "H":
            return f"PT{round(n * 60)}M"
        if letter == "D":
            return f"PT{round(n * 24)}H"
        if letter == "M" and time_part:  # "a minute and a half" → PT1M30S
            whole, seconds = divmod(round(n * 60), 60)
            return f"PT{whole}M{seconds}S" if whole else f"PT{seconds}S"
    return f"P{time_part}{_fmt_number(n)}{letter}"


def _recent_quarter(ctx: Context) -> dt.date | None:
    """The quarter talked about just before (within ``_QUARTER_REACH`` characters), as its first day."""
    if ctx.last_quarter is None or ctx.start - ctx.last_quarter[1] > _QUARTER_REACH:
        return None
    parsed = parse_value(ctx.last_quarter[0])
    return parsed[0] if parsed else None


_QUARTER_REACH = 400
# After a month name: what makes it the name of an event ("March for Life", "March of the Mothers").
_NAMED_AFTER = re.compile(r"\s+(?:for|of\s+the|on)\s+[A-Z]")
# How far before a clock time a day may be and still be its date ("Thursday at 10 a.m.").
_CLOCK_REACH = 8


def _title(word: str, ctx: Context, *, first: bool = False) -> bool:
    """Whether a unit word written with a capital inside a sentence makes the expression a title
    ("ABC's This Week", "the film High Noon", "CBS's 60 Minutes"), not a time; ``first`` when the
    word opens the expression (then a capital opening a sentence is no sign)."""
    if not word[:1].isupper() or word.isupper():
        return False
    return not (first and ctx.sentence_start)


def _last_date(ctx: Context) -> tuple[dt.date, str] | None:
    return parse_value(ctx.last) if ctx.last else None


# --------------------------------------------------------------------------- resolvers


def _date_full(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    year = _year(lex, m["year"])
    groups = m.groupdict()
    month = lex.month(groups["month"]) if groups.get("month") else int(groups["mnum"])
    if year is None:
        return None
    if year < 100:
        year += 1900 if year >= 50 else 2000
    try:
        return DATE, dt.date(year, month, int(re.sub(r"\D", "", m["day"]))).isoformat()
    except ValueError:
        return None


def _month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    month = lex.month(m["month"])
    day = int(re.sub(r"\D", "", m["day"]))
    if not 1 <= day <= 31:
        return None
    if ctx.ref is None:
        return DATE, f"XXXX-{month:02d}-{day:02d}"
    year = month_day_year(ctx.ref, month, day, ctx.direction, ctx.certain)
    try:
        return DATE, dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _day_coordinated(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "April 24 and 25": the second day, in the month of the first."""
    if ctx.next_tag.startswith("NN") or ctx.next_tag == "CD":
        return None  # "on May 3 and 4 others": a count, not a day
    return _month_day(m, ctx)


def _week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the week of March 6": the ISO week holding that day."""
    lex = lexicon()
    month, day = lex.month(m["month"]), int(re.sub(r"\D", "", m["day"]))
    year = _year(lex, m["year"])
    if year is None:
        if ctx.ref is None:
            return DATE, "XXXX-WXX"
        year = month_day_year(ctx.ref, month, day, ctx.direction, ctx.certain)
    try:
        return DATE, fmt(dt.date(year, month, day), "W")
    except ValueError:
        return None


def _month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    year = _year(lex, m["year"])
    if year is None:
        return None
    return DATE, f"{year:04d}-{lex.month(m['month']):02d}"


def _month_alone(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    word = m["month"]
    if not word[0].isupper():
        return None
    if ctx.tags and ctx.tags[-1] == "MD":  # "May" the modal
        return None
    if not m["tnl"] and not m["yrel"] and _NAMED_AFTER.match(ctx.following):
        return None  # "the March for Life", "the March of the Combatant Mothers": a name, not a month
    month = lex.month(word)
    if ctx.ref is None:
        return DATE, f"XXXX-{month:02d}"
    tnl = _tnl(lex, m["tnl"])
    yrel = (m["yrel"] or "").lower()
    if yrel:
        year = ctx.ref.year + {"this": 0, "last": -1, "next": 1}[yrel]
    elif tnl == -1:
        year = ctx.ref.year if month < ctx.ref.month else ctx.ref.year - 1
    elif tnl == 1:
        year = ctx.ref.year if month > ctx.ref.month else ctx.ref.year + 1
    elif tnl == 0:
        year = ctx.ref.year
    else:
        year = nearest_month(ctx.ref, month, ctx.direction, ctx.certain)
    return DATE, f"{year:04d}-{month:02d}"


def _tnl(lex: Lexicon, word: str | None) -> int | None:
    if not word:
        return None
    return lex.this_next_last.get(re.sub(r"\s+", " ", word.lower()))


def _year_alone(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    year = _year(lex, m["year"])
    if year is None:
        return None
    if not m["fiscal"] and not m["part"]:
        if ctx.prev_word in ("$", "no", "no.", "number", "route", "flight", "section", "model"):
            return None
        if ctx.next_tag in ("NNS", "CD") or ctx.prev_word in ("about", "some", "nearly", "than"):
            return None
    return DATE, f"{year:04d}"


def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["dec"]:
        return DATE, m["dec"]
    if m["dec2"]:
        return DATE, "19" + m["dec2"]
    return DATE, lexicon().decade_words[m["decw"].lower()]


def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    n = lexicon().ordinal(m["ord"])
    if n is None:
        return None
    return DATE, f"{n - 1:02d}"


def _quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    word = m["qord"].lower()
    q = 4 if word in ("final", "last") else lex.ordinal(word)
    if q is None or not 1 <= q <= 4:
        return None
    year = _year(lex, m["qy"]) or _year(lex, m["qy2"])
    if year is None:
        if ctx.ref is None:
            return DATE, f"XXXX-Q{q}"
        year = ctx.ref.year
        rel = (m["qrel"] or "").lower()
        if rel:
            year += {"this": 0, "that": 0, "last": -1, "next": 1}[rel]
        else:
            ref_q = (ctx.ref.month - 1) // 3 + 1
            if q > ref_q and (ctx.direction == "past" or q - ref_q >= 2) and ctx.direction != "future":
                year -= 1
    return DATE, f"{year:04d}-Q{q}"


def _quarter_code(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "Q3", "Q3 2013", "2013 Q3"."""
    if not m.group(0).lstrip("0123456789 ").startswith("Q"):
        return None  # lower-case "q3" is rarely a quarter
    year = int(m["qy"] or m["qy2"] or 0)
    if not year:
        if ctx.ref is None:
            return DATE, f"XXXX-Q{m['qn']}"
        year = ctx.ref.year
        if int(m["qn"]) > (ctx.ref.month - 1) // 3 + 1 and ctx.direction != "future":
            year -= 1
    return DATE, f"{year:04d}-Q{m['qn']}"


def _quarter_relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    qa = re.sub(r"\s+", " ", (m["qa"] or m["qa2"] or "").lower())
    ago = bool(m["ago"]) or qa in ("year-earlier", "year-ago", "prior-year", "year earlier", "year ago")
    ago = ago or m.group(0).lower().endswith("last year") or m.group(0).lower().startswith("last")
    if ctx.ref is None:
        return DATE, "XXXX-QX"
    if qa in ("current", "present"):
        base = ctx.ref
    elif qa in ("next", "coming"):
        base = add_months(ctx.ref, 3)
    else:
        base = add_months(ctx.ref, -3)
    quarter = _recent_quarter(ctx)
    if quarter is not None and (ago or m["qy3"] or qa in ("same", "comparable", "corresponding")):
        base = quarter
    if m["qy3"]:
        return DATE, f"{m['qy3']}-Q{(base.month - 1) // 3 + 1}"
    if ago:
        base = add_months(base, -12)
    return DATE, fmt(base, "Q")


def _half(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    if m["half"] is None and not re.search(r"\sof\s", m.group(0)):
        return None  # "the last half of the '80s": only of a year
    h = 1 if (m["half"] or "").lower() == "first" else 2  # "the last half of 1989": the second
    year = _year(lex, m["hy"])
    if year is None:
        if ctx.ref is None:
            return DATE, f"XXXX-H{h}"
        year = ctx.ref.year + {"last": -1, "next": 1}.get((m["hrel"] or "").lower(), 0)
    return DATE, f"{year:04d}-H{h}"


def _season(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    code = lex.seasons[m["season"].lower()]
    year = _year(lex, m["year"])
    tnl = _tnl(lex, m["tnl"])
    if year is None and tnl is None and not m["part"] and not m["the"]:
        return None
    if year is None and tnl is None and ctx.next_word == "of":  # "the fall of the Berlin Wall"
        return None
    if year is None:
        if ctx.ref is None:
            return DATE, f"XXXX-{code}"
        start = _SEASON_START[code]
        year = ctx.ref.year
        started = ctx.ref.month >= start
        if tnl == -1:
            year = year - 1 if ctx.ref.month < start + 3 else year
        elif tnl == 1:
            year = year + 1 if started else year
        elif tnl is None or tnl == 0:
            if tnl is None and ctx.direction != "future" and not started:
                year -= 1
            elif tnl is None and ctx.direction == "future" and ctx.ref.month >= start + 3:
                year += 1
    return DATE, f"{year:04d}-{code}"


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    if _title(m["unit"], ctx) and m["tnl"][:1].isupper():
        return None  # "ABC's This Week" (but a headline's "in Chicago this Year" is a time)
    tnl = _tnl(lex, m["tnl"])
    unit_word = re.sub(r"^fiscal\s+", "", m["unit"].lower())
    unit = lex.unit(unit_word)
    if tnl is None:
        return None
    tnl_word = re.sub(r"\s+", " ", m["tnl"].lower())
    anaphoric = tnl_word in ("that", "the same", "the following", "following", "the previous", "the prior")
    anaphoric = anaphoric or (tnl_word == "the next" and unit == "D")  # "the next day": after the last date
    granularity = _SHIFT_GRANULARITY[unit] if unit not in ("DE", "CE") else unit
    if anaphoric:
        last = _last_date(ctx)
        if last is not None and unit in ("D", "Y", "M") and last[1] in ("D", "M", "Y", "Q"):
            if unit == "D" and last[1] != "D":
                return None
            base = shift(last[0], unit, tnl)
            return DATE, fmt(base, granularity)
    if unit == "D":
        if ctx.ref is None:
            return DATE, "XXXX-XX-XX"
        return DATE, fmt(ctx.ref + dt.timedelta(days=tnl), "D")
    if unit in ("DE", "CE"):
        step = 10 if unit == "DE" else 100
        if tnl == -1 and tnl_word in ("past", "the past"):
            return DURATION, f"P{step}Y"  # "the past decade": the ten years up to now
        if ctx.ref is None:
            return DATE, _UNDERSPECIFIED[unit]
        year = ctx.ref.year + tnl * step
        return DATE, f"{year // step:0{4 - len(str(step)) + 1}d}"
    if unit == "WE":
        if ctx.ref is None:
            return DATE, "XXXX-WXX-WE"
        sat = weekday_date(ctx.ref, 6, ctx.direction, tnl if tnl != 0 else 0)
        return DATE, fmt(sat, "WE")
    return DATE, _rel(ctx, lambda d: shift(d, unit, tnl), granularity)


def _part_of_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "earlier in the year", "the end of the month": the reference's week/month/year."""
    unit = lexicon().unit(m["unit"])
    return DATE, _rel(ctx, lambda d: d, _SHIFT_GRANULARITY[unit])


def _offset(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "two years ago", "a year earlier", "a day after": a shift of the reference date."""
    lex = lexicon()
    unit = lex.unit(m["unit"])
    n = _number(lex, m["num"])
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    if direction in ("after", "before", "later") and (m["num"] or "").lower() not in ("a", "an", "one"):
        return None  # "twenty years after the war": a duration, the anchor is the event
    if direction in ("after", "before") and unit not in ("D", "S", "MIN", "H"):
        return None  # "a month after Qantas suspended flights", "one year after he was killed": likewise
    sign = -1 if direction in ("ago", "earlier", "after", "previously", "back", "before that") else 1
    if direction == "before":
        sign = 1
    if n is None:
        return DATE, "PAST_REF" if sign < 0 else "FUTURE_REF"
    if ctx.ref is None:
        return DATE, _UNDERSPECIFIED.get(_SHIFT_GRANULARITY[unit], "XXXX-XX-XX")
    base = ctx.ref
    granularity = _SHIFT_GRANULARITY[unit]
    last = _last_date(ctx)
    if direction in ("earlier", "later") and last is not None:
        base = last[0]
    quarter = _recent_quarter(ctx)
    if unit == "Y" and quarter is not None:
        base, granularity = quarter, "Q"
    amount = int(n) if float(n).is_integer() else None
    if amount is None:
        months = round(n * {"Y": 12, "M": 1, "Q": 3, "DE": 120}.get(unit, 0))
        if months == 0:
            return DATE, fmt(base, granularity)
        return DATE, fmt(add_months(base, sign * months), "M")
    return DATE, fmt(shift(base, unit if unit not in ("S", "MIN", "H") else "D", sign * amount), granularity)


def _duration_rule(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    if _title(m["unit"], ctx):
        return None
    num_word = (m["num"] or "").lower()
    article_adjective = num_word in ("a", "an") and (m["adj"] or "").lower() in lex.duration_adjectives
    if (
        m["adj"]
        and not article_adjective
        and (
            (m["num"] or "").lower() in ("a", "an")
            or len(ctx.tags) < 3
            or (ctx.tags[-2] not in ("JJ", "VBN") and m["adj"].lower() not in lex.unit_nouns)
        )
    ):
        return None
    vague = (m["num"] or "").lower() in lex.vague
    if lex.unit(m["unit"]) == "Q" and not m["mod"] and not vague:  # "three-quarters", "a quarter of"
        return None
    article = (m["num"] or "").lower() in ("a", "an")
    if article and (
        lex.unit(m["unit"]) == "S" or ctx.prev_tag in ("CD", "NNS") or ctx.prev_word in lex.amount_words
    ):
        return None  # "a second group"; "four flights a week", "$2 million a year" (a rate, not a time)
    if (m["num"] or "").lower() in ("a", "an") and ctx.prev_word in ("once", "twice", "times", "per"):
        return SET, _duration(lex, "1", m["unit"])
    if m["andhalf"]:  # "a minute and a half"
        n = _number(lex, m["num"])
        if n is not None:
            return DURATION, _duration(lex, _fmt_number(n + 0.5), m["unit"])
    return DURATION, _duration(lex, m["num"], m["unit"])


def _duration_range(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "two to three weeks": TimeML writes the lower bound."""
    return DURATION, _duration(lexicon(), m["num"], m["unit"])


def _vague_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "for years.", "within weeks of", and "For weeks the government ..." opening a sentence."""
    if m.groupdict().get("opening") is not None and not _OPENING_FOR.search(ctx.preceding):
        return None
    return DURATION, _duration(lexicon(), "several", m["unit"])


_OPENING_FOR = re.compile(r"(?:^|[.!?:;\n][\s\"'`]*)For\s+$")


def _day_relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    word = m["rd"].lower()
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[word]
    pod = m["pod"] or m["pod0"]
    value = _rel(ctx, lambda d: d + dt.timedelta(days=offset), "D")
    if pod:
        return TIME, f"{value}T{lex.parts_of_day[pod.lower()]}"
    if word == "tonight":
        return TIME, f"{value}TNI"
    return DATE, value


def _part_of_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    rel = re.sub(r"\s+", " ", m["pr"].lower())
    code = lex.parts_of_day[m["pod"].lower()]
    if rel == "overnight":
        code = "NI"
    offset = -1 if rel == "last" and code in ("NI", "EV") else (-1 if rel == "yesterday" else 0)
    if rel == "last" and code not in ("NI", "EV"):
        return None
    value = _rel(ctx, lambda d: d + dt.timedelta(days=offset), "D")
    return TIME, f"{value}T{code}"


def _anaphoric_day(ctx: Context, step: int) -> str:
    """The day ``step`` days from the last full date talked about (or from the reference)."""
    last = _last_date(ctx)
    base = last[0] if last is not None and last[1] == "D" else ctx.ref
    if base is None:
        return "XXXX-XX-XX"
    return (base + dt.timedelta(days=step)).isoformat()


def _part_of_day_anaphoric(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "that night", "the next morning": a part of the day last talked about, or of the one after."""
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    step = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
    return TIME, f"{_anaphoric_day(ctx, step)}T{lexicon().parts_of_day[m['pod'].lower()]}"


def _day_before_after(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the day before" closing a clause: the day before the last date talked about."""
    return DATE, _anaphoric_day(ctx, -1 if m["ba"].lower() == "before" else 1)


def _part_of_day_bare(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "by mid-afternoon", "early morning": that part of the day just talked about (or of the reference)."""
    return TIME, f"{_when_date(lexicon(), None, ctx)}T{lexicon().parts_of_day[m['pod'].lower()]}"


def _overnight(m: re.Match[str], ctx: Context) -> Resolved | None:
    return TIME, _rel(ctx, lambda d: d, "D") + "TNI"


def _weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    if not m["wd"][0].isupper():
        return None
    wd = lex.weekday(m["wd"])
    tnl_word = re.sub(r"\s+", " ", (m["tnl"] or "").lower())
    relative = {"last": -1, "this past": -1, "past": -1, "next": 1, "this coming": 1, "coming": 1}.get(
        tnl_word, 0 if tnl_word == "this" else None
    )
    if tnl_word.startswith("the "):  # "the previous Friday": relative to the day last talked about
        last = _last_date(ctx)
        base = last[0] if last is not None and last[1] == "D" else ctx.ref
        step = -1 if tnl_word in ("the previous", "the preceding") else 1
        value = weekday_date(base, wd, None, step).isoformat() if base else f"XXXX-WXX-{wd}"
    elif ctx.ref is None:
        value = f"XXXX-WXX-{wd}"
    else:
        value = weekday_date(ctx.ref, wd, ctx.direction, relative).isoformat()
    if m["pod"]:
        return TIME, f"{value}T{lex.parts_of_day[m['pod'].lower()]}"
    return DATE, value


def _weekday_plural(m: re.Match[str], ctx: Context) -> Resolved | None:
    if not m["wdp"][0].isupper():
        return None
    return SET, f"XXXX-WXX-{lexicon().weekdays_plural[m['wdp'].lower()]}"


def _when_date(lex: Lexicon, when: str | None, ctx: Context) -> str:
    """The date part for a clock time: "Wednesday", "today", "Nov. 9" or the reference date."""
    if not when:
        last = _last_date(ctx)
        if last is not None and last[1] == "D" and 0 <= ctx.start - ctx.last_end <= _CLOCK_REACH:
            return last[0].isoformat()  # "next Thursday at 10 a.m."
        return _rel(ctx, lambda d: d, "D")
    key = when.lower()
    if key in ("today", "tonight"):
        return _rel(ctx, lambda d: d, "D")
    if key == "yesterday":
        return _rel(ctx, lambda d: d - dt.timedelta(days=1), "D")
    if key == "tomorrow":
        return _rel(ctx, lambda d: d + dt.timedelta(days=1), "D")
    if key in lex.weekdays:
        if ctx.ref is None:
            return f"XXXX-WXX-{lex.weekday(key)}"
        return weekday_date(ctx.ref, lex.weekday(key), ctx.direction).isoformat()
    parts = re.match(r"([a-z]+)\.?\s+(\d{1,2})", key)
    if parts and ctx.ref is not None:
        month, day = lex.month(parts[1]), int(parts[2])
        year = month_day_year(ctx.ref, month, day, ctx.direction, ctx.certain)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            pass
    return _rel(ctx, lambda d: d, "D")


def _when_after_aside(ctx: Context) -> str | None:
    """The day named just after a parenthesis that follows a clock time ("10:35 a.m. (0735 GMT)
    Friday"): the day of that clock time."""
    m = _ASIDE_DAY.match(ctx.following)
    if m is None or (m[1].lower() in lexicon().weekdays and not m[1][0].isupper()):
        return None
    return m[1]


_ASIDE_DAY = re.compile(r"\s*\([^()]{1,16}\)\s*,?\s*(?:on\s+)?([A-Za-z]+day|today|yesterday|tomorrow)\b")


def _clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    ampm = (m["ap"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (not ampm and not m["mi"]):
        return None
    day = _when_date(lex, m["when"] or _when_after_aside(ctx), ctx)
    return TIME, f"{day}T{hour:02d}:{minute:02d}"


def _noon(m: re.Match[str], ctx: Context) -> Resolved | None:
    if _title(m["nm"], ctx, first=True):
        return None
    day = _when_date(lexicon(), m["when"], ctx)
    return TIME, f"{day}T{'12:00' if m['nm'].lower() in ('noon', 'midday') else '24:00'}"


def _set_every(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    if m["unit"]:
        n = _number(lex, m["num"]) if m["num"] else 1.0
        value = _duration(lex, _fmt_number(n) if n else "1", m["unit"])
        if m["other"]:
            value = _duration(lex, "2", m["unit"])
        return SET, value
    if m["wd"]:
        return SET, f"XXXX-WXX-{lex.weekday(m['wd'])}"
    if m["month"]:
        return SET, f"XXXX-{lex.month(m['month']):02d}"
    if m["season"]:
        return SET, f"XXXX-{lex.seasons[m['season'].lower()]}"
    return None


def _set_adverb(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.next_tag in ("NN", "NNS", "JJ"):  # "daily volume": an adjective, not a recurrence
        return None
    return SET, lexicon().set_adverbs[m["adv"].lower()]


def _reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    word = re.sub(r"\s+", " ", m["ref"].lower())
    value = lex.references[word]
    first_tag = ctx.tags[0] if ctx.tags else ""
    if word == "soon" and (ctx.prev_word == "as" or ctx.next_word in ("after", "as", "thereafter")):
        return None
    if word == "soon" and ctx.direction == "past":
        return None  # "was soon released": shortly after a past event, not a time ahead of the report
    if word == "once" and (first_tag != "RB" or ctx.next_tag in ("DT", "PRP", "NNP", "IN")):
        return None
    if word == "current" and (not ctx.tags or ctx.next_word in ("account", "accounts", "affairs")):
        return None  # "current" modifies a noun of now ("the current weakness"), not a flow or a section
    return DATE, value


def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    lex = lexicon()
    name = re.sub(r"\s+", " ", m["hol"].lower())
    if not m["hol"][0].isupper():
        return None
    code = lex.holidays[name]
    year = _year(lex, m["year"])
    if year is None:
        if ctx.ref is None:
            return DATE, "XXXX-" + code if "-" in code else "XXXX-XX-XX"
        year = ctx.ref.year
        tnl = _tnl(lex, m["tnl"])
        candidate = _holiday_date(code, year)
        if tnl == -1 or (tnl is None and ctx.direction != "future"):
            if candidate > ctx.ref:
                year -= 1
        elif (tnl == 1 or ctx.direction == "future") and candidate < ctx.ref:
            year += 1
    return DATE, _holiday_date(code, year).isoformat()


def _holiday_date(code: str, year: int) -> dt.date:
    if "-" in code:
        month, day = code.split("-")
        return dt.date(year, int(month), int(day))
    if code == "THANKSGIVING":  # fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if code == "LABOR":  # first Monday of September
        first = dt.date(year, 9, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7)
    if code == "ELECTION":  # the Tuesday after the first Monday of November (US)
        first = dt.date(year, 11, 2)
        return first + dt.timedelta(days=(1 - first.weekday()) % 7)
    if code == "MEMORIAL":  # last Monday of May
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    return _easter(year)


def _easter(year: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the year" (for the year ended June 30: a year's duration), "the weekend", "the week", "the day"."""
    unit = m["unit"].lower()
    if unit == "year":
        if m["ended"]:
            return DURATION, "P1Y"
        return DATE, _rel(ctx, lambda d: d, "Y")
    if unit == "weekend":
        if ctx.ref is None:
            return DATE, "XXXX-WXX-WE"
        return DATE, fmt(weekday_date(ctx.ref, 6, ctx.direction), "WE")
    if m["full"] or m["ended"]:
        return None
    if unit == "week":
        return DATE, _rel(ctx, lambda d: d, "W")
    return None  # "the day" alone is the day of some event ("late in the day", "the day belonged to them")


def _year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "by year-end" → the coming 31 December, "since year-end" → the last one; "year end" → the year."""
    if "-" not in m.group(0):
        return DATE, _rel(ctx, lambda d: d, "Y")
    if ctx.ref is None:
        return DATE, "XXXX-12-31"
    return DATE, f"{month_day_year(ctx.ref, 12, 31, ctx.direction, ctx.certain)}-12-31"


def _year_adjective(m: re.Match[str], ctx: Context) -> Resolved | None:
    quarter = _recent_quarter(ctx)
    if quarter is not None:
        return DATE, fmt(add_months(quarter, -12), "Q")
    return DATE, _rel(ctx, lambda d: shift(d, "Y", -1), "Y")


# --------------------------------------------------------------------------- patterns


def _fragments(lex: Lexicon) -> dict[str, str]:
    full_months = [w for w in lex.months if len(w) > 3 or w == "may"]
    abbr_months = [w for w in lex.months if len(w) <= 4 and w != "may" and w not in ("june", "july")]
    full_weekdays = [w for w in lex.weekdays if len(w) >= 6]
    number_words = [w for w in lex.numbers if " " not in w and w not in ("a", "an", "dozen")]
    number_words += list(lex.multipliers)
    numword = alternation(number_words)
    numphrase = rf"{numword}(?:(?:\s+and\s+|\s+|-){numword})*"
    year_spelled = (
        rf"(?:the\s+year\s+)?(?:nineteen|eighteen)(?:\s+hundred(?:\s+and)?)?[\s-]+{numphrase}"
        rf"|(?:the\s+year\s+)?two\s+thousand(?:(?:\s+and)?[\s-]+{numword})?"
    )
    year4 = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)"
    couple = r"(?:a\s+)?couple(?:\s+of)?"
    num = (
        rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{numphrase}|a\s+half|half\s+an?|a\s+dozen|{couple}|an?)"
        r"(?:\s+and\s+a\s+half)?"
    )
    return {
        "MONTH_FULL": alternation(full_months),
        "MONTHX": rf"(?:{alternation(full_months)}|{alternation(abbr_months)}(?:\.|(?=\s+\d)))",
        "WEEKDAY": alternation(full_weekdays),
        "WEEKDAYS": alternation(list(lex.weekdays_plural)),
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "YEAR4": year4,
        "YEARANY": rf"(?:{year4}|{year_spelled})",
        "NUM": num,
        "NUMD": num.replace(r"\d+(?:\.\d+)?", r"\d{1,3}(?:\.\d+)?", 1),
        "NUMWORD": numword,
        "VAGUE": alternation(list(lex.vague)),
        "UNIT": alternation(list(lex.units)),
        "UNITPL": alternation([u for u in lex.units if u.endswith(("s", "ies", "ia"))]),
        "APPROX": alternation(list(lex.approximators)),
        "TNL": alternation(list(lex.this_next_last)),
        "POD": alternation(list(lex.parts_of_day)),
        "SEASON": alternation(list(lex.seasons)),
        "HOLIDAY": alternation(list(lex.holidays)),
        "REF": alternation(list(lex.references)),
        "SETADV": alternation(list(lex.set_adverbs)),
        "DECADEWORD": alternation(list(lex.decade_words)),
        "ORD": rf"(?:{alternation(list(lex.ordinals))}|\d+(?:st|nd|rd|th))",
        "PART": r"(?:early|earlier|late|later|mid|the\s+(?:beginning|start|middle|end|close)\s+of)",
    }


def _compile(template: str, fragments: dict[str, str]) -> re.Pattern[str]:
    body = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: fragments[m.group(1)], template)
    return re.compile(rf"(?<![\w$£€])(?:{body})(?![\w])", re.IGNORECASE)


_TEMPLATES: tuple[tuple[str, str, Callable[[re.Match[str], Context], Resolved | None]], ...] = (
    (
        "date_mdy",
        r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTHX})\s+(?P<day>{DAY}),?\s+(?P<year>{YEARANY})",
        _date_full,
    ),
    (
        "date_dmy",
        r"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTHX}),?\s+(?P<year>{YEARANY})",
        _date_full,
    ),
    ("date_iso", r"(?P<year>{YEAR4})-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])", _date_full),
    (
        "date_slash",
        r"(?P<mnum>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>\d{4}|\d{2})(?![\d/])",
        _date_full,
    ),
    ("month_day", r"(?:{WEEKDAY},?\s+)?(?P<month>{MONTHX})\s+(?P<day>{DAY})", _month_day),
    (
        "day_coordinated",
        r"(?P<month>{MONTHX})\s+{DAY}\s*(?:and|or|&)\s+(?P<t>(?P<day>{DAY}))(?!\s*(?:%|percent|per\s+cent))",
        _day_coordinated,
    ),
    (
        "week_of",
        r"the\s+week\s+of\s+(?P<month>{MONTHX})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{YEAR4}))?",
        _week_of,
    ),
    ("day_month", r"(?:the\s+)?(?P<day>{DAY})\s+(?:of\s+)?(?P<month>{MONTHX})", _month_day),
    ("month_year", r"(?:{PART}\s+)?(?P<month>{MONTHX}),?\s+(?:of\s+)?(?P<year>{YEARANY})", _month_year),
    (
        "month_alone",
        r"(?:{PART}[\s-]+)?(?:(?P<tnl>{TNL})\s+)?(?P<month>{MONTH_FULL})(?:\s+(?P<yrel>this|last|next)\s+year)?",
        _month_alone,
    ),
    (
        "year",
        r"(?:(?P<part>{PART})(?:\s+|-))?(?:(?P<fiscal>fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|FY)\s+)?"
        r"(?P<year>{YEARANY})",
        _year_alone,
    ),
    (
        "decade",
        r"(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?(?:(?P<dec>1[5-9]\d|20\d)0'?s|'(?P<dec2>\d)0s|"
        r"(?P<decw>{DECADEWORD}))",
        _decade,
    ),
    ("century", r"(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?(?P<ord>{ORD})(?:-|\s+)century", _century),
    (
        "quarter",
        r"(?:the\s+(?!(?:fiscal\s+)?\S+-quarter))?(?:(?P<qy>{YEAR4})\s+|(?P<qrel>this|last|next|that)\s+year's\s+)?"
        r"(?:(?:fiscal|calendar)\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|final)"
        r"(?:-|\s+)(?:(?:fiscal|calendar)\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qy2>{YEARANY}))?",
        _quarter,
    ),
    (
        "quarter_code",
        r"(?P<qy>{YEAR4})?\s*(?:Q(?P<qn>[1-4]))(?:\s+(?:of\s+)?(?P<qy2>{YEAR4}))?",
        _quarter_code,
    ),
    (
        "quarter_relative",
        r"the\s+(?:(?P<qa>latest|recent|most\s+recent|current|present|past|previous|same|next|coming|"
        r"year-earlier|year-ago|year\s+earlier|year\s+ago|prior-year|comparable|corresponding)\s+)?"
        r"(?:(?:fiscal|three-month|second|third)\s+)?quarter(?P<ago>\s+a\s+year\s+(?:ago|earlier))?"
        r"|the\s+(?P<qy3>{YEAR4})\s+(?:fiscal\s+)?(?:quarter|period)"
        r"|last\s+year's\s+(?:fiscal\s+)?(?:quarter|period)"
        r"|the\s+(?P<qa2>latest|year-earlier|year-ago|year\s+earlier|year\s+ago|comparable|corresponding)\s+"
        r"(?:three-month\s+)?period(?:\s+last\s+year)?",
        _quarter_relative,
    ),
    (
        "half",
        r"(?:the\s+)?(?:(?P<half>first|second|latter)\s+half|last\s+half(?=\s+of\s))"
        r"(?:\s+of\s+(?:(?:the|this|(?P<hrel>last|next))\s+year|"
        r"(?P<hy>{YEARANY})))?",
        _half,
    ),
    (
        "season",
        r"(?:(?P<part>early|late|mid)(?:-|\s+))?(?:(?P<the>the)\s+)?(?:(?P<tnl>{TNL})\s+)?(?P<season>{SEASON})"
        r"(?:\s+(?:of\s+)?(?P<year>{YEARANY}))?",
        _season,
    ),
    (
        "relative_unit",
        r"(?:{PART}\s+)?(?P<tnl>{TNL})\s+(?P<unit>(?:fiscal\s+)?year|week|weekend|month|quarter|decade|"
        r"century|day)(?!-)",
        _relative_unit,
    ),
    (
        "part_of_unit",
        r"(?:(?:earlier|later)\s+in|the\s+(?:beginning|start|middle|end|close)\s+of)\s+the\s+"
        r"(?P<unit>week|month|year|day)",
        _part_of_unit,
    ),
    (
        "offset",
        r"(?:(?P<approx>{APPROX})\s+)?(?P<num>{VAGUE}|{NUM})(?:\s+|-)(?:more\s+)?(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
        r"(?P<dir>ago|earlier|before|later|after|from\s+now|hence|previously|back)",
        _offset,
    ),
    (
        "duration",
        r"(?:(?P<approx>{APPROX})\s+(?!the\b))?(?:the\s+(?!\S+-{UNIT}\b))?(?:(?P<mod>past|last|next|first|coming|previous|final|remaining|"
        r"latest|initial|following|preceding|additional|further|other|recent|same)\s+)?"
        r"(?P<num>{VAGUE}|{NUMD})(?:\s+more)?(?:\s+(?P<adj>(?!(?:{NUMWORD}|{UNIT}|{VAGUE}|{TNL})\b)[a-z]+))?(?:\s+|-)"
        r"(?P<unit>{UNIT})(?P<andhalf>\s+and\s+a\s+half)?(?:\s+or\s+so|-long)?"
        r"(?!-old|\s+old\b|-)",
        _duration_rule,
    ),
    (
        "duration_range",
        r"(?:(?P<approx>{APPROX})\s+(?!the\b))?(?:the\s+(?:(?:past|last|next|first|coming)\s+)?)?"
        r"(?P<num>{NUMD})\s*(?:to|or|-|and)\s*(?:{NUMD})(?:\s+|-)(?P<unit>{UNIT})",
        _duration_range,
    ),
    (
        "vague_plural",
        r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bover\s)|(?<=\bafter\s)|(?<=\bin\s))(?P<unit>{UNITPL})"
        r"(?:(?=\s*[.,;)]|\s+of\b)|(?P<opening>))",
        _vague_plural,
    ),
    ("vague_plural_of", r"(?P<unit>years|months|weeks|decades)(?=\s+of\s)", _vague_plural),
    (
        "day_relative",
        r"(?:(?:early|late|mid)(?:-|\s+))?(?:(?P<pod0>{POD})\s+)?(?P<rd>today|yesterday|tomorrow|tonight)"
        r"(?:\s+(?P<pod>{POD}))?",
        _day_relative,
    ),
    (
        "part_of_day_anaphoric",
        r"(?P<rel>that|the\s+same|the\s+next|the\s+following|the\s+previous)\s+"
        r"(?P<pod>morning|afternoon|evening|night)",
        _part_of_day_anaphoric,
    ),
    (
        "day_before_after",
        r"the\s+day\s+(?P<ba>before|after)(?=\s*(?:[.,;:!?)]|$))",
        _day_before_after,
    ),
    (
        "part_of_day_bare",
        r"(?:early|late|mid)(?:-|\s+)?(?P<pod>morning|afternoon|evening)",
        _part_of_day_bare,
    ),
    (
        "part_of_day",
        r"(?:(?:early|late)\s+)?(?P<pr>this|last|yesterday|tomorrow)\s+(?P<pod>{POD})",
        _part_of_day,
    ),
    ("overnight", r"overnight", _overnight),
    (
        "weekday",
        r"(?:(?:early|late|earlier|later|mid)\s+)?(?:(?P<tnl>last|next|this\s+coming|this\s+past|this|coming|"
        r"the\s+(?:previous|following|next|preceding))\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<pod>{POD}))?",
        _weekday,
    ),
    ("weekday_plural", r"(?P<wdp>{WEEKDAYS})", _weekday_plural),
    (
        "clock",
        r"(?:(?:about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        r"(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.?|p\.m\.?|am|pm|o'clock)"
        r"(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|MST|MDT|GMT|UTC|local\s+time))?"
        r"(?:,?\s+(?:on\s+)?(?P<when>{WEEKDAY}|today|yesterday|tomorrow|tonight|{MONTHX}\s+\d{1,2}))?",
        _clock,
    ),
    (
        "clock24",
        r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?P<ap>)(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|MST|MDT|GMT|UTC|"
        r"local\s+time))?(?:,?\s+(?:on\s+)?(?P<when>{WEEKDAY}|today|yesterday|tomorrow|tonight))?",
        _clock,
    ),
    (
        "noon",
        r"(?P<nm>noon|midnight|midday)(?:,?\s+(?:on\s+)?(?P<when>{WEEKDAY}|today|yesterday|tomorrow|"
        r"{MONTHX}\s+\d{1,2}(?!\d)))?",
        _noon,
    ),
    (
        "set_every",
        r"(?:every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?:(?P<unit>{UNIT})|"
        r"(?P<wd>{WEEKDAY})|(?P<month>{MONTH_FULL})|(?P<season>{SEASON}))",
        _set_every,
    ),
    ("set_adverb", r"(?P<adv>{SETADV})", _set_adverb),
    ("reference", r"(?P<ref>{REF})", _reference),
    (
        "holiday",
        r"(?:(?P<tnl>last|next|this)\s+)?(?P<hol>{HOLIDAY})(?:\s+(?P<year>{YEAR4}))?",
        _holiday,
    ),
    ("year_adjective", r"(?:year-earlier|year-ago|year-before|prior-year)", _year_adjective),
    (
        "the_unit",
        r"the\s+(?:(?P<full>full|fiscal|calendar|whole|entire)\s+)?(?P<unit>year|week|weekend|day)"
        r"(?=(?P<ended>\s+(?:that\s+)?(?:ended|ending|ends|through|to)\b)?)",
        _the_unit,
    ),
    ("year_end", r"(?:year-end|year\s+end|year's\s+end)", _year_end),
)


# Words at least one of which every match of a rule contains (an upper-case name: every word of
# that lexicon list, or a digit shape of ``_DIGIT_TRIGGERS``). A text is only scanned with a rule's
# pattern near its triggers, so the ~40 patterns cost one cheap scan instead of ~40 full-text scans.
_DIGIT_TRIGGERS = {
    "YEAR_DIGITS": r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)",
    "SLASH_DIGITS": r"\d/\d",
    "CLOCK_DIGITS": r"\d(?::\d|\s*(?:[ap]\.?m|o'clock))",
    "QUARTER_CODE": r"Q[1-4]",
    "DECADE_DIGITS": r"'\d0s",
}
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "date_mdy": ("MONTHS",),
    "date_dmy": ("MONTHS",),
    "date_iso": ("YEAR_DIGITS",),
    "date_slash": ("SLASH_DIGITS",),
    "month_day": ("MONTHS",),
    "week_of": ("MONTHS",),
    "day_coordinated": ("MONTHS",),
    "day_month": ("MONTHS",),
    "month_year": ("MONTHS",),
    "month_alone": ("MONTHS",),
    "year": ("YEAR_DIGITS", "nineteen", "eighteen", "thousand"),
    "decade": ("YEAR_DIGITS", "DECADE_DIGITS", "DECADE_WORDS"),
    "century": ("century",),
    "quarter": ("quarter",),
    "quarter_code": ("QUARTER_CODE",),
    "quarter_relative": ("quarter", "period"),
    "half": ("half",),
    "season": ("SEASONS",),
    "relative_unit": ("year", "week", "weekend", "month", "quarter", "decade", "century", "day"),
    "part_of_unit": ("week", "month", "year", "day"),
    "offset": ("UNITS",),
    "duration": ("UNITS",),
    "duration_range": ("UNITS",),
    "vague_plural": ("UNITS",),
    "vague_plural_of": ("UNITS",),
    "day_relative": ("today", "yesterday", "tomorrow", "tonight"),
    "part_of_day": ("PARTS_OF_DAY",),
    "part_of_day_bare": ("morning", "afternoon", "evening"),
    "part_of_day_anaphoric": ("morning", "afternoon", "evening", "night"),
    "day_before_after": ("day",),
    "overnight": ("overnight",),
    "weekday": ("WEEKDAYS",),
    "weekday_plural": ("WEEKDAYS_PLURAL",),
    "clock": ("CLOCK_DIGITS",),
    "clock24": ("CLOCK_DIGITS",),
    "noon": ("noon", "midnight", "midday"),
    "set_every": ("every", "each", "per"),
    "set_adverb": ("SET_ADVERBS",),
    "reference": ("REFERENCES",),
    "holiday": ("HOLIDAYS",),
    "year_adjective": ("year",),
    "the_unit": ("year", "week", "weekend", "day"),
    "year_end": ("year",),
}


def _trigger_words(lex: Lexicon, spec: tuple[str, ...]) -> set[str]:
    """The trigger words of one rule: for a phrase of a word list, its longest word (rarest, and
    present in every match of the phrase)."""
    lists: dict[str, list[str]] = {
        "MONTHS": list(lex.months),
        "DECADE_WORDS": list(lex.decade_words),
        "SEASONS": list(lex.seasons),
        "UNITS": list(lex.units),
        "PARTS_OF_DAY": list(lex.parts_of_day),
        "WEEKDAYS": list(lex.weekdays),
        "WEEKDAYS_PLURAL": list(lex.weekdays_plural),
        "SET_ADVERBS": list(lex.set_adverbs),
        "REFERENCES": list(lex.references),
        "HOLIDAYS": list(lex.holidays),
    }
    words: set[str] = set()
    for item in spec:
        for phrase in lists.get(item, [item]):
            parts = [item] if item in _DIGIT_TRIGGERS else re.findall(r"[a-z]+", phrase.lower())
            words.add(max(parts, key=len))
    return words


@dataclass(frozen=True, slots=True)
class Triggers:
    """Every rule's triggers: ``by_word`` maps a lower-case trigger word, or the name of a digit
    shape of ``digit_shapes`` (tried just around each run of digits), to the indices of the rules
    it triggers."""

    by_word: dict[str, tuple[int, ...]]
    words: frozenset[str]
    digit_shapes: tuple[tuple[str, re.Pattern[str]], ...]


@functools.cache
def rules() -> tuple[Rule, ...]:
    """The compiled rules, built once per process."""
    fragments = _fragments(lexicon())
    return tuple(Rule(name, _compile(tpl, fragments), fn) for name, tpl, fn in _TEMPLATES)


@functools.cache
def triggers() -> Triggers:
    """The trigger scan of :func:`rules`, built once per process."""
    lex = lexicon()
    by_word: dict[str, list[int]] = {}
    for index, (name, _, _) in enumerate(_TEMPLATES):
        for word in _trigger_words(lex, _TRIGGERS[name]):
            by_word.setdefault(word, []).append(index)
    shapes = tuple((name, re.compile(shape, re.IGNORECASE)) for name, shape in _DIGIT_TRIGGERS.items())
    words = frozenset(w for w in by_word if w not in _DIGIT_TRIGGERS)
    return Triggers({w: tuple(ix) for w, ix in by_word.items()}, words, shapes)
