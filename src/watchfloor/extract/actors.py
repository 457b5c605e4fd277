"""CAMEO-style actor coding: a mention (with optional role and organisation) to a code.

``code_actor("Russian President Vladimir Putin")`` gives ``RUSGOV``; ``code_actor("Moscow")``
gives ``RUSGOV`` (a capital stands for its government); ``code_actor("NATO Secretary-General")``
gives ``NATO``; ``code_actor("Russian troops")`` gives ``RUSMIL``.

Country names and demonyms come from the ``countrynames`` library; organisations, metonyms
and office holders from ``knowledge/event_actor_overrides.tsv`` and the Phoenix-derived
``knowledge/event_actor_phrases.tsv``; role words (president, minister, troops…) from
``knowledge/event_actor_agents.tsv``; the armed and political groups and office holders of the
2016-2024 crises the 2015 dictionaries lack from the team-written ``knowledge/event_actor_crisis.tsv``
(dated rows: the Taliban are AFGREB until August 2021, AFGGOV after). The first entity named in the
mention wins, so
"US Ambassador to NATO" is ``USAGOV`` and "NATO Secretary-General" is ``NATO``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import countrynames
from countrynames.mappings import mappings as country_mappings
from countrynames.util import normalize_name

from ..errors import Errors, KnowledgeError
from ..knowledge import read_tsv

__all__ = [
    "ActorCode",
    "code_actor",
    "code_person",
    "country_named",
    "crisis_code",
    "dated_code",
    "is_country_code",
    "mouthpiece_words",
    "phrase_entry",
    "renamed_code",
    "role_sectors",
    "role_word",
    "state_sectors",
    "transnational_sectors",
]

# the longest name the tables hold ("Organisation for the Prohibition of Chemical Weapons": 7 words; the
# build script keeps names of up to 8), so a long name is read whole, not as its last words
_MAX_NGRAM = 8
# Code prefixes that are not countries (Phoenix/CAMEO international and sector codes).
_NON_COUNTRY: frozenset[str] = frozenset(
    {"IGO", "NGO", "MNC", "IMG", "INT", "UIS", "NGM", "NATO", "EU", "UN"}
)
# sectors a party label keeps: "Democratic lawmakers" are USALEG, "Republican leaders" USAGOV
_PARTY_MEMBERS = frozenset({"PTY", "LEG", "GOV", "ELI", "OPP"})
_OWN_COMPOUNDS = frozenset({"led", "based", "run", "owned", "controlled"})
# a word may hold digits after its first letter ("M23", "G7": names of the crisis table)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.'’-]*[A-Za-z0-9.]|[A-Za-z]")
# "Rep. Jim Jordan (R-Ohio)", "Sen. Tim Kaine, D-Va.": a US legislator's party-and-state tag
_US_TAG = re.compile(r"^\s*[,(]\s*[RDI]-[A-Z][A-Za-z.]*")


@dataclass(frozen=True, slots=True)
class ActorCode:
    """A coded actor: its name, CAMEO-style code, country (alpha-3) and sector (GOV, MIL…)."""

    name: str
    code: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class _Hit:
    position: int
    length: int
    code: str


@functools.cache
def _override_rows() -> tuple[dict[str, str], ...]:
    return tuple(read_tsv("event_actor_overrides.tsv", ("phrase", "code", "kind")))


@functools.cache
def _overrides() -> dict[str, str]:
    return {r["phrase"]: r["code"] for r in _override_rows() if r["kind"] != "chamber"}


@functools.cache
def _chambers() -> dict[str, str]:
    """A legislature's chamber named by one word ("House"), coded only where a mention starts with it
    ("House Republicans", "the House voted"): elsewhere the word is part of other names."""
    return {r["phrase"]: r["code"] for r in _override_rows() if r["kind"] == "chamber"}


@functools.cache
def _code_maps() -> tuple[dict[str, str], dict[str, str]]:
    """The override table's ``code_map`` rows that rename dictionary codes: a three-letter country prefix
    (``xkx`` → KSV) and a Phoenix organisation code with its subdivisions (``igoeureec`` → EU,
    ``igowstnat`` → NATO, ``igouno`` → UN: the project's short codes, so that "The United Nations"
    and "the UN" are one actor of one dyad; the judged scorer compares judged codes through
    :func:`renamed_code`)."""
    rows = [r for r in _override_rows() if r["kind"] == "code_map"]
    countries = {
        r["phrase"].upper(): r["code"] for r in rows if len(r["phrase"]) == 3 and r["phrase"].isalpha()
    }
    bodies = {r["phrase"].upper(): r["code"] for r in rows if r["phrase"].startswith("igo")}
    return countries, bodies


def renamed_code(code: str) -> str:
    """``code`` with a renamed dictionary code replaced by the project's ("XKXGOV" → "KSVGOV",
    "IGOUNOWHO" → "UN"); any other code unchanged."""
    countries, bodies = _code_maps()
    for prefix, target in bodies.items():
        if code.startswith(prefix):
            return target
    country = countries.get(code[:3])
    return country + code[3:] if country is not None and len(country) == 3 else code


@functools.cache
def _raw_phrases() -> dict[str, str]:
    return {r["phrase"]: r["code"] for r in read_tsv("event_actor_phrases.tsv", ("phrase", "code"))}


@functools.cache
def _phrases() -> dict[str, str]:
    return {phrase: renamed_code(code) for phrase, code in _raw_phrases().items()}


@dataclass(frozen=True, slots=True)
class _Period:
    code: str
    kind: str
    start: dt.date | None
    end: dt.date | None


def _day(value: str, row: dict[str, str], n: int) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        reason = f"{row['names']!r}: {value!r} is not a date (YYYY-MM-DD)"
        raise KnowledgeError(
            Errors.E010.format(path="event_actor_crisis.tsv", line=n, reason=reason)
        ) from None


@functools.cache
def _crisis_periods() -> dict[str, tuple[_Period, ...]]:
    """Name or alias → its periods in ``knowledge/event_actor_crisis.tsv`` (team-written, 2016-2024)."""
    out: dict[str, list[_Period]] = {}
    for n, row in enumerate(read_tsv("event_actor_crisis.tsv", ("names", "code", "kind")), 1):
        period = _Period(
            row["code"], row["kind"], _day(row.get("from", ""), row, n), _day(row.get("to", ""), row, n)
        )
        for name in row["names"].split("|"):
            # also under the form a mention is looked up in: possessive "'s" dropped as _tokens drops it
            # ("donetsk people's republic" is found as "donetsk people republic")
            for key in dict.fromkeys((" ".join(name.split()), " ".join(_tokens(name)).lower())):
                out.setdefault(key, []).append(period)
    return {name: tuple(periods) for name, periods in out.items()}


def _period(periods: tuple[_Period, ...], when: dt.date | None) -> _Period:
    """The period covering ``when``, else (no date, or a date outside them all) the latest one."""
    if when is not None:
        for period in periods:
            if (period.start is None or period.start <= when) and (period.end is None or when < period.end):
                return period
    return max(periods, key=lambda p: (p.end or dt.date.max, p.start or dt.date.min))


@functools.cache
def _crisis() -> dict[str, str]:
    """Name or alias → its current code (the latest period) in the crisis table."""
    return {name: _period(periods, None).code for name, periods in _crisis_periods().items()}


def _entry(lowered: str) -> str | None:
    """A lower-cased phrase's code: the team's overrides first, then the crisis table's current code,
    then the Phoenix dictionaries."""
    return _overrides().get(lowered) or _crisis().get(lowered) or _phrases().get(lowered)


@functools.cache
def _crisis_persons() -> dict[str, str]:
    """The crisis table's persons only: a surname alone reads as a person, never as a group's name."""
    return {n: _period(ps, None).code for n, ps in _crisis_periods().items() if ps[0].kind == "person"}


def crisis_code(name: str, when: dt.date | str | None = None) -> str | None:
    """The team-written crisis table's code for a group's or office holder's name or alias at a date
    (``"the Taliban"`` on 2020-01-01 → ``AFGREB``, on 2022-01-01 → ``AFGGOV``): the row whose period
    covers ``when``, else the latest row; None when the table does not name it."""
    periods = _crisis_periods().get(" ".join(_tokens(name)).lower())
    if periods is None:
        return None
    day = dt.date.fromisoformat(when[:10]) if isinstance(when, str) else when
    return _period(periods, day).code


@functools.cache
def _bodies() -> frozenset[str]:
    return frozenset(r["word"] for r in read_tsv("event_actor_bodies.tsv", ("word",)))


def _named_body(words: list[str]) -> bool:
    """Whether a mention is an organisation's proper name: a capitalised organisation word next to
    another capitalised word ("the Third World Water Forum", "Association of African Jurists")."""
    for i, word in enumerate(words):
        if word[:1].isupper() and word.lower() in _bodies():
            if any(words[j][:1].isupper() for j in (i - 1, i + 1) if 0 <= j < len(words) and j != 0):
                return True
            if i + 2 < len(words) and words[i + 1] == "of" and words[i + 2][:1].isupper():
                return True
    return False


@functools.cache
def _surnames() -> dict[str, str]:
    """Surname → code for the persons of the phrase table whose surname names one country only
    ("President Mugabe" → ZWEGOV from "robert mugabe"); ambiguous surnames are left out."""
    seen: dict[str, set[str]] = {}
    codes: dict[str, str] = {}
    # the dictionary's own codes: renamed, "un secretary general" (UN) would not make "general" ambiguous
    for phrase, code in _raw_phrases().items():
        words = phrase.split()
        if len(words) < 2 or len(code) < 6 or len(words[-1]) < 4 or not words[-1].isalpha():
            continue
        seen.setdefault(words[-1], set()).add(code[:3])
        if _split_code(code)[0] is not None:  # a firm named after someone ("neuberger berman") is no person
            codes.setdefault(words[-1], renamed_code(code))
    return {w: codes[w] for w, cs in seen.items() if len(cs) == 1 and w in codes}


@functools.cache
def _agents() -> dict[str, tuple[str, bool]]:
    """Role phrase → (sector, whether its last word matches as a prefix, PETRARCH's stemming)."""
    rows = read_tsv("event_actor_agents.tsv", ("phrase", "sector", "stem"))
    cameo = _cameo_sectors()
    return {r["phrase"]: (cameo.get(r["sector"], r["sector"]), r["stem"] == "1") for r in rows}


@functools.cache
def _cameo_sectors() -> dict[str, str]:
    """Phoenix sector codes that are no CAMEO role → the CAMEO role they stand for (PPL → CVL)."""
    return {r["sector"]: r["cameo"] for r in read_tsv("event_actor_sectors.tsv", ("sector", "cameo"))}


@functools.cache
def _media() -> dict[str, str]:
    """News organisation → its country's media code ("fox news" → ``USAMED``)."""
    return {
        r["phrase"]: r["country"] + "MED" for r in read_tsv("event_actor_media.tsv", ("phrase", "country"))
    }


@functools.cache
def role_sectors() -> frozenset[str]:
    """The sector codes that name a role (GOV, MIL, REB, …, and the organisation codes), not a region:
    an actor with a country and no such sector is a place ("Zaporizhzhia" → UKR; "Gaza" → its GZA)."""
    return frozenset(sector for sector, _ in _agents().values()) | _NON_COUNTRY


def is_country_code(code: str) -> bool:
    """Whether a CAMEO-style actor code starts with a country (``RUSGOV``, ``USA``), not with an
    organisation or a sector alone (``NGO``, ``IGOWSTNAT``, ``MED``)."""
    return _split_code(code)[0] is not None


def _split_code(code: str) -> tuple[str | None, str | None]:
    """``RUSGOV`` → (``RUS``, ``GOV``); ``NATO`` → (None, None); ``IGOWSTNAT`` → (None, None)."""
    if code in _NON_COUNTRY or code[:3] in role_sectors():
        return None, None
    country = code[:3]
    sector = code[3:6] if len(code) >= 6 else None
    return country, sector


@functools.cache
def _country_names() -> tuple[frozenset[str], dict[str, str]]:
    """``countrynames``' own name table (normalised name → code) and the set of its codes.

    ``countrynames.to_code`` first asks whether the input is itself a code by scanning the values
    of its 23,000-name table, about a millisecond for every new word; a set answers that at once.
    """
    countrynames.to_code("France")  # loads the table
    names: dict[str, str] = countrynames.COUNTRY_NAMES
    return frozenset(names.values()), names


def _to_code_3(phrase: str) -> str | None:
    """``countrynames.to_code_3`` (exact, not fuzzy) with the code test done on a set."""
    codes, names = _country_names()
    upper = phrase.upper().strip()
    if upper in codes:
        code: str | None = upper
    else:
        normal = normalize_name(upper)
        code = names.get(normal) if normal is not None else None
    if code is None or code == "FAIL":
        return None
    return code if len(code) > 2 else country_mappings[code]


@functools.lru_cache(maxsize=65536)  # words repeat within and across articles
def _country_of(phrase: str) -> str | None:
    """A country code for a name or demonym via ``countrynames`` (mapped through the override table)."""
    if sum(c.isalpha() for c in phrase) < 4:
        return None  # "Lt." is not Lithuania
    try:
        code = _to_code_3(phrase)
    except KeyError:  # countrynames maps some words to its "ZZ" placeholder, which has no alpha-3
        return None
    if code is None:
        return None
    mapped = _overrides().get(code.lower(), code)
    return mapped if len(mapped) == 3 or mapped in _NON_COUNTRY else None


def _tokens(text: str) -> list[str]:
    text = text.replace("’", "'")
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        for suffix in ("'s", "'"):
            if tok.endswith(suffix) and len(tok) > len(suffix):
                tok = tok[: -len(suffix)]
        out.append(tok.rstrip(".") if tok.count(".") == 1 and tok.endswith(".") else tok)
    return out


def _lookup(gram: str, capitalised: bool) -> str | None:
    lowered = gram.lower()
    if not capitalised and lowered not in {"kremlin", "pentagon"}:
        return None
    if lowered == "us" and gram != "US":
        return None
    code = _media().get(lowered)  # CAMEO codes the press by its country ("told Fox" is USAMED)
    if code is not None:
        return code
    code = _entry(lowered)
    if code is not None:
        return code
    code = _country_of(gram.replace("People Republic", "People's Republic"))
    if code is None and " " not in gram:
        if "-" in gram:
            # "Vietnamese-led forces", "NATO-member Norway", "Trinidad-based group" are the named party's
            # ("US-backed rebels" are not the US's)
            head, _, rest = gram.partition("-")
            code = _lookup(head, capitalised) if head and rest.lower() in _OWN_COMPOUNDS else None
            if code is not None and _split_code(code)[0] is not None:
                # "a Hamas-run health ministry" is Palestinian and a ministry (PSEGOV), not Hamas itself:
                # the owner gives the country, the head noun the sector
                code = code[:3]
        elif gram.endswith(("ans", "is")) and len(gram) > 5:
            code = _country_of(gram[:-1])  # a plural demonym: "Algerians", "Pakistanis"
    return code


def _entities(tokens: list[str]) -> list[_Hit]:
    """Entity hits, longest n-gram first at each position, left to right, not overlapping.

    A surname alone counts only after a title ("President Mugabe", "Mr. Arafat"): capitalised
    common words ("Young", "King") are not taken for people."""
    hits: list[_Hit] = []
    first = 1 if tokens and tokens[0].lower() in {"the", "a", "an"} else 0
    i = 0
    while i < len(tokens):
        for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):
            gram = " ".join(tokens[i : i + n])
            code = _lookup(gram, _capitalised(tokens[i]))
            if code is None and n == 1 and i > 0 and tokens[i][:1].isupper() and _is_title(tokens[i - 1]):
                code = _surnames().get(gram.lower())
            if code is None and n == 1 and i == first and tokens[i][:1].isupper():
                code = _chambers().get(gram.lower())
            if code is not None and n == 1 and i > first and tokens[i - 1][:1].isupper() and _is_media(gram):
                code = None  # "Vicente Fox", "Michael J. Fox": a one-word outlet's name ends a person's
            if code is not None and len(code) == 3 and _topic_of_body(tokens, i + n):
                code = None  # "the Benghazi Committee", "the Israel Caucus": the place is the body's topic
            if code is not None:
                hits.append(_Hit(i, n, code))
                i += n
                break
        else:
            i += 1
    return hits


