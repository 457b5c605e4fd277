"""Calendar arithmetic for TIMEX3 values: shifting a reference date and writing it at a granularity.

Granularities are TIMEX3's: ``D`` day (``2022-02-15``), ``W`` ISO week (``2022-W07``),
``M`` month (``2022-02``), ``Q`` quarter (``2022-Q1``), ``H`` half (``2022-H1``), ``Y`` year
(``2022``), ``DE`` decade (``202``), ``CE`` century (``20``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

__all__ = [
    "Direction",
    "add_months",
    "fmt",
    "month_day_year",
    "nearest_month",
    "shift",
    "weekday_date",
]

# Which way an underspecified expression points: "said Tuesday" (past) or "will meet Tuesday" (future).
Direction = Literal["past", "future"] | None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(f"no valid day for {year}-{month}")  # pragma: no cover - unreachable


def shift(day: dt.date, unit: str, n: int) -> dt.date:
    """``day`` moved by ``n`` units (``D``, ``W``, ``WE``, ``FN``, ``M``, ``Q``, ``Y``, ``DE``, ``CE``)."""
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit in ("W", "WE"):
        return day + dt.timedelta(weeks=n)
    if unit == "FN":
        return day + dt.timedelta(weeks=2 * n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200, "ML": 12000}.get(unit)
    if months is None:
        return day
    return add_months(day, months * n)


def fmt(day: dt.date, granularity: str) -> str:
    """``day`` written as a TIMEX3 value at ``granularity``."""
    if granularity == "D":
        return day.isoformat()
    if granularity in ("W", "FN"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "WE":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}-WE"
    if granularity == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if granularity == "H":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    if granularity == "DE":
        return f"{day.year // 10:03d}"
    if granularity == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def weekday_date(ref: dt.date, weekday: int, direction: Direction, relative: int | None = None) -> dt.date:
    """The date of ISO ``weekday`` (1 = Monday) near ``ref``.

    ``relative`` -1/0/+1 for "last"/"this"/"next"; otherwise ``direction`` decides: the most
    recent such day on or before ``ref`` (past, and by default — news reports what happened),
    or the first on or after it (future).
    """
    delta = weekday - ref.isoweekday()
    if relative == 0:
        return ref + dt.timedelta(days=delta)
    if relative == -1:
        back = (ref.isoweekday() - weekday) % 7 or 7
        return ref - dt.timedelta(days=back)
    if relative == 1:
        ahead = (weekday - ref.isoweekday()) % 7 or 7
        return ref + dt.timedelta(days=ahead)
    if direction == "future":
        return ref + dt.timedelta(days=(weekday - ref.isoweekday()) % 7)
    return ref - dt.timedelta(days=(ref.isoweekday() - weekday) % 7)


def nearest_month(ref: dt.date, month: int, direction: Direction, certain: bool = False) -> int:
    """The year of the ``month`` meant near ``ref``.

    Past (or no tense) → the most recent (this month counts), future → the next (this month
    counts) — unless the direction is not ``certain`` and the other one is more than ``_BIAS``
    times closer ("in January", written in November, is the coming January even in a
    past-tense sentence about a plan).
    """
    past_year = ref.year if month <= ref.month else ref.year - 1
    future_year = ref.year if month >= ref.month else ref.year + 1
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12
    if direction == "future":
        return past_year if back * _BIAS < ahead and not certain else future_year
    return future_year if ahead * _BIAS < back and not certain else past_year


# How much closer the date against the tense must be to win.
_BIAS = 3


def month_day_year(ref: dt.date, month: int, day: int, direction: Direction, certain: bool = False) -> int:
    """The year of ``month``/``day`` near ``ref`` (as :func:`nearest_month`, at day resolution)."""
    past = _month_day(ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1, month, day)
    future = _month_day(ref.year if (month, day) >= (ref.month, ref.day) else ref.year + 1, month, day)
    if past is None or future is None:
        return ref.year
    back = (ref - past).days
    ahead = (future - ref).days
    if direction == "future":
        return past.year if back * _BIAS < ahead and not certain else future.year
    return future.year if ahead * _BIAS < back and not certain else past.year


def _month_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
