"""Knowledge tables shipped as data files, loaded once per process and validated on load.

Each file under this folder is described in ``README.md`` (source, licence, columns).
A bad row raises :class:`~watchfloor.errors.KnowledgeError` naming file, line and reason.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from importlib import resources
from typing import Any

from ..errors import Errors, KnowledgeError

__all__ = ["read_json", "read_text", "read_tsv", "read_word_list"]


def read_text(name: str) -> str:
    """The text of the knowledge file ``name`` (UTF-8)."""
    try:
        return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeError(Errors.E011.format(path=name)) from None


@functools.cache
def read_tsv(name: str, required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of a TSV knowledge file as dicts. Lines starting with ``#`` are comments.

    Every column in ``required`` must be present and non-empty in every row.
    """
    text = read_text(name)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if not line.startswith("#")]
    lines = [(n, line) for n, line in lines if line.strip()]
    if not lines:
        raise KnowledgeError(Errors.E010.format(path=name, line=0, reason="no header row"))
    header_no, _header = lines[0]
    reader = csv.reader(
        io.StringIO("\n".join(line for _, line in lines)), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    columns = next(reader)
    missing = [c for c in required if c not in columns]
    if missing:
        raise KnowledgeError(
            Errors.E010.format(path=name, line=header_no, reason=f"missing columns {missing}")
        )
    rows: list[dict[str, str]] = []
    for (line_no, _), values in zip(lines[1:], reader, strict=True):
        if len(values) != len(columns):
            raise KnowledgeError(
                Errors.E010.format(
                    path=name,
                    line=line_no,
                    reason=f"{len(values)} columns, expected {len(columns)}",
                )
            )
        row = dict(zip(columns, values, strict=True))
        for col in required:
            if not row[col].strip():
                raise KnowledgeError(Errors.E010.format(path=name, line=line_no, reason=f"empty {col!r}"))
        rows.append(row)
    return tuple(rows)


@functools.cache
def read_json(name: str) -> Any:
    """A JSON knowledge file, parsed."""
    try:
        return json.loads(read_text(name))
    except json.JSONDecodeError as exc:
        raise KnowledgeError(Errors.E010.format(path=name, line=exc.lineno, reason=exc.msg)) from None


@functools.cache
def read_word_list(name: str, key: str, keys: frozenset[str] | None = None) -> frozenset[str]:
    """The list ``key`` of the JSON knowledge file ``name`` as a set of lower-case strings, read once.

    ``keys``, when given, are the lists a caller may ask for (a file may also hold tables and notes); any
    other key, or one the file holds as no list, raises :class:`~watchfloor.errors.KnowledgeError`.
    """
    data = read_json(name)
    if (
        (keys is not None and key not in keys)
        or not isinstance(data, dict)
        or not isinstance(data.get(key), list)
    ):
        raise KnowledgeError(Errors.E010.format(path=name, line=0, reason=f"no word list {key!r}"))
    return frozenset(str(w).lower() for w in data[key])
