"""The word lists behind time-expression rules (``knowledge/timex_lexicon.json``), as regex pieces.

Everything here is derived once from the knowledge file: alternations of month, weekday,
unit and number words (longest first, so ``"sept"`` wins over ``"sep"``), and the small
parsers that turn matched words back into numbers.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..knowledge import read_json

__all__ = ["Lexicon", "alternation", "lexicon"]


def alternation(words: list[str] | set[str] | tuple[str, ...], *, dot: bool = False) -> str:
    """A non-capturing regex matching any of ``words``, factored as a trie (Python's ``re`` tries
    alternatives one by one, so shared prefixes are matched once); a space matches any run of blanks.
    Longer words win over their prefixes ("sept" before "sep")."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie) + (r"\.?" if dot else "")


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _trie_regex(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekdays_plural: dict[str, int]
    numbers: dict[str, float]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    vague: tuple[str, ...]
    units: dict[str, str]
    approximators: tuple[str, ...]
    parts_of_day: dict[str, str]
    seasons: dict[str, str]
    holidays: dict[str, str]
    references: dict[str, str]
    set_adverbs: dict[str, str]
    this_next_last: dict[str, int]
    part_words: dict[str, str]
    decade_words: dict[str, str]
    amount_words: frozenset[str]  # "$2 million a year": a rate
    unit_nouns: frozenset[str]  # may stand between a number and its unit: "eight trading days"
    duration_adjectives: frozenset[str]  # may stand between "a" and its unit: "an additional year"
    future_prepositions: frozenset[str]  # point an expression forward: "payable Dec. 7"
    past_prepositions: frozenset[str]  # point it back: "since March"
    future_auxiliaries: frozenset[str]  # "will meet Tuesday"
    future_heads: frozenset[
        str
    ]  # verbs whose infinitive or passive points forward: "expected to", "scheduled for"
    plan_verbs: frozenset[str]  # a plan made in the past is still ahead: "planned to leave on Thursday"
    reporting_verbs: frozenset[str]  # their reported clause keeps its own time: "said on Monday that …"
    anchor_prepositions: frozenset[str]  # "a day after visiting Kyiv": the value dates what follows
    period_prepositions: frozenset[str]  # "since the Oct. 7 attack": the start of a period, not a time
    clause_openers: frozenset[str]  # "…, as a similar claim in December saw …": a date inside stays inside
    past_progressive: frozenset[str]  # "announced it was suspending …": the report performs the act
    shared_coordinators: frozenset[str]  # "beheaded … and abducted … since 2017": one run of acts
    naming_verbs: frozenset[str]  # "launched what it called 'measures' on Tuesday": the launch's date
    charge_verbs: dict[str, frozenset[str]]  # "blames Moscow for the poisoning on March 4": the poisoning's

    def month(self, word: str) -> int:
        return self.months[_key(word)]

    def weekday(self, word: str) -> int:
        return self.weekdays[_key(word)]

    def unit(self, word: str) -> str:
        return self.units[_key(word)]

    def ordinal(self, word: str) -> int | None:
        key = _key(word)
        if key in self.ordinals:
            return self.ordinals[key]
        m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", key)
        return int(m.group(1)) if m else None

    def number(self, phrase: str) -> float | None:
        """``"twenty-four"`` → 24, ``"2 1/2"`` → 2.5, ``"a hundred"`` → 100; ``None`` if vague."""
        text = _key(phrase).replace(",", "")
        if text.endswith(" and a half") and text != "and a half":  # "two and a half" → 2.5
            whole = self.number(text[: -len(" and a half")])
            return whole + 0.5 if whole is not None else None
        if not text:
            return None
        m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+1/2|\s*½)?", text)
        if m:
            value = float(m.group(1))
            return value + 0.5 if text != m.group(1) else value
        if text in self.numbers:
            return self.numbers[text]
        total = 0.0
        current = 0.0
        seen = False
        for word in re.split(r"[\s-]+", text):
            if word in ("and",):
                continue
            if word in self.multipliers:
                current = (current or 1) * self.multipliers[word]
                if self.multipliers[word] >= 1000:
                    total += current
                    current = 0
                seen = True
            elif word in self.numbers:
                current += self.numbers[word]
                seen = True
            elif word == "half":
                current += 0.5
                seen = True
            else:
                return None
        return total + current if seen else None


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().rstrip(".")).strip()


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    data: dict[str, Any] = read_json("timex_lexicon.json")
    return Lexicon(
        months={k: int(v) for k, v in data["months"].items()},
        weekdays={k: int(v) for k, v in data["weekdays"].items()},
        weekdays_plural={k: int(v) for k, v in data["weekdays_plural"].items()},
        numbers={k: float(v) for k, v in data["numbers"].items()},
        multipliers={k: int(v) for k, v in data["multipliers"].items()},
        ordinals={k: int(v) for k, v in data["ordinals"].items()},
        vague=tuple(data["vague_quantities"]),
        units=dict(data["units"]),
        approximators=tuple(data["approximators"]),
        parts_of_day=dict(data["parts_of_day"]),
        seasons=dict(data["seasons"]),
        holidays=dict(data["holidays"]),
        references=dict(data["references"]),
        set_adverbs=dict(data["set_adverbs"]),
        this_next_last={k: int(v) for k, v in data["this_next_last"].items()},
        part_words=dict(data["part_words"]),
        decade_words=dict(data["decade_words"]),
        amount_words=frozenset(data["amount_words"]),
        unit_nouns=frozenset(data["unit_nouns"]),
        duration_adjectives=frozenset(data["duration_adjectives"]),
        future_prepositions=frozenset(data["future_prepositions"]),
        past_prepositions=frozenset(data["past_prepositions"]),
        future_auxiliaries=frozenset(data["future_auxiliaries"]),
        future_heads=frozenset(data["future_heads"]),
        plan_verbs=frozenset(data["plan_verbs"]),
        reporting_verbs=frozenset(data["reporting_verbs"]),
        anchor_prepositions=frozenset(data["anchor_prepositions"]),
        period_prepositions=frozenset(data["period_prepositions"]),
        clause_openers=frozenset(data["clause_openers"]),
        past_progressive=frozenset(data["past_progressive"]),
        shared_coordinators=frozenset(data["shared_coordinators"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        charge_verbs={k: frozenset(v) for k, v in data["charge_verbs"].items()},
    )
