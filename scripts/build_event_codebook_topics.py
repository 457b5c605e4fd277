"""Derive ``event_cameo_topics_codebook.tsv``: content words of the CAMEO codebook's action codes.

A demand, appeal, rejection, threat or protest is refined by what it is about ("demanded the release of
prisoners" 1053). The words that say what a material action is about are in the codebook's own name and
description of that action (cameo_codebook_text.tsv: 0841 "Release people, including prisoners and hostages,
from detention"; 0871 "Declare truce, ceasefire"). This script parses those names and descriptions with the
project's spaCy pipeline and keeps each noun lemma that belongs to exactly one CAMEO root among the action
families below (so "boycott", in 085, 143 and 163, is dropped as ambiguous), mapped to the most specific code
shared by every code that uses it ("bombing" in 183, 1831, 1832, 1833 -> 183). Words that name a manner,
place, participant or the act of yielding itself rather than a content are excluded (STOP).
``knowledge/event_cameo_topics.tsv`` (hand-written) takes precedence over these rows, which the coder
applies to nouns only.

Run from the repository root: ``python scripts/build_event_codebook_topics.py [../shared]``.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from pathlib import Path

from watchfloor.nlp import load_pipeline

SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared")
SOURCE = SHARED / "data" / "cameo" / "cameo_codebook_text.tsv"
OUT = Path("src/watchfloor/knowledge/event_cameo_topics_codebook.tsv")
# Families whose codes name material or diplomatic actions that other events can be about.
ACTION_FAMILIES = ("04", "05", "06", "07", "08", "16", "17", "18", "19", "20")
# Words of the descriptions that say how, where, by or to whom an action is done, that name the
# yielding/demanding itself or the situation it eases ("conflict", "tension"), not what it is about.
STOP = frozenset(
    {
        "actor",
        "air",
        "aircraft",
        "area",
        "authority",
        "behalf",
        "break",
        "bus",
        "car",
        "change",
        "country",
        "crowd",
        "curtail",
        "deadline",
        "death",
        "decrease",
        "demand",
        "destruction",
        "ease",
        "environment",
        "event",
        "function",
        "good",
        "government",
        "home",
        "host",
        "hour",
        "inhabitant",
        "integrity",
        "level",
        "limitation",
        "line",
        "mass",
        "measure",
        "meeting",
        "midst",
        "military",
        "movement",
        "number",
        "office",
        "pain",
        "passer",
        "population",
        "praise",
        "precedence",
        "presence",
        "proceeding",
        "protest",
        "punishment",
        "rally",
        "reduction",
        "regret",
        "remorse",
        "removal",
        "request",
        "residence",
        "restrict",
        "security",
        "share",
        "ship",
        "sign",
        "situation",
        "soldier",
        "source",
        "subjugation",
        "support",
        "surrounding",
        "system",
        "tactic",
        "target",
        "telephone",
        "termination",
        "travel",
        "violate",
        "violation",
        "visit",
        "visitor",
        "yield",
        "yielding",
        "killing",
        "machine",
        "discussion",
        "lift",
        "penalty",
        "conflict",
        "tension",
        "engagement",
    }
)
HEADER = (
    "# CAMEO content words derived from the CAMEO 1.1b3 codebook's code names and descriptions\n"
    "# (../shared/data/cameo/cameo_codebook_text.tsv, andybega/icews, MIT repo; text by Schrodt 2012)\n"
    "# by scripts/build_event_codebook_topics.py: noun lemmas of the action families 04-08, 16-20\n"
    "# that occur under one CAMEO root only, each mapped to the most specific code shared by its codes.\n"
    "# Only the word list is kept, no codebook text. event_cameo_topics.tsv (hand-written) wins.\n"
)


def main() -> None:
    nlp = load_pipeline()
    with SOURCE.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if len(r["code"]) >= 3]
    codes = {r["code"] for r in rows}
    used: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        if not row["code"].startswith(ACTION_FAMILIES):
            continue
        for token in nlp(f"{row['name']}. {row['description']}"):
            if token.pos_ == "NOUN" and token.is_alpha and not token.is_stop:
                used[token.lemma_.lower()].add(row["code"])
    out: list[tuple[str, str]] = []
    for lemma, where in sorted(used.items()):
        if lemma in STOP or len({c[:2] for c in where}) > 1:
            continue
        shared = "".join(chars[0] for chars in zip(*where, strict=False) if len(set(chars)) == 1)
        # the longest shared prefix that is a code ("183"), else the family's general code ("16" -> "160")
        code = next((shared[:n] for n in range(len(shared), 2, -1) if shared[:n] in codes), shared[:2] + "0")
        if code in codes:
            out.append((lemma, code))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        fh.write("lemma\tcode\n")
        fh.writelines(f"{lemma}\t{code}\n" for lemma, code in out)
    print(f"wrote {len(out)} rows to {OUT}")


if __name__ == "__main__":
    main()
