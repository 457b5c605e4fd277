"""Analytics: the escalation index per dyad-day, Trendfinder-style alerts, exports and alert delivery.

Reads the store; never imports the pipeline, web or CLI. The watch loop that drives these
from new sources lives in :mod:`watchfloor.watch`.
"""

from __future__ import annotations

from ._alerts import (
    BASELINES,
    MIN_HISTORY_DAYS,
    STD_FLOOR,
    Alert,
    AlertUpdate,
    Baseline,
    compute_alerts,
    update_alerts,
)
from ._index import DYAD_LEVELS, DyadDay, DyadLevel, dyad_actor, dyad_day_events, escalation_index, parse_dyad

__all__ = [
    "BASELINES",
    "DYAD_LEVELS",
    "MIN_HISTORY_DAYS",
    "STD_FLOOR",
    "Alert",
    "AlertUpdate",
    "Baseline",
    "DyadDay",
    "DyadLevel",
    "compute_alerts",
    "dyad_actor",
    "dyad_day_events",
    "escalation_index",
    "parse_dyad",
    "update_alerts",
]
