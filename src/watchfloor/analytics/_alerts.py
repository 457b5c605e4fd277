"""Alerts in the manner of ACLED's Trendfinder: a dyad-day far above the dyad's own baselines.

For every dyad-day with at least ``settings.alert_min_events`` counted events, the day's
escalation value (see :mod:`._index`) is compared with the dyad's daily values over the 4 weeks
and the 52 weeks before it (days without events count as 0; days before the store's first event
are unknown and left out). An alert fires when the value is positive and its z-score against
either baseline reaches ``settings.alert_threshold``; the standard deviation is floored at
:data:`STD_FLOOR` so that a quiet history does not divide by zero. A baseline needs
:data:`MIN_HISTORY_DAYS` days of history; before that the dyad cannot alert.

Each alert names what drives it: the counted conflict events of that day (negative Goldstein,
most conflictual first) with their trigger and sentence spans and the statements they come from,
and, apart, the claimed events the index left out. Alerts are recomputed wholesale (replayed)
by :func:`update_alerts`.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Final

from ..model import stable_id
from ..settings import Settings
from ..store import Store
from ._index import CLAIMED, DyadDay, DyadLevel, dyad_day_events, escalation_index

__all__ = [
    "BASELINES",
    "MIN_HISTORY_DAYS",
    "STD_FLOOR",
    "Alert",
    "AlertUpdate",
    "Baseline",
    "compute_alerts",
    "update_alerts",
]

BASELINES: Final[tuple[tuple[str, int], ...]] = (("4w", 28), ("52w", 364))
MIN_HISTORY_DAYS: Final = 7
STD_FLOOR: Final = 1.0
MAX_DRIVERS: Final = 10


@dataclass(frozen=True, slots=True, kw_only=True)
class Baseline:
    """A dyad's daily escalation over a window before the alert day, and the day's z-score."""

    window: str  # "4w" or "52w"
    start: str
    end: str
    days: int
    mean: float
    std: float
    z: float
    events_mean: float

    def to_json(self) -> dict[str, Any]:
        return {
            "window": self.window,
            "start": self.start,
            "end": self.end,
            "days": self.days,
            "mean": round(self.mean, 3),
            "std": round(self.std, 3),
            "z": round(self.z, 3),
            "events_mean": round(self.events_mean, 3),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Alert:
    """One dyad-day that crossed the threshold, with the events and statements that drive it."""

    id: str
    dyad: tuple[str, str]
    day: str
    level: str
    score: float
    value: float
    events: int
    claimed: int
    baselines: tuple[Baseline, ...]
    drivers: tuple[dict[str, Any], ...]
    claimed_events: tuple[dict[str, Any], ...]
    statements: tuple[dict[str, Any], ...]

    @property
    def dyad_name(self) -> str:
        return f"{self.dyad[0]}-{self.dyad[1]}"

    def explain(self) -> str:
        """One paragraph: the change against each baseline and the events that drive it."""
        parts = [
            f"{self.dyad_name} {self.day}: escalation {self.value:.1f} from {self.events} event(s)"
            + (f" ({self.claimed} claimed event(s) left out)" if self.claimed else "")
        ]
        for b in self.baselines:
            parts.append(f"vs {b.window} mean {b.mean:.1f} (sd {b.std:.1f}, {b.days} days): z {b.z:.1f}")
        lines = ["; ".join(parts)]
        for ev in self.drivers:
            trig = (ev.get("trigger") or {}).get("text", "")
            who = ev["statement"]["speaker"] if ev.get("statement") else None
            lines.append(
                f"  - {ev['actor1']['code']} {ev['cameo']} {ev['actor2']['code']} ({ev['goldstein']:+.1f},"
                f" {ev['bucket']}) {trig!r} event {ev['id']}" + (f", said by {who}" if who else "")
            )
        for ev in self.claimed_events:
            trig = (ev.get("trigger") or {}).get("text", "")
            lines.append(
                f"  - not counted (claimed): {ev['actor1']['code']} {ev['cameo']} {ev['actor2']['code']}"
                f" ({ev['goldstein']:+.1f}) {trig!r} event {ev['id']}"
            )
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "dyad": list(self.dyad),
            "day": self.day,
            "level": self.level,
            "score": round(self.score, 3),
            "value": round(self.value, 3),
            "events": self.events,
            "claimed": self.claimed,
            "baselines": [b.to_json() for b in self.baselines],
            "drivers": list(self.drivers),
            "claimed_events": list(self.claimed_events),
            "statements": list(self.statements),
            "explanation": self.explain(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Alert:
        """An alert from its stored record (the ``alerts.record`` JSON)."""
        return cls(
            id=data["id"],
            dyad=(data["dyad"][0], data["dyad"][1]),
            day=data["day"],
            level=data.get("level", "country"),
            score=float(data["score"]),
            value=float(data["value"]),
            events=int(data["events"]),
            claimed=int(data.get("claimed", 0)),
            baselines=tuple(Baseline(**b) for b in data.get("baselines", [])),
            drivers=tuple(data.get("drivers", [])),
            claimed_events=tuple(data.get("claimed_events", [])),
            statements=tuple(data.get("statements", [])),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AlertUpdate:
    """The result of recomputing alerts: all current alerts and those that are new."""

    alerts: tuple[Alert, ...]
    new: tuple[Alert, ...]


class _Series:
    """One dyad's daily escalation and event counts from the store's first day, with prefix sums.

    Window means and standard deviations are then O(1) per alert candidate.
    """

    def __init__(self, first: dt.date, cells: dict[str, DyadDay]) -> None:
        self.first = first
        last = max(dt.date.fromisoformat(d) for d in cells)
        size = (last - first).days + 1
        values = [0.0] * size
        counts = [0] * size
        for day, cell in cells.items():
            i = (dt.date.fromisoformat(day) - first).days
            values[i], counts[i] = cell.escalation, cell.events
        self.sums = [0.0]
        self.squares = [0.0]
        self.counts = [0]
        for v, c in zip(values, counts, strict=True):
            self.sums.append(self.sums[-1] + v)
            self.squares.append(self.squares[-1] + v * v)
            self.counts.append(self.counts[-1] + c)

    def baseline(self, window: str, length: int, day: dt.date, value: float) -> Baseline | None:
        """The window of ``length`` days before ``day`` (not before the first day), or None if too short."""
        start = max(day - dt.timedelta(days=length), self.first)
        end = day - dt.timedelta(days=1)
        days = (end - start).days + 1
        if days < MIN_HISTORY_DAYS:
            return None
        lo, hi = (start - self.first).days, (end - self.first).days + 1
        mean = (self.sums[hi] - self.sums[lo]) / days
        variance = max((self.squares[hi] - self.squares[lo]) / days - mean * mean, 0.0)
        std = math.sqrt(variance)
        return Baseline(
            window=window,
            start=start.isoformat(),
            end=end.isoformat(),
            days=days,
            mean=mean,
            std=std,
            z=(value - mean) / max(std, STD_FLOOR),
            events_mean=(self.counts[hi] - self.counts[lo]) / days,
        )


def _explained(store: Store, alert_day: DyadDay, level: DyadLevel) -> dict[str, Any]:
    events = dyad_day_events(store, alert_day.dyad, alert_day.day, level=level)
    # what drives an escalation: the counted conflict events (negative Goldstein), most conflictual first
    drivers = [e for e in events if e["bucket"] != CLAIMED and e["goldstein"] < 0][:MAX_DRIVERS]
    claimed = [e for e in events if e["bucket"] == CLAIMED][:MAX_DRIVERS]
    statements: dict[str, dict[str, Any]] = {}
    for ev in drivers + claimed:
        if ev.get("statement"):
            statements.setdefault(ev["statement"]["id"], ev["statement"])
    return {
        "drivers": tuple(drivers),
        "claimed_events": tuple(claimed),
        "statements": tuple(statements.values()),
    }


def compute_alerts(
    store: Store, settings: Settings | None = None, *, level: DyadLevel = "country"
) -> list[Alert]:
    """Every alert the store's events support today, sorted by day then dyad."""
    settings = settings or Settings()
    index = escalation_index(store, level=level)
    if not index:
        return []
    first = min(dt.date.fromisoformat(d.day) for d in index)
    by_dyad: dict[tuple[str, str], dict[str, DyadDay]] = defaultdict(dict)
    for cell in index:
        by_dyad[cell.dyad][cell.day] = cell
    alerts: list[Alert] = []
    for dyad, cells in sorted(by_dyad.items()):
        candidates = [
            (d, c)
            for d, c in sorted(cells.items())
            if c.events >= settings.alert_min_events and c.escalation > 0
        ]
        if not candidates:
            continue
        series = _Series(first, cells)
        for day_text, cell in candidates:
            day = dt.date.fromisoformat(day_text)
            baselines = [
                b
                for name, length in BASELINES
                if (b := series.baseline(name, length, day, cell.escalation)) is not None
            ]
            if not baselines:
                continue
            score = max(b.z for b in baselines)
            if score < settings.alert_threshold:
                continue
            alerts.append(
                Alert(
                    id=stable_id("alert", level, dyad[0], dyad[1], day_text),
                    dyad=dyad,
                    day=day_text,
                    level=level,
                    score=score,
                    value=cell.escalation,
                    events=cell.events,
                    claimed=cell.claimed,
                    baselines=tuple(baselines),
                    **_explained(store, cell, level),
                )
            )
    alerts.sort(key=lambda a: (a.day, a.dyad))
    return alerts


def update_alerts(
    store: Store, settings: Settings | None = None, *, level: DyadLevel = "country"
) -> AlertUpdate:
    """Recompute the alerts and replace the ``alerts`` table; reports which alerts are new."""
    alerts = compute_alerts(store, settings, level=level)
    rows = [
        {"id": a.id, "dyad": a.dyad_name, "day": a.day, "score": a.score, "record": a.to_json()}
        for a in alerts
    ]
    with store.batch():
        new_ids = set(store.replace_alerts(rows))
    return AlertUpdate(alerts=tuple(alerts), new=tuple(a for a in alerts if a.id in new_ids))
