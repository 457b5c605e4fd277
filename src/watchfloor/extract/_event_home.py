"""The article's home country for role-only parties (issue #5, round 18, C25).

:func:`watchfloor.extract.events._home_country` gives an article a home country only when it has at
least three coded mentions of one country and more than half of them, so a short article ("Kenya's
parliament passed the finance bill on Tuesday. Police fired tear gas at protesters who stormed the
building.") has none, and its "Police", "protesters", "the army" stay without a country; an event whose
parties all lack one is then dropped. The writers of every set code such parties with the article's
country (KENCOP, KENCVL).

:func:`clear_home` is the weaker home used only for a role named with no country in its sentence
(``events._at_home``): the country of the dateline's place ("TBILISI, May 14 —"), else the one country
the article's first sentence names — by a place, or by a people or body inside its main subject
("Haitian police said …"), and by nothing else ("the French ambassador" alone sets no story in France) —
when no other country is named more often in the article (round 19: a tie is the first sentence's, the
story it sets; a round-up names the helpers and the critics as often as the country it is about). A role
marked foreign ("foreign troops", "peacekeepers") or a sentence naming another country is handled before
(the sentence's own country wins; a marked role codes as it stands).

spaCy tokens are passed in; how a text codes is the caller's (``country_of``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Final

__all__ = ["clear_home", "dateline_country", "first_sentence_country"]

CountryOf = Callable[[str], str | None]

# entity labels that name a country's party (a place, a people, a body) and those that name a place
_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def dateline_country(place: str | None, country_of: CountryOf) -> str | None:
    """The country of a dateline's place ("TBILISI": GEO, "NIAMEY": NER), or None; the place is read
    in title case too, as the dictionaries hold names so ("ALEPPO" → "Aleppo")."""
    if not place:
        return None
    for text in (place, place.title()):
        country = country_of(text)
        if country is not None:
            return country
    return None


def _countries(ents: Iterable[Any], country_of: CountryOf, labels: frozenset[str]) -> list[str]:
    """The country of each entity of ``ents`` with one of ``labels`` that codes to one."""
    found = []
    for ent in ents:
        if ent.label_ in labels:
            country = country_of(ent.text)
            if country is not None:
                found.append(country)
    return found


def _in_subject(token: Any) -> bool:
    """Whether a word is inside the subject of its sentence's main verb ("Haitian police said …")."""
    node = token
    for _ in range(8):
        if node.dep_ in {"nsubj", "nsubjpass"} and node.head.dep_ == "ROOT":
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# the dependencies of a place that is the act's object, not where the story is set
_ACTED_ON: Final = frozenset({"dobj", "obj", "dative", "iobj"})


def first_sentence_country(doc: Any, country_of: CountryOf) -> str | None:
    """The one country the first sentence of ``doc`` names by a place or a people, when no other
    country is named more often than it in the whole document (as often is a tie the first sentence
    wins); None when the first sentence names none or two ("Russian forces shelled Ukraine's Kharkiv":
    no single home)."""
    sents = list(doc.sents)
    if not sents:
        return None
    # every party or place the first sentence names counts against a single home ("Israel and Hamas"),
    # but the home itself must be a place it names ("the French ambassador" sets no story in France)
    first = set(_countries(sents[0].ents, country_of, _PARTY_LABELS))
    # a state acted on is no setting ("The defence minister thanked Japan": no home in Japan)
    places = set(
        _countries([e for e in sents[0].ents if e.root.dep_ not in _ACTED_ON], country_of, _PLACE_LABELS)
    )
    places |= set(_countries([e for e in sents[0].ents if _in_subject(e.root)], country_of, _PARTY_LABELS))
    if len(first) != 1 or first != places:
        return None
    home = next(iter(first))
    return None if _outnumbered(doc, home, country_of, tie=False) else home


def _outnumbered(doc: Any, home: str, country_of: CountryOf, *, tie: bool) -> bool:
    """Whether another country is named more often than ``home`` in ``doc`` (as often, with ``tie``)."""
    counts: dict[str, int] = {}
    for country in _countries(doc.ents, country_of, _PARTY_LABELS):
        counts[country] = counts.get(country, 0) + 1
    own = counts.get(home, 0)
    return any(n > own or (tie and n == own) for c, n in counts.items() if c != home)


def clear_home(doc: Any, home: str | None, place: str | None, country_of: CountryOf) -> str | None:
    """The country a role with no country in its sentence takes in ``doc``: the article's ``home`` when
    it has one, else the dateline ``place``'s country, else :func:`first_sentence_country`."""
    if home is not None:
        return home
    filed = dateline_country(place, country_of)
    if filed is not None and not _outnumbered(doc, filed, country_of, tie=False):
        return filed  # (a story filed from talks abroad, "JEDDAH — Sudan's army …", is Sudan's)
    return first_sentence_country(doc, country_of)
