"""The exporter registry (``analytics.exporters``) and :func:`export`, the one call the CLI makes.

Built-ins, registered here in one list: ``gdelt-tsv`` (alias ``gdelt``), ``parquet`` and, when the
claim ledger's ClaimReview writer is present (``watchfloor.link.claimreview``), ``claimreview``.
An exporter takes the store, an output path and the settings and returns the rows written per table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Errors, SettingsError, StoreError
from ..registry import Registry
from ..settings import Settings
from ..store import Store
from ._gdelt import sidecar_path, write_gdelt
from ._parquet import PARQUET_COLUMNS, write_parquet

__all__ = ["ExportResult", "Exporter", "export", "exporters"]

Exporter = Callable[[Store, Path, Settings], "ExportResult"]


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportResult:
    """What an export wrote: its format, the files, and the rows per table."""

    format: str
    files: tuple[Path, ...]
    rows: dict[str, int]

    def to_json(self) -> dict[str, Any]:
        return {"format": self.format, "files": [str(f) for f in self.files], "rows": dict(self.rows)}


def _gdelt(store: Store, out: Path, settings: Settings) -> ExportResult:
    rows = write_gdelt(store, out)
    return ExportResult(format="gdelt-tsv", files=(out, sidecar_path(out)), rows=rows)


def _parquet(store: Store, out: Path, settings: Settings) -> ExportResult:
    rows = write_parquet(store, out)
    return ExportResult(
        format="parquet", files=tuple(out / f"{table}.parquet" for table in PARQUET_COLUMNS), rows=rows
    )


def _claimreview(store: Store, out: Path, settings: Settings) -> ExportResult:
    from ..link import build_ledger
    from ..link.claimreview import claim_reviews

    reviews = claim_reviews(build_ledger(store.extractions(), settings), base_url=settings.public_url)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(Errors.E602.format(path=out, reason=exc)) from None
    return ExportResult(format="claimreview", files=(out,), rows={"claims": len(reviews)})


def _has_claimreview() -> bool:
    try:
        from ..link.claimreview import claim_reviews  # noqa: F401
    except ImportError:
        return False
    return True


BUILTIN: tuple[tuple[str, Exporter], ...] = (
    ("gdelt-tsv", _gdelt),
    ("gdelt", _gdelt),
    ("parquet", _parquet),
    *((("claimreview", _claimreview),) if _has_claimreview() else ()),
)

exporters: Registry[Exporter] = Registry("exporter")
for _name, _exporter in BUILTIN:
    exporters.register(_name, _exporter)


def export(store: Store, fmt: str, out: str | Path, settings: Settings | None = None) -> ExportResult:
    """Export ``store`` in format ``fmt`` (a name in :data:`exporters`) to ``out``."""
    if fmt not in exporters:
        raise SettingsError(Errors.E601.format(name=fmt, choices=", ".join(exporters.names())))
    _refuse_store_paths(store, Path(out))
    return exporters.get(fmt)(store, Path(out), settings or Settings())


def _refuse_store_paths(store: Store, out: Path) -> None:
    """An output onto the store file (or its journal files) would erase it before it is read."""
    db = store.path.resolve()
    guarded = {db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))}
    for path in (out, sidecar_path(out)):
        if path.resolve() in guarded:
            reason = f"it is the store being exported ({store.path}); choose another --out"
            raise StoreError(Errors.E602.format(path=out, reason=reason))
