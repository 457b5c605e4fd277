"""Derive the compact actor and agent tables shipped in ``src/watchfloor/knowledge/``.

Reads ``../shared/data/cameo/phoenix_actors.tsv`` and ``phoenix_agents.tsv`` (petrarch2's Phoenix
dictionaries, MIT, © 2014 Open Event Data Alliance) and writes ``event_actor_phrases.tsv`` and
``event_actor_agents.tsv``. Run from the repository root: ``python scripts/build_event_actor_tables.py``.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared")
OUT = Path("src/watchfloor/knowledge")
HEADER = (
    "# Derived from {src} (petrarch2 Phoenix dictionaries, MIT, (c) 2014 Open Event Data Alliance)\n"
    "# by scripts/build_event_actor_tables.py: {how}\n"
)
MAX_WORDS = 4
# Actor names may be longer than role phrases: "Economic Community of West African States", "Organisation for
# the Prohibition of Chemical Weapons", "International Committee of the Red Cross" (round 15; actors.py
# matches n-grams up to the same length).
MAX_NAME_WORDS = 8
# Role words the Phoenix agent dictionary lacks, added by this project (MIT).
EXTRA_AGENTS = (
    ("official", "GOV"),
    ("leader", "GOV"),
    ("government", "GOV"),
    ("spokesman", "GOV"),
    ("spokeswoman", "GOV"),
    ("spokesperson", "GOV"),
    ("secretary-general", "GOV"),
    ("forces", "MIL"),
    ("force", "MIL"),
    ("units", "MIL"),
    ("military", "MIL"),
    # "media" is a stemmed Phoenix entry: without these, "mediators" and "mediation team" read as the press,
    ("mediator", "GOV"),
    ("mediation", "GOV"),
    ("negotiator", "GOV"),
    # nor "prisoners" the police ("prison"): persons held, civilians unless a row says otherwise
    ("prisoner", "CVL"),
    # crisis-news roles the Phoenix table lacks or reads by a later word
    ("opposition", "OPP"),
    ("opposition group", "OPP"),
    ("aid agency", "NGO"),
    ("aid agencies", "NGO"),
    ("humanitarian agency", "NGO"),
    ("humanitarian agencies", "NGO"),
    ("humanitarian group", "NGO"),
    ("relief agency", "NGO"),
    ("relief agencies", "NGO"),
    ("city council", "GOV"),
    ("town council", "GOV"),
    ("municipal council", "GOV"),
    ("regional council", "GOV"),
)

# Role words whose Phoenix sector this project overrides (MIT): a junta is the military in power (MIL, where
# Phoenix has GOV); paramilitaries outside the state's command are armed rebels (REB, where Phoenix has MIL;
# "paramilitary police" and "paramilitary force" keep Phoenix's MIL, the longer phrase winning), as crisis
# copy uses them ("RSF paramilitaries"). A militia keeps Phoenix's UAF: the 2016 judges coded a US militia
# so, and the crisis table names the militias that are rebels (Fano, the PDF, the RSF).
TEAM_AGENTS = (
    ("junta", "MIL"),
    ("junta chief", "MIL"),
    ("junta leader", "MIL"),
    ("military junta", "MIL"),
    ("paramilitary", "REB"),
    ("paramilitaries", "REB"),
    ("paramilitary group", "REB"),
    ("insurgents", "REB"),
)


def _phrase(raw: str) -> str:
    text = raw.replace("_", " ").strip().lower()
    return re.sub(r"\s+", " ", text)


def _current(restriction: str) -> bool:
    """Keep codes without a date restriction or open-ended into the present (``>YYMMDD``)."""
    return restriction == "" or restriction.startswith(">")


def _date(raw: str) -> str:
    """``YYMMDD`` or ``YYYYMMDD`` as ``YYYYMMDD`` (two-digit years above 30 are 19xx)."""
    raw = raw.strip()
    if len(raw) == 6:
        return ("19" if int(raw[:2]) > 30 else "20") + raw
    return raw


def _ends(restriction: str) -> str:
    """When a dated code stops applying (``a-b`` and ``<b`` end at b)."""
    end = restriction.rsplit("-", 1)[-1].lstrip("<")
    return _date(end) if end.isdigit() else ""


def _iso_remap(rows: list[dict[str, str]]) -> dict[str, str]:
    """Phoenix country prefixes that are not ISO alpha-3 (``TMP`` for East Timor) → the ISO code that
    ``countrynames`` gives every primary name of the entries coded with exactly that prefix."""
    import countrynames

    names: dict[str, set[str | None]] = {}
    for row in rows:
        code = row["code"].strip()
        if row["dict"] != "countries" or len(code) != 3 or row["is_primary"] != "1":
            continue
        try:
            iso = countrynames.to_code_3(row["phrase"].replace("_", " ").strip())
        except KeyError:
            iso = None
        names.setdefault(code, set()).add(iso)
    remap: dict[str, str] = {}
    for code, isos in names.items():
        found = {i for i in isos if i is not None and len(i) == 3}
        try:
            known = countrynames.to_code_3(code) == code
        except KeyError:
            known = False
        if len(found) == 1 and not known and code not in found:
            remap[code] = found.pop()
    return remap


def _iso_prefix(prefix: str) -> str:
    """A country prefix that is no ISO alpha-3 code but that ``countrynames`` reads as one (Phoenix's
    ``ANG`` for Angola, on UNITA: AGO), as that code; any other prefix unchanged."""
    import countrynames

    try:
        iso = countrynames.to_code_3(prefix)
    except KeyError:
        return prefix
    return iso if iso is not None and len(iso) == 3 and iso != prefix else prefix


def build_actors() -> None:
    with open(SHARED / "data/cameo/phoenix_actors.tsv", encoding="utf-8") as fh:
        source = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    remap = _iso_remap(source)
    rows: dict[str, str] = {}
    # A phrase with only dated codes (a person whose office ended) keeps its latest code: the
    # person's country outlives the office, and the sector is the last one held.
    dated: dict[str, tuple[str, str]] = {}
    for row in source:
        code = row["code"].strip()
        phrase = _phrase(row["phrase"])
        if not code or not phrase:
            continue
        if len(phrase.split()) > MAX_NAME_WORDS or not re.fullmatch(r"[a-z0-9 .'&-]+", phrase):
            continue
        if len(phrase) < 3 and phrase not in {"un", "eu"}:
            continue
        # (a bare three-letter code is no country prefix: Phoenix's BAH is the Baha'i faith, not Bahamas)
        code = remap.get(code[:3], _iso_prefix(code[:3]) if len(code) > 3 else code[:3]) + code[3:]
        restriction = row["date_restriction"].strip()
        if _current(restriction):
            # First current code wins (the primary assignment comes first in the dictionary).
            rows.setdefault(phrase, code)
            continue
        end = _ends(restriction)
        if end and (phrase not in dated or end > dated[phrase][0]):
            dated[phrase] = (end, code)
    for phrase, (_, code) in dated.items():
        rows.setdefault(phrase, code)
    with open(OUT / "event_actor_phrases.tsv", "w", encoding="utf-8") as out:
        out.write(
            HEADER.format(
                src="phoenix_actors.tsv",
                how=f"lower-cased phrases of <= {MAX_NAME_WORDS} words with a current (undated or '>') code, "
                "else their latest dated code; non-ISO country prefixes mapped to ISO (TMP -> TLS)",
            )
        )
        out.write("phrase\tcode\n")
        for phrase in sorted(rows):
            out.write(f"{phrase}\t{rows[phrase]}\n")
    print(f"event_actor_phrases.tsv: {len(rows)} rows")


def build_agents() -> None:
    rows: dict[str, tuple[str, str]] = {}
    persons = ("man", "men", "woman", "women", "person", "people")
    ministers = ("minister", "ministers", "ministry", "ministries")
    with open(SHARED / "data/cameo/phoenix_agents.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            code = row["code"].strip().strip("~")
            raw = row["phrase"]
            if not code or not re.fullmatch(r"[A-Z]+", code):
                continue
            variants = [raw]
            for mark, words in (("!PERSON!", persons), ("!MINIST!", ministers)):
                variants = (
                    [v.replace(mark, w.upper()) for v in variants for w in words] if mark in raw else variants
                )
            for variant in variants:
                # PETRARCH: a phrase without a trailing "_" matches its last word as a prefix (stem).
                stem = "0" if variant.endswith("_") or "!" in raw else "1"
                phrase = _phrase(variant)
                if phrase and len(phrase.split()) <= MAX_WORDS and re.fullmatch(r"[a-z .'-]+", phrase):
                    rows.setdefault(phrase, (code[:3], stem))
    for phrase, sector in EXTRA_AGENTS:
        rows.setdefault(phrase, (sector, "1"))
    for phrase, sector in TEAM_AGENTS:
        rows[phrase] = (sector, "1")
    with open(OUT / "event_actor_agents.tsv", "w", encoding="utf-8") as out:
        out.write(
            HEADER.format(
                src="phoenix_agents.tsv",
                how="agent phrases (!PERSON!, !MINIST! expanded) -> 3-letter sector; "
                "stem=1: last word is a prefix",
            )
        )
        out.write("phrase\tsector\tstem\n")
        for phrase in sorted(rows):
            sector, stem = rows[phrase]
            out.write(f"{phrase}\t{sector}\t{stem}\n")
    print(f"event_actor_agents.tsv: {len(rows)} rows")


if __name__ == "__main__":
    build_actors()
    build_agents()
