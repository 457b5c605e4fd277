"""Bytes to text: byte-order marks, UTF-8, then charset detection; binary is refused.

Every failure raises :class:`~watchfloor.errors.IngestError` with its code (E101 empty,
E102 binary, E103 undecodable), so readers turn it into a :class:`~watchfloor.model.Reject`.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final

from charset_normalizer import from_bytes

from ..errors import Errors, IngestError

__all__ = ["declared_charset", "decode_text", "looks_binary"]

# Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes that never occur in text (TAB, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES: Final = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}
_SNIFF: Final = 8192  # bytes looked at by the binary test
_MAX_CONTROL_SHARE: Final = 0.05
_MAX_ODD_CHAR_SHARE: Final = 0.05  # control / private-use / unassigned characters after decoding
# <meta charset="..."> or <?xml encoding="..."?> near the top of an HTML or XML file.
_DECLARED: Final = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def _bom(data: bytes) -> tuple[str, int] | None:
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, len(mark)
    return None


def looks_binary(data: bytes) -> str | None:
    """Why ``data`` is not text (NUL bytes, many control bytes), or ``None`` if it may be text.

    Data starting with a UTF-16/32 byte-order mark is text even with NUL bytes.
    """
    if _bom(data) is not None:
        return None
    head = data[:_SNIFF]
    if b"\x00" in head:
        return "NUL bytes"
    control = sum(1 for b in head if b in _CONTROL_BYTES)
    if head and control / len(head) > _MAX_CONTROL_SHARE:
        return f"{control} control bytes in the first {len(head)}"
    return None


def declared_charset(data: bytes) -> str | None:
    """The encoding an HTML/XML head declares (``<meta charset>``, ``<?xml encoding?>``), if valid."""
    match = _DECLARED.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _odd_share(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:_SNIFF]
    odd = sum(
        1
        for c in sample
        if c not in "\t\n\r\x0b\x0c\x1b" and unicodedata.category(c) in {"Cc", "Co", "Cn", "Cs"}
    )
    return odd / len(sample)


def decode_text(data: bytes, where: str, *, declared: str | None = None) -> str:
    """Decode ``data`` to text: BOM, UTF-8, the ``declared`` charset, then detection.

    Raises ``IngestError`` (E101 empty, E102 binary, E103 undecodable). Detection covers
    legacy single-byte encodings such as cp1251 (Russian) and Latin-1.
    """
    if not data.strip():
        raise IngestError(Errors.E101.format(where=where), source=where)
    bom = _bom(data)
    if bom is not None:
        encoding, skip = bom
        try:
            text = data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise IngestError(
                Errors.E103.format(
                    where=where, reason=f"invalid {encoding} after its byte-order mark: {exc}"
                ),
                source=where,
            ) from None
        return _checked(text, where)
    reason = looks_binary(data)
    if reason is not None:
        raise IngestError(Errors.E102.format(where=where, reason=reason), source=where)
    try:
        return _checked(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    if declared and declared not in {"utf-8", "utf_8"}:
        try:
            return _checked(data.decode(declared), where)
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(data[: 4 * _SNIFF]).best()
    if best is not None and best.encoding:
        try:
            return _checked(data.decode(best.encoding), where)
        except (UnicodeDecodeError, LookupError):
            pass
    raise IngestError(
        Errors.E103.format(
            where=where, reason="not UTF-8 and no other encoding fits; re-save the file as UTF-8"
        ),
        source=where,
    )


def _checked(text: str, where: str) -> str:
    if not text.strip():
        raise IngestError(Errors.E101.format(where=where), source=where)
    share = _odd_share(text)
    if share > _MAX_ODD_CHAR_SHARE:
        raise IngestError(
            Errors.E102.format(where=where, reason=f"{share:.0%} control or unassigned characters"),
            source=where,
        )
    return text