def _capitalised(token: str) -> bool:
    """Whether a word is written as a name: capitalised, or an Arabic article before a capitalised name
    ("al-Shabaab", "el-Sisi", "ad-Din")."""
    if token[:1].isupper():
        return True
    article, _, rest = token.partition("-")
    return article in {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ul"} and rest[:1].isupper()


def _is_media(gram: str) -> bool:
    return gram.lower() in _media()


def _topic_of_body(tokens: list[str], after: int) -> bool:
    """Whether the place name ending before ``after`` names what a capitalised body is about rather
    than its country: it is followed by the body's head word ("Benghazi Committee", "Israel Caucus")."""
    return after < len(tokens) and tokens[after][:1].isupper() and tokens[after].lower() in _bodies()


@functools.lru_cache(maxsize=8192)
def role_word(word: str) -> bool:
    """Whether a lower-case word names a role or title: a role word of the agent table ("official",
    "troops", "analyst") or a description word of a person ("nominee", "strategist")."""
    return _agent([word]) is not None or _marker(word) is not None


def _is_title(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in {"mr", "mrs", "ms", "dr"} or (word[:1].isupper() and _agent([low]) is not None)


def _agent(words: list[str], plurals: bool = False) -> str | None:
    """The sector of a role phrase; the last word may extend a stemmed entry ("troops" ← "troop"), and with
    ``plurals`` be its "-y" plural ("authorities" ← "authority")."""
    agents = _agents()
    *head, last = words
    prefix = " ".join(head) + " " if head else ""
    exact = agents.get(prefix + last)
    if exact is not None:
        return exact[0]
    for cut in range(len(last) - 1, 3, -1):
        entry = agents.get(prefix + last[:cut])
        if entry is not None and entry[1]:
            return entry[0]
    if plurals and last.endswith("ies") and len(last) > 5:
        # a stemmed entry's "-y" plural ("authorities" ← "authority", "militaries" ← "military"), which the
        # prefix match cannot reach; a state organ's only ("companies" stays no role, as before)
        entry = agents.get(prefix + last[:-3] + "y")
        if entry is not None and entry[1] and entry[0] in state_sectors():
            return entry[0]
    return None


@functools.cache
def state_sectors() -> frozenset[str]:
    """CAMEO roles of a state's own organs (``knowledge/event_actor_state_sectors.tsv``)."""
    return frozenset(r["sector"] for r in read_tsv("event_actor_state_sectors.tsv", ("sector",)))


@functools.cache
def transnational_sectors() -> dict[str, tuple[str, frozenset[str]]]:
    """Roles whose mention naming no country is an international body: role → (its code, the head words that
    make a mention a body, empty for any; ``knowledge/event_actor_transnational_sectors.tsv``): ``NGO`` →
    NGO ("aid agencies"), ``HRI`` → NGOHRI for a group ("rights groups", not "a rights activist")."""
    rows = read_tsv("event_actor_transnational_sectors.tsv", ("sector", "code"))
    return {
        r["sector"]: (r["code"], frozenset(h for h in (r.get("heads") or "").split("|") if h)) for r in rows
    }


@functools.cache
def mouthpiece_words() -> frozenset[str]:
    """Role words of people who speak for a body (``knowledge/event_actor_mouthpieces.tsv``)."""
    return frozenset(r["word"] for r in read_tsv("event_actor_mouthpieces.tsv", ("word",)))


def _sector_of(text: str, plurals: bool = False) -> str | None:
    """The sector of the last role word or phrase (the head noun of a title comes last), except that a
    spokesperson after a body's role phrase speaks for the body ("Defence Ministry spokesman": GOV); with
    ``plurals``, a stemmed role word's "-y" plural counts ("the authorities")."""
    words = [t.lower() for t in _tokens(text)]
    found: str | None = None
    i = 0
    while i < len(words):
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            sector = _agent(words[i : i + n], plurals)
            if sector is not None:
                if " ".join(words[i : i + n]) in mouthpiece_words() and found is not None:
                    sector = found  # the body's spokesperson
                found = sector
                i += n
                break
        else:
            i += 1
    return found


@functools.lru_cache(maxsize=65536)  # mentions repeat within and across articles
def code_actor(
    mention: str, role: str | None = None, organization: str | None = None, *, plurals: bool = True
) -> ActorCode:
    """Code an actor mention CAMEO-style.

    ``role`` (a title such as "foreign minister") and ``organization`` (such as "NATO") add to
    what the mention itself says. With ``plurals`` (the default), a mention naming no country or body may
    take its sector from the "-y" plural of a stemmed role word ("the authorities": GOV). Returns a code
    of ``None`` when nothing in the text names a country or organisation (e.g. "its foreign minister":
    sector ``GOV``, no country).
    """
    name = " ".join(mention.split())
    hits = _entities(_tokens(mention))
    if not hits and organization:
        hits = _entities(_tokens(organization))
    # Role words inside a name do not count ("the Democratic People's Republic of Korea" is no PPL).
    words = _tokens(mention)
    covered = {i for h in hits for i in range(h.position, h.position + h.length)}
    rest = " ".join(w for i, w in enumerate(words) if i not in covered)
    # "the authorities" is a government body (GOV) by its "-y" plural; a mention naming its country
    # ("the Azerbaijani authorities") keeps the country alone, as the PolNeAR judges took it
    sector = _sector_of(" ".join(p for p in (rest, role or "") if p), plurals=plurals and not hits)
    if sector is None:
        # a role word of the person-marker table the agent dictionary lacks ("the Clinton campaign")
        sector = next((m[1] for w in words if (m := _marker(w)) and m[2] == "role"), None)
    if not hits:
        party = next(
            (m for w in words if w[:1].isupper() and (m := _marker(w)) and m[2] == "party"),
            None,
        )
        adjective = len(words) == 1 and words[0].lower() == "democratic"  # "Democratic candidates"' modifier
        if party is not None and party[0] and not adjective and (sector is None or sector in _PARTY_MEMBERS):
            # "Republicans", "the GOP", "Democratic lawmakers": a party label names its country's party
            own = sector if sector is not None and sector != "PTY" else party[1]
            return ActorCode(name=name, code=party[0] + own, country=party[0], sector=own)
        if sector is None and _named_body(words):
            # an organisation the dictionaries do not know: a party's committee by its party label
            # ("the Democratic National Committee" -> USAPTY), else a body of its own
            party = next(
                (m for w in words if (m := _person_markers().get(w.lower())) and m[2] == "party"), None
            )
            if party is not None and party[0]:
                return ActorCode(name=name, code=party[0] + party[1], country=party[0], sector=party[1])
            if any(_topic_of_body(words, i + 1) and _lookup(w, True) for i, w in enumerate(words)):
                # "the Benghazi Committee": a body named for its topic, whose country the text must give
                return ActorCode(name=name, code=None, country=None, sector=None)
            return ActorCode(name=name, code="NGO", country=None, sector=None)
        body = transnational_sectors().get(sector or "")
        # a named group may be domestic ("Rights group Casa Libre said"): the text gives its country
        named = any(w[:1].isupper() for w in words[1:]) or (
            bool(role) and any(w[:1].isupper() for w in words)
        )
        if body is not None and (not body[1] or (words and words[-1].lower() in body[1] and not named)):
            # "aid agencies", "rights groups": CAMEO's NGO is international; they borrow no country
            return ActorCode(name=name, code=body[0], country=None, sector=None)
        return ActorCode(name=name, code=None, country=None, sector=sector)
    first = hits[0]
    country, own_sector = _split_code(first.code)
    if country is None:
        # An organisation (NATO, EU, IGO…) keeps its own code; a country among later hits is its member.
        return ActorCode(name=name, code=first.code, country=None, sector=None)
    if len(first.code) > 3:
        # A dictionary entry that codes the whole actor (RUSGOV for the Kremlin, Putin…) wins.
        return ActorCode(name=name, code=first.code, country=country, sector=own_sector)
    if sector in {"ELI"}:
        sector = "GOV"
    code = country + (sector or "")
    return ActorCode(name=name, code=code, country=country, sector=sector)


@functools.cache
def _person_markers() -> dict[str, tuple[str, str, str]]:
    """Description word → (country or "", sector, kind) for persons the dictionaries do not know."""
    rows = read_tsv("event_actor_person_markers.tsv", ("word", "sector", "kind"))
    return {r["word"]: (r.get("country", ""), r["sector"], r["kind"]) for r in rows}


def _marker(word: str) -> tuple[str, str, str] | None:
    return _person_markers().get(word.lower())


def _known_person(name: str) -> str | None:
    """The dictionary code of a person named in full ("Hillary Clinton", "Vladimir Putin"); a single
    name counts only as a person's own entry (``RUSGOV``), never as a place or body ("Jordan", "Un")."""
    lowered = " ".join(_tokens(name)).lower()
    code = _entry(lowered)
    if code is None and " " in lowered:
        # "Barack Obama" by the dictionary's "obama": a surname entry that is a person's own
        last = lowered.rsplit(" ", 1)[1]
        code = _overrides().get(last) or _crisis_persons().get(last) or _phrases().get(last)
        if code is not None and (len(code) < 6 or _split_code(code)[0] is None):
            return None
    if code is None:
        return None
    if " " not in lowered and (len(code) < 6 or _split_code(code)[0] is None):
        return None
    return code


@functools.lru_cache(maxsize=8192)
def code_person(name: str, description: str = "", tail: str = "") -> ActorCode:
    """Code a person from a full-name dictionary entry, else from how the text describes them.

    ``description`` is the person's title, pre-modifiers or apposition ("Republican presidential
    nominee", "Interim DNC Chairwoman", "Vermont Sen."); ``tail`` the text right after the name, for a
    party-and-state tag ("(R-Ohio)"). The words of the name itself never code the person by
    themselves: "Jim Jordan" is not Jordan, "Kim Jong Un" not the UN. A description naming a country
    or organisation gives it with the description's sector (an office before a party role); US party
    labels and legislator tags give the USA.
    """
    coded = code_actor(description) if description else ActorCode(name, None, None, None)
    body = coded.code == "NGO"
    group = next(
        (k for k, (code, heads) in transnational_sectors().items() if heads and code == coded.code), None
    )
    if group is not None:
        # "Rights group Casa Libre": a named group of the role may be domestic; the text gives its country
        coded = ActorCode(name, None, None, group)
    if body:
        coded = ActorCode(name, None, None, None)  # an unknown body: the description's markers decide first
    if coded.code is not None and coded.country is None:
        return ActorCode(name=name, code=coded.code, country=None, sector=None)  # "UN envoy X"
    known = _known_person(name)
    title_words = _tokens(description)[-1:]
    if known is None and title_words:
        # "President Bush", "Archbishop Desmond Tutu", "Sheikh Hamad": the title and name as one entry
        known = phrase_entry(f"{title_words[0]} {name}")
    if known is None and " " not in name.strip() and description:
        # "President Mugabe": a surname after an office title (not "Mr.") names the dictionary's person
        title = _tokens(description)[-1:]
        if title and title[0].lower().rstrip(".") not in {"mr", "mrs", "ms", "dr"} and _is_title(title[0]):
            known = _surnames().get(name.strip().lower())
    if known is not None and coded.country in {None, known[:3]}:
        country, sector = _split_code(known)
        return ActorCode(name=name, code=known, country=country, sector=sector)
    words = [w.lower().rstrip(".") for w in _tokens(description)]
    country = coded.country
    office: str | None = None
    role: str | None = None  # a party role ("nominee") outranks a role word read into it ("presidential")
    party: str | None = None
    markers = _person_markers()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            entry = markers.get(" ".join(words[i : i + n]))
            if entry is None:
                continue
            country = country or entry[0] or None
            if entry[2] == "office":
                office = office or entry[1]
            elif entry[2] == "role":
                role = role or entry[1]
            else:
                party = party or entry[1]
    if _US_TAG.match(tail):
        country, office = country or "USA", office or "LEG"
    sector = (
        office
        or role
        or (coded.sector if coded.sector not in {None, "ELI"} else None)
        or party
        or coded.sector
    )
    if sector == "ELI":
        sector = "GOV"
    if country is None:
        # "Alan Cole, an economist at the Tax Foundation": a member of a body the dictionaries do not know
        return ActorCode(
            name=name, code="NGO" if body else None, country=None, sector=None if body else sector
        )
    return ActorCode(name=name, code=country + (sector or ""), country=country, sector=sector)


def dated_code(mention: str, code: str | None, when: dt.date | str | None) -> str | None:
    """``code`` as of the date ``when`` for a mention it was given by a dated row of the crisis table: the
    first name of that table in the mention whose latest code is ``code`` takes its row for the date ("the
    Taliban" coded AFGGOV is AFGREB in a 2016 story); any other code is returned unchanged."""
    if code is None or when is None:
        return code
    words = _tokens(mention)
    periods = _crisis_periods()
    for i in range(len(words)):
        for n in range(min(_MAX_NGRAM, len(words) - i), 0, -1):
            found = periods.get(" ".join(words[i : i + n]).lower())
            if found is not None and len(found) > 1 and _period(found, None).code == code:
                return crisis_code(" ".join(words[i : i + n]), when)
    return code


def phrase_entry(text: str) -> str | None:
    """The dictionary code of a whole phrase, leading article aside ("the Bush administration" →
    ``USAELI``), or None: a name is read only as part of an entry that contains it."""
    words = _tokens(text)
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    lowered = " ".join(words).lower()
    return _entry(lowered)


def country_named(mention: str) -> str | None:
    """The country a mention names by a country's own name or demonym (``countrynames``), not by a
    city, person or body of the dictionaries: "Mexico", "the Mexicans" → ``MEX``; "Toledo" → None."""
    words = _tokens(mention)
    if words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    gram = " ".join(words)
    if not gram:
        return None
    code = _country_of(gram)
    if code is None and gram.isupper() and gram.isalpha():
        code = _to_code_3(gram)  # "US", "UK": too short for _country_of's guard against "Lt."
        code = _overrides().get(code.lower(), code) if code is not None else None
    if code is None and gram.endswith(("ans", "is")) and len(gram) > 5:
        code = _country_of(gram[:-1])
    return code if code is not None and len(code) == 3 else None
