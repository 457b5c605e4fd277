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
from ._duckdb import escalation_index_parquet
from ._exporters import Exporter, ExportResult, export, exporters
from ._gdelt import GDELT_COLUMNS, SIDECAR_COLUMNS, global_event_id, sidecar_path
from ._index import (
    DYAD_LEVELS,
    DyadDay,
    DyadLevel,
    dyad_actor,
    dyad_actor_sql,
    dyad_day_events,
    escalation_index,
    parse_dyad,
)
from ._notify import AlertLog, Backoff, WebhookError, format_alert, parse_interval, post_webhook
from ._parquet import PARQUET_COLUMNS, arrow_schema

__all__ = [
    "BASELINES",
    "DYAD_LEVELS",
    "GDELT_COLUMNS",
    "MIN_HISTORY_DAYS",
    "PARQUET_COLUMNS",
    "SIDECAR_COLUMNS",
    "STD_FLOOR",
    "Alert",
    "AlertLog",
    "AlertUpdate",
    "Backoff",
    "Baseline",
    "DyadDay",
    "DyadLevel",
    "ExportResult",
    "Exporter",
    "WebhookError",
    "arrow_schema",
    "compute_alerts",
    "dyad_actor",
    "dyad_actor_sql",
    "dyad_day_events",
    "escalation_index",
    "escalation_index_parquet",
    "export",
    "exporters",
    "format_alert",
    "global_event_id",
    "parse_dyad",
    "parse_interval",
    "post_webhook",
    "sidecar_path",
    "update_alerts",
]
