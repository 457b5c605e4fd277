"""Attributed statements: who said what (source – cue – content), direct and reported speech.

Rules over the dependency parse propose candidates; a logistic model fitted on PolNeAR train
(:mod:`~watchfloor.extract._attr_model`, ``knowledge/attribution_model.tsv``) keeps the
best-scored content option of each cue when it scores high enough. The cue inventory is mined
from PolNeAR train too (``knowledge/attribution_cues.tsv``: for each verb lemma and the relation
linking it to its content, how often it is a cue); a pair seen as a cue at least twice proposes
candidates. Patterns:

- reported speech: a cue verb with a clausal complement (``ccomp``: as parsed, cut before a
  trailing clause, or to the sentence end) or, for the verbs whose mined relation says so, a
  direct object (with what follows it, or the clause of a statement noun: "issued a statement
  that …"), ``to``-infinitive or prepositional object;
- a relative clause reaching back over its cue ("the wall, which he said Mexico should pay for");
- a parenthetical cue: the clause around it ("The plan, he said, would fail"), also "As the Post
  reported, …"; the subject of a passive cue with an agent ("The meeting was first reported by
  Politico");
- direct quotation: the cue inside or after its content ("“…,” he said"), also when the parse gives
  the cue only an adverbial or object ("“…!” Clinton said to People"), the content widened to the
  whole quotation, and quoted sentences that follow in the same paragraph added as fragments (not
  one inside a clause that goes on: "…, adding that he hoped she “will …”"); a quotation split by
  its cue clause is one content ("“Word is,” he said, “that Ford …”"), and a quotation before its
  cue is cut from a sentence the parse ran into it;
- the subject of a passive or sourceless raising cue is part of the content, before it ("Trump
  is expected to win", "who was accused of ties to …", "the party seems to be coalescing"), with
  all its phrase but a relative or participle clause ("Biden's demeanor and ability to connect …
  is considered an asset");
- every content option is offered also cut before a trailing non-restrictive relative clause or
  appositive ("praised Mike Huckabee, also once a hopeful": ``+nr``), and a reported clause that
  ends its sentence also with the quoted sentences after it in the paragraph ("She says people
  should choose. “It is their life.”": ``+fq``); a cue's object with a topic preposition offers
  that preposition's object ("sounded a cautious note about the jobs report": ``dobj>prep:about``);
- a source never lies inside its own content;
- "said in a statement that …": the clause of the prepositional object;
- a cue that ends in a colon introduces the next paragraph; a paragraph opening with a short
  capitalised name and a colon is that name's ("Sanders: Clinton email story has moved");
- "according to X";
- a noun or adjective cue (rows ``n:``/``a:`` of the mined table) with the object of a preposition
  or a clause after it: "Trump's claim that …", "his criticism of …", "the decision to run",
  "critical of …", "sure that …"; a noun only when it names whose it is (a possessor, "by",
  "from", "among") or is a mostly sourceless one ("questions about"), and not when it is itself
  the object of a reliable cue verb ("rubbished Trump's claim to …": that verb's content);
- nested attributions (a cue inside another statement's content) are emitted when their cue is
  a reliable one or the model is very sure (PolNeAR itself annotates none).

With ``tagger=True`` (the ``attribution_tagger`` setting; on by default since round 12: it costs
about 4-11 ms per article for +0.014 content F1 on PolNeAR dev, while source accuracy goes
0.936 -> 0.931, still above the issue's 0.93), a span tagger trained on PolNeAR train
(:mod:`~watchfloor.extract._attr_tagger`, weights in ``knowledge/attribution_tagger/``) reads
the same parse and tags CONTENT, CUE and SOURCE spans.
Its contents move each candidate's logit by how well the two agree (``TAGGER_WEIGHT``), and a
tagged content no kept candidate claims, when the tagger is sure of it, becomes a statement of its
own, with the cue the tagger marks nearest to it (not one in another sentence; an auxiliary stands
for its verb) and that cue's source by the rules (the cue verb's subject, never one inside the
content; the tagger's nearest source only when the rules find none). The constants were chosen on
a held-out tenth of train.

Speakers are resolved across the article (pronouns, surnames, titles) by
:class:`~watchfloor.extract._speakers.SpeakerResolver`. One linear pass over the tokens; no
re-parsing (the tagger runs its own small network over the existing tokens).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final

from spacy import symbols
from spacy.attrs import LEMMA, LOWER, POS, SENT_START

from ..knowledge import read_tsv
from ..model import Article, ParsedArticle, Span, Speaker, Statement, StatementKind, Timex, stable_id
from ._attr_edges import refine_edges
from ._attr_model import Scored, cue_relations, rerank, rerank_thresholds, score, thresholds
from ._attr_model import candidate_features as features
from ._attr_tagger import decode, token_scores
from ._quotes import QUOTE_MARKS, Quotes, find_quotes
from ._speakers import OWNER_PREPS, SpeakerResolver, subject_of
from .actors import code_actor
from .evidential import joined_act, later_act

__all__ = [
    "EXTRACTOR",
    "candidate_features",
    "content_fragments",
    "cue_relations",
    "extract_statements",
    "nominal_lemmas",
    "nominal_options",
    "sourceless_lemmas",
]

EXTRACTOR: Final = "attribution.v1"

# A (lemma, relation) pair of the mined table proposes a candidate when it was a cue at least
# this often and at least this share of the time; the model (``_attr_model``) then decides.
MIN_COUNT: Final = 2
MIN_PRECISION: Final = 0.02
MIN_PRECISION_CCOMP: Final = 0.02
MIN_PRECISION_HEAD: Final = 0.1
# a noun that is the object of a verb at least this reliable as a cue is that verb's content
REPORTED_OBJECT_PRECISION: Final = 0.2
# a coordinated verb this reliable as a cue ends the complement before it ("…, and … said")
NESTED_MIN_PRECISION: Final = 0.8
# a cue whose train attributions had no source this often gets none ("seems", "appears")
SOURCELESS_SHARE: Final = 0.6
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
# how a noun or adjective cue's content hangs off it besides a preposition ("the claim that …",
# "the decision to run", "sure that …", "willing to")
_NOMINAL_RELS: Final = frozenset({"acl", "ccomp", "xcomp"})
# a noun or adjective cue's mined rows start with this (``attribution_cues.tsv``)
_NOMINAL_PREFIX: Final = {symbols.NOUN: "n:", symbols.ADJ: "a:"}
_TRIM_END: Final = frozenset(".,;:—–-")
_TRIM_START: Final = frozenset(",;:—–-")
_OPEN_MARKS: Final = frozenset('“„«"`')
# content options that are a clause of the cue; without one, a quotation beside the cue is a candidate
_CLAUSAL: Final = ("ccomp", "head", "xcomp")
_DOTTED: Final = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")
_SENTENCE_END: Final = re.compile(r"[.?!][\"”’']*\s|\n")
# sourceless lemmas whose active subject is the source all the same: train tenths 0-8, 29 active
# "expect" attributions with a source against few without; passive "is expected to" has none
_ACTIVE_SOURCE_LEMMAS: Final = frozenset({"expect"})


@functools.cache
def sourceless_lemmas(prefix: str = "") -> frozenset[str]:
    """Cue lemmas whose attributions mostly have no source ("appears to", "is expected to"); with
    ``prefix`` ``"n:"`` or ``"a:"``, of noun or adjective cues ("questions about", "unclear")."""
    out = set()
    for row in read_tsv("attribution_cues.tsv", ("lemma", "relation", "sourceless_share")):
        mostly = float(row["sourceless_share"]) >= SOURCELESS_SHARE
        if row["relation"] == f"{prefix}any" and int(row["cue_count"]) >= MIN_COUNT and mostly:
            out.add(row["lemma"])
    return frozenset(out)


def _sourceless(verb: Any) -> bool:
    """Whether a cue verb's subject is not its source: a sourceless lemma (:func:`sourceless_lemmas`),
    except an active cue of :data:`_ACTIVE_SOURCE_LEMMAS` ("Officials expect it to raise rates")."""
    lemma = verb.lemma_.lower()
    if lemma not in sourceless_lemmas():
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive or lemma not in _ACTIVE_SOURCE_LEMMAS


@functools.cache
def nominal_lemmas(prefix: str) -> frozenset[str]:
    """Noun (``prefix`` ``"n:"``) or adjective (``"a:"``) lemmas of the mined table with a content
    relation that proposes candidates ("criticism" with ``n:prep:of``, "sure" with ``a:ccomp``)."""
    return frozenset(
        lemma
        for lemma, rels in cue_relations().items()
        if any(r.startswith(prefix) and r[2:] in _NOMINAL_RELS and _enabled(lemma, r) for r in rels)
        or any(r.startswith(f"{prefix}prep:") and _enabled(lemma, r) for r in rels)
    )


def _enabled(lemma: str, relation: str) -> bool:
    row = cue_relations().get(lemma, {}).get(relation)
    if row is None:
        return False
    count, precision, _direct = row
    prefix = _prefix(relation)
    if relation[len(prefix) :] in ("head", "none"):  # no base of their own: use the lemma's overall one
        overall = cue_relations()[lemma].get(f"{prefix}any")
        return count >= MIN_COUNT and overall is not None and overall[1] >= MIN_PRECISION_HEAD
    floor = MIN_PRECISION_CCOMP if relation == "ccomp" else MIN_PRECISION
    return count >= MIN_COUNT and precision >= floor


def _prefix(relation: str) -> str:
    """The cue-kind prefix of a mined relation: "n:" (noun cue), "a:" (adjective cue) or ""."""
    return relation[:2] if relation[:2] in ("n:", "a:") else ""


@dataclass(slots=True)
class _Candidate:
    cue: list[Any]
    verb: Any
    source: list[Any] | None
    source_head: Any | None
    frags: list[tuple[int, int]]
    sent: Any
    left: bool = False  # the content precedes the cue
    governed: list[tuple[int, int]] = field(default_factory=list)  # token ranges of the content
    rel: str = "none"  # how the content hangs off the cue (a relation of the mined table)
    hint: str = ""  # what a widened content option adds
    nest: str = ""  # the relation of another candidate whose content holds this cue
    score: float = 0.0  # the model's logit


# -- content boundaries ---------------------------------------------------------------------------


def _widen(text: str, quotes: Quotes, s: int, e: int, limit: int) -> tuple[int, int]:
    """Trim a content range, then widen it over its quotation marks (``[s, e)`` chars)."""
    while s < e and (text[s].isspace() or text[s] in _TRIM_START):
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    # an opening mark just before the content belongs to it
    k = s
    while k > 0 and text[k - 1] == " ":
        k -= 1
    if k > 1 and text[k - 2 : k] in ("''", "``") and quotes.inside(k - 2):
        s = k - 2
    elif k > 0 and text[k - 1] in _OPEN_MARKS and quotes.inside(k - 1):
        s = k - 1
    # a quotation opened inside the content runs to its end; one closed inside it ran from its
    # opening (a quotation of several sentences before "…,” he said")
    for qs, qe in quotes.within(s, e):
        if s <= qs < e < qe <= limit:
            e = qe
        if qs < s < qe <= e and s - qs < QUOTE_BACK_MAX:
            s = qs
    # trailing punctuation followed by a closing mark ("…,”") belongs to the content
    j = e
    while j < len(text) and j - e < 3 and text[j] in ".,?!;:…":
        j += 1
    if j < len(text) and (text[j] in QUOTE_MARKS or text.startswith("''", j)) and quotes.inside(j):
        seg = quotes.segment_at(j)
        if seg is not None and seg[1] <= j + 2:
            if seg[0] < s and s - seg[0] < QUOTE_BACK_MAX:
                s = seg[0]
            return s, seg[1]
    if e > s and text[e - 1] in QUOTE_MARKS | {"'"}:
        return s, e
    while e > s and (text[e - 1] in _TRIM_END or text[e - 1].isspace()):
        e -= 1
    if e < len(text) and text[e] == "." and _DOTTED.search(text, max(s, e - 12), e):
        e += 1  # the period of a dotted abbreviation ("the U.S.", "Washington, D.C.") is the word's
    return s, e


def _past_complementizer(doc: Any, a: int, b: int) -> int:
    """The start of tokens ``[a, b)`` past a leading complementizer "that": it is not part of what
    was said ("said that the plan failed" -> "the plan failed")."""
    return a + 1 if doc[a].lower_ == "that" and doc[a].dep_ == "mark" and a + 1 < b else a


def _for_mark(tok: Any) -> bool:
    """Whether a token is the "for" that marks a clause with its own subject ("for the U.S. to act")."""
    return bool(tok.lower_ == "for" and tok.dep_ == "mark")


def _tok_range(doc: Any, a: int, b: int) -> tuple[int, int]:
    """Character range of tokens ``[a, b)``, without the space tokens at either end: the parse
    hangs a blanked dateline ("(15 Feb 2022) ", outside the body) on the first word, and the
    article's own text still has the dateline there."""
    while a < b - 1 and doc[a].is_space:
        a += 1
    while b - 1 > a and doc[b - 1].is_space:
        b -= 1
    last = doc[b - 1]
    return doc[a].idx, last.idx + len(last.text)


def _source_tokens(subj: Any) -> list[Any]:
    """The source phrase of a subject: its subtree without relative clauses or trailing commas."""
    doc = subj.doc
    if subj.dep_ != "relcl" and any(c.dep_ == "relcl" for c in subj.children):
        end = min(c.left_edge.i for c in subj.children if c.dep_ == "relcl")
        toks = list(doc[subj.left_edge.i : end])
    elif subj.head.dep_ == "relcl" or subj.dep_ not in _SUBJECT_DEPS | {"pobj"}:
        toks = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "det", "poss")]
        toks = [*list(doc[toks[0].i : subj.i]), subj] if toks else [subj]
    else:
        toks = list(doc[subj.left_edge.i : subj.right_edge.i + 1])
    breaks = [k for k, t in enumerate(toks) if "\n" in t.text_with_ws and k + 1 < len(toks)]
    if breaks:  # a source never reaches back over a paragraph break (headlines, timestamps)
        toks = toks[breaks[-1] + 1 :]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    if toks:
        toks = _past_hyphen(toks)
    return toks or [subj]


def _past_hyphen(toks: list[Any]) -> list[Any]:
    """ "Foreign Ministry spokesman Wang Wen-bin said": the parse made the word after a name's
    hyphen the subject on its own; the source reaches back over the hyphen, to the phrase of the
    word before it."""
    doc = toks[0].doc
    a = toks[0].i
    if a < 2 or doc[a - 1].tag_ != "HYPH" or doc[a - 1].whitespace_ or doc[a - 2].whitespace_:
        return toks
    p = doc[a - 2]
    while p.dep_ in ("compound", "appos", "flat") and p.head.i < a:
        p = p.head
    if "\n" in doc[p.left_edge.i : a].text:
        return toks
    return [*doc[p.left_edge.i : a], *toks]


def _cut_tail(verb: Any, root: Any, a: int, b: int) -> int:
    """End of a complement ``[a, b)`` after its cue: a coordinated clause that is itself
    reported speech ("…, and more than 4 in 10 said …") or a trailing participle clause
    ("…, putting them ahead") is the writer's, not the speaker's."""
    doc = verb.doc
    for t in doc[a + 1 : b]:
        if t.lower_ == "according" and t.i + 1 < b and doc[t.i + 1].lower_ == "to":
            return _trim_left_edge(doc, a, t.i)  # "…, according to exit polls": another source
        if t.text in ("—", "–", "--") and t.i + 1 < b and doc[t.i + 1].head.dep_ == "appos":
            appos = doc[t.i + 1].head
            if appos.left_edge.i == t.i + 1 and appos.head.i < t.i:  # "… crisis — a gesture that …"
                return _trim_left_edge(doc, a, t.i)
        if t.dep_ == "conj" and t.head.i >= a and t.pos_ == "VERB":
            row = cue_relations().get(t.lemma_.lower(), {}).get("any")
            if (row is not None and (row[1] >= NESTED_MIN_PRECISION * 0.75 or _speakers_own_act(t))) or (
                _speakers_later_act(t, verb)
            ):
                return _trim_left_edge(doc, a, t.left_edge.i)
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.head.i == root.i
            and t.left_edge.i > root.i
            and doc[t.left_edge.i - 1].text == ","
        ):
            return _trim_left_edge(doc, a, t.left_edge.i)
    return b


def _speakers_own_act(verb: Any) -> bool:
    """Whether a verb of saying coordinated inside a complement is the writer's next report, not part
    of what is reported: a clause with its own subject after a comma ("said the deal broke no law, and
    the African Union called on both sides …"), or one sharing the complement's pronoun subject, which
    names the speaker ("said it had put its forces on alert and condemned the exercises")."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        k = verb.left_edge.i
        while k > 0 and doc[k - 1].dep_ == "cc":
            k -= 1
        return k > 0 and doc[k - 1].text in (",", ";")
    shared = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(shared) and shared[0].tag_ == "PRP"


def _own_act_saying(t: Any) -> Any | None:
    """The word of saying whose speaker performs ``t`` after its content, which the writer reports beside
    the saying, or None: a later act ("said missiles had fallen in its zone and lodged a protest", "said
    she would not step down … and called on", :func:`~.evidential.later_act`) or a speech act conjoined to
    a copular content ("said the drills were legitimate and accused Washington",
    :func:`~.evidential.joined_act`): the evidence the act's status is read on."""
    found = later_act(t)
    return found[0] if found is not None else joined_act(t)


def _speakers_later_act(t: Any, verb: Any) -> bool:
    """Whether a verb conjoined inside the complement of ``verb`` is the speaker's own later act
    (:func:`_own_act_saying`, with ``verb`` as its word of saying)."""
    saying = _own_act_saying(t)
    return saying is not None and saying.i == verb.i


def _cut_clause(c: Any, a: int, b: int) -> int:
    """End of a complement ``[a, b)`` before the last clause coordinated with or adjoined to
    its head after it ("he's excited, but for Republicans it is …", "… as he faces a test")."""
    last = None
    for x in c.children:
        if x.i > c.i and x.dep_ in ("conj", "advcl") and x.pos in _CLAUSE_POS and a < x.left_edge.i < b:
            last = x  # the last one: what comes before it may still be the speaker's
    return b if last is None else _trim_left_edge(c.doc, a, last.left_edge.i)


def _trim_left_edge(doc: Any, a: int, k: int) -> int:
    """Cut before token ``k``, dropping a coordinating "and"/"but" and commas before it."""
    while k > a + 1 and (doc[k - 1].dep_ == "cc" or doc[k - 1].is_punct):
        k -= 1
    return k


# (relation, token ranges, content-precedes-cue, hint: what a widened option adds)
Option = tuple[str, list[tuple[int, int]], bool, str]


def content_fragments(verb: Any) -> tuple[str, list[tuple[int, int]], bool] | None:
    """(relation, token ranges ``[a, b)``, content-precedes-cue) for a cue verb, or None: the
    first of :func:`content_options`."""
    options = content_options(verb)
    return options[0][:3] if options else None


def _noun_clause(noun: Any) -> tuple[int, int] | None:
    """Token range of the clause a noun introduces ("a statement that …", "a statement saying
    …"), without its complementizer; None when it has none."""
    cl = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    if cl is None:
        return None
    if cl.tag_ == "VBG":
        cl = next((c for c in cl.children if c.dep_ == "ccomp"), None)
        if cl is None:
            return None
    a, b = cl.left_edge.i, cl.right_edge.i + 1
    doc = noun.doc
    if doc[a].lower_ == "that" and a + 1 < b:
        a += 1
    elif not any(t.dep_ == "mark" for t in cl.children) and cl.tag_ in ("TO", "VB"):
        return None
    return a, b


def _split_complement(c: Any, verb: Any) -> list[tuple[int, int]]:
    """Token ranges of a complement that reaches back over its cue ("the wall, which he said
    Mexico should pay for"; "the job that economists say is the future"): its relative word
    before the cue clause and its clause after it; empty when it is not of that shape."""
    before = [t.i for t in c.subtree if t.i < verb.i]
    if (
        not before
        or len(before) > 2
        or not any(t.tag_ in ("WDT", "WP", "IN") for t in c.subtree if t.i < verb.i)
    ):
        return []
    after = c.right_edge.i + 1
    start = min(t.i for t in c.subtree if t.i > verb.i)
    return [(before[0], before[-1] + 1), (start, after)]


def _hint(doc: Any, k: int) -> str:
    """What starts at token ``k`` (the part a wider content option adds)."""
    while k < len(doc) - 1 and doc[k].is_punct:
        k += 1
    t = doc[k]
    return f"{t.lower_ if t.is_stop else t.tag_}|{t.dep_}"


def content_options(verb: Any) -> list[Option]:
    """Every content the parse offers for a cue verb: (relation, token ranges ``[a, b)``,
    content-precedes-cue), the likeliest first; the model picks among them.

    Relations are the mined ones that link the verb to its content: ``ccomp`` (with and without
    a trailing clause, ``ccomp+tail``), a prepositional object (``prep:<word>``, and with the
    direct object before it, ``+dobj``), ``dobj`` (``dobj+tail`` with what follows it), ``xcomp``,
    ``oprd``, ``advcl``, ``dative``; failing those, ``head`` (the verb is a parenthetical inside
    its content: "the plan, he said, would fail").
    """
    lemma = verb.lemma_.lower()
    rels = cue_relations().get(lemma)
    if not rels:
        return []
    out: list[Option] = []
    children = list(verb.children)
    ccomps = [c for c in children if c.dep_ == "ccomp" and not _trailing_cue(c)]
    if ccomps and _enabled(lemma, "ccomp"):
        c = max(ccomps, key=lambda t: t.right_edge.i - t.left_edge.i)
        a, b = c.left_edge.i, c.right_edge.i + 1
        right = [t for t in ccomps if t.left_edge.i > verb.i]
        right.sort(key=lambda t: t.i)
        for x, y in itertools.pairwise(right):  # one complement the parser split in two, back to back
            if x.right_edge.i + 1 == y.left_edge.i and a <= x.left_edge.i:
                b = max(b, y.right_edge.i + 1)
        if not a <= verb.i < b:
            a = _past_complementizer(verb.doc, a, b)
            if b <= verb.i:
                out.append(("ccomp", [(a, b)], True, ""))
            else:
                cut = _cut_tail(verb, c, a, b)
                out.append(("ccomp", [(a, cut)], False, ""))
                short = _cut_clause(c, a, cut)
                if short < cut:
                    out.append(("ccomp-short", [(a, short)], False, _hint(verb.doc, short)))
                # the speaker's later act is the writer's report: no wider option runs over it
                own = any(_speakers_later_act(t, verb) for t in verb.doc[cut:b])
                if cut < b and not own:
                    out.append(("ccomp+tail", [(a, b)], False, _hint(verb.doc, cut)))
                root = verb
                while root.head.i != root.i:
                    root = root.head
                rest = root.right_edge.i + 1  # the end of the sentence
                while rest > b and verb.doc[rest - 1].is_punct:
                    rest -= 1
                if rest > b and not own:
                    out.append(("ccomp+rest", [(a, rest)], False, _hint(verb.doc, b)))
        elif c.i > verb.i:
            split = _split_complement(c, verb)
            if split:
                out.append(("ccomp:split", split, True, ""))
        if c.left_edge.i < verb.i and right:
            # the parse gave the cue a complement before it as well ("… as an example: He says news
            # outlets undercount …"): the one after it is an option too
            r = max(right, key=lambda t: t.right_edge.i - t.left_edge.i)
            b = r.right_edge.i + 1
            a = _past_complementizer(verb.doc, r.left_edge.i, b)
            out.append(("ccomp", [(a, _cut_tail(verb, r, a, b))], False, ""))
    dobj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    for c in children:
        if c.i < verb.i:
            continue
        if c.dep_ in ("prep", "agent"):
            rel = f"prep:{c.lower_}"
            if _enabled(lemma, rel):
                objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objs:
                    o = objs[0]
                    a = o.left_edge.i
                    b = o.right_edge.i + 1
                    for x in children:
                        if x.i > c.i and x.dep_ in DOBJ_TAIL and x.left_edge.i == b:
                            b = max(b, x.right_edge.i + 1)
                    if dobj is not None and dobj.i < c.i:  # "charged the group with crimes"
                        out.append((f"{rel}+dobj", [(dobj.left_edge.i, b)], False, ""))
                    clause = _noun_clause(o) if o.pos == symbols.NOUN else None
                    if clause is not None:  # "said in a statement that …": the clause
                        out.append((f"{rel}:clause", [clause], False, o.lemma_.lower()))
                    out.append((rel, [(a, b)], False, ""))
        elif c.dep_ in ("dobj", "xcomp", "oprd", "advcl", "dative") and _enabled(lemma, c.dep_):
            a, b = c.left_edge.i, c.right_edge.i + 1
            if c.dep_ == "advcl" and _for_mark(verb.doc[a]) and a + 1 < b:
                a += 1  # "called for the U.S. to act": "for" is the cue's, as after "called for" + object
            if c.dep_ == "dobj":  # "call them messianic impulses", "urged leaders to act"
                tail = b
                for o in children:
                    if o.i > c.i and o.dep_ in DOBJ_TAIL and o.left_edge.i == tail:
                        tail = max(tail, o.right_edge.i + 1)
                if tail > b:
                    out.append(("dobj+tail", [(a, tail)], False, _hint(verb.doc, b)))
                clause = _noun_clause(c)
                if clause is not None:  # "issued a statement (saying) that …": the clause
                    out.append(("dobj:clause", [clause], False, c.lemma_.lower()))
                out.extend(_object_of_object(c))
            elif dobj is not None and dobj.i < c.i:
                a = dobj.left_edge.i
            out.append((c.dep_, [(a, b)], False, ""))
    head = verb.head
    if (
        head.i != verb.i
        and verb.dep_ in ("parataxis", "ccomp", "conj", "advcl")
        and _enabled(lemma, "head")
        and any(c.dep_ in _SUBJECT_DEPS for c in children)
    ):
        # the content is the clause the cue hangs on: before it ("…, he said"), or around it
        # when the cue is a parenthetical ("The plan, he said, would fail")
        a, b = head.left_edge.i, verb.left_edge.i
        ranges = [(a, b)] if b > a else []
        if head.i > verb.i and head.right_edge.i > verb.right_edge.i:
            before = bool(ranges)
            ranges.append((verb.right_edge.i + 1, head.right_edge.i + 1))
            if before:
                out.append(("head:around", ranges, True, ""))
            elif any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
                out.append(("head:as", ranges, False, ""))  # "As the Post reported, …"
        elif ranges and _trailing_cue(verb):
            # "…, a U.S. imaging company said on Monday.": the parse hung the sentence's closing
            # cue clause on its verb as a complement; the clause before it is what was said
            out.append(("ccomp", ranges, True, ""))
        elif ranges:  # "He was unable to find a taker, he said, on condition of anonymity"
            out.append(("head", ranges, True, ""))
    if not out and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children):
        # "The meeting was first reported by Politico": what was reported is the subject
        subj = next((c for c in children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        overall = rels.get("any")
        if subj is not None and overall is not None and overall[1] >= MIN_PRECISION_HEAD:
            out.append(("nsubjpass", [(subj.left_edge.i, subj.right_edge.i + 1)], True, ""))
    return _without_aside(verb.doc, out)


def _trailing_cue(verb: Any) -> bool:
    """ "Satellite imagery showed …, a U.S. imaging company said on Monday.": a reliable cue verb
    (:data:`NESTED_MIN_PRECISION`) the parse made the complement of the verb before it, though
    it closes the sentence after a comma with its own subject and takes no complement itself."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i or verb.pos_ != "VERB":
        return False
    row = cue_relations().get(verb.lemma_.lower(), {}).get("any")
    if row is None or row[1] < NESTED_MIN_PRECISION:
        return False
    doc = verb.doc
    a = verb.left_edge.i
    if a == 0 or doc[a - 1].text != "," or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in verb.children):
        return False
    end = verb.right_edge.i + 1
    return all(t.is_punct or t.is_space for t in doc[end : verb.sent.end])


# what sets off a non-restrictive modifier before it ("Trump, who leads …", "Huckabee, a former …"),
# and the relations such a modifier has
_ASIDE_MARKS: Final = frozenset({",", "—", "–", "--", "(", ";"})
_ASIDE_DEPS: Final = frozenset({"relcl", "appos"})
# prepositions after a cue verb's object that name what the cue is about ("sounded a cautious
# note about the report", "express support for Sanders", "made no mention of nuclear weapons")
_TOPIC_PREPS: Final = frozenset(
    {"about", "against", "at", "for", "of", "on", "over", "to", "toward", "towards", "with"}
)


def _without_aside(doc: Any, options: list[Option]) -> list[Option]:
    """The options, each followed by the same content cut before a trailing non-restrictive
    relative clause or appositive it ends with ("… to billionaire Donald Trump, with whom he
    clashed …", "… Mike Huckabee, also once a 2016 hopeful"): a comment the writer adds about a
    word of the content, which PolNeAR leaves out of it (``+nr``)."""
    out: list[Option] = []
    for opt in options:
        out.append(opt)
        rel, ranges, left, _ = opt
        a, b = ranges[-1]
        aside = _aside_at_end(doc, a, b)
        if aside is not None:
            cut = _trim_left_edge(doc, a, aside.left_edge.i)
            out.append((f"{rel}+nr", [*ranges[:-1], (a, cut)], left, aside.dep_))
    return out


def _aside_at_end(doc: Any, a: int, b: int) -> Any | None:
    """The first non-restrictive relative clause or appositive (its head token) that ends tokens
    ``[a, b)`` after a comma or dash, or None. Its subtree holds the range's last token or the one
    before (a trailing period), so only their ancestors are looked at."""
    found = None
    seen: set[int] = set()
    for last in (b - 1, b - 2):
        t = doc[last] if a < last else None
        while t is not None and a <= t.i < b and t.i not in seen:
            seen.add(t.i)
            if t.dep_ in _ASIDE_DEPS:
                edge = t.left_edge.i
                if (
                    a < edge - 1
                    and t.right_edge.i + 1 >= b - 1
                    and doc[edge - 1].text in _ASIDE_MARKS
                    and t.head.i < edge
                    and (found is None or t.i < found.i)
                ):
                    found = t
            head = t.head
            t = head if head.i != t.i else None
    return found


def _object_of_object(noun: Any) -> list[Option]:
    """Options of a cue verb whose object is a noun with a topic preposition after it: the object
    of that preposition (``dobj>prep:<word>``, hinted by the noun's lemma)."""
    out: list[Option] = []
    for p in noun.children:
        if p.dep_ == "prep" and p.i > noun.i and p.lower_ in _TOPIC_PREPS:
            obj = next((g for g in p.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                span = [(obj.left_edge.i, obj.right_edge.i + 1)]
                out.append((f"dobj>prep:{p.lower_}", span, False, noun.lemma_.lower()))
    return out


def nominal_options(tok: Any) -> list[Option]:
    """Every content the parse offers for a noun or adjective cue (relation, token ranges,
    content-precedes-cue), as :func:`content_options` for a verb: the object of a preposition
    after it ("criticism of the plan", "worried about the polls": ``n:prep:of``,
    ``a:prep:about``) or a clause after it ("the claim that …", "the decision to run", "sure that
    …": ``n:acl``, ``a:ccomp``, ``a:xcomp``), for the relations the mined table enables."""
    prefix = _NOMINAL_PREFIX.get(tok.pos)
    if prefix is None:
        return []
    lemma = tok.lemma_.lower()
    doc = tok.doc
    out: list[Option] = []
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ == "prep":
            rel = f"{prefix}prep:{c.lower_}"
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and _enabled(lemma, rel):
                out.append((rel, [(obj.left_edge.i, obj.right_edge.i + 1)], False, ""))
        elif c.dep_ in _NOMINAL_RELS and _enabled(lemma, f"{prefix}{c.dep_}"):
            a, b = c.left_edge.i, c.right_edge.i + 1
            if a <= tok.i:
                continue
            out.append((f"{prefix}{c.dep_}", [(_past_complementizer(doc, a, b), b)], False, ""))
    return _without_aside(doc, out)


def _reported_object(noun: Any) -> bool:
    """Whether a noun is the object of a reliable cue verb, directly or through a preposition
    ("Biden rubbished Trump's claim to …", "railed at Obama's refusal to …"): that verb reports it,
    so the noun is part of the verb's content, not a cue of its own."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    if head.pos not in (symbols.VERB, symbols.AUX):
        return False
    row = cue_relations().get(head.lemma_.lower(), {}).get("any")
    return row is not None and row[1] >= REPORTED_OBJECT_PRECISION


def _nominal_candidates(tok: Any, text: str, quotes: Quotes, sent: Any) -> list[_Candidate]:
    """The candidates of a noun or adjective cue (:func:`nominal_options`). Its source is who has
    it (:func:`subject_of`: "Trump's claim that", "criticism from rivals", "lawmakers nervous
    about", the subject of "faced criticism of"); for a mostly sourceless cue ("questions about")
    only a possessor or a "by"/"from" phrase counts."""
    options = nominal_options(tok)
    if not options or _reported_object(tok):
        return []
    subj = subject_of(tok)
    # whose it is: a possessor ("Trump's claim", also read as the subject it echoes: "Sanders toned
    # down his criticism of") or an owner phrase ("criticism from rivals")
    owner = any(c.dep_ == "poss" for c in tok.children) or (
        subj is not None and subj.head.lower_ in OWNER_PREPS
    )
    if tok.pos == symbols.NOUN and not owner:
        if tok.lemma_.lower() not in sourceless_lemmas("n:"):
            return []
        subj = None  # "questions about", "speculation that": nobody in particular
    if subj is not None and subj.dep_ == "expl":
        subj = None
    source = _source_tokens(subj) if subj is not None else None
    out = []
    for rel, ranges, left, hint in options:
        cand = _option(tok, rel, ranges, left, subj, source, text, quotes, sent)
        if cand is not None:
            cand.hint = hint
            out.append(cand)
    return out


def _according_to(tok: Any, text: str, quotes: Quotes, sent: Any) -> _Candidate | None:
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    pobj = [c for c in to.children if c.dep_ == "pobj"]
    if not pobj:
        return None
    src = pobj[0]
    p0, p1 = tok.i, src.right_edge.i + 1
    frags: list[tuple[int, int]] = []
    if p0 - sent.start >= 2:
        frags.append((sent.start, p0))
    if sent.end - p1 >= 2:
        frags.append((p1, sent.end))
    ranges = [_widen(text, quotes, *_tok_range(doc, a, b), sent.end_char) for a, b in frags]
    ranges = [r for r in ranges if r[1] > r[0]]
    if not ranges:
        return None
    return _Candidate(
        cue=[tok, to],
        verb=tok,
        source=_source_tokens(src),
        source_head=src,
        frags=ranges,
        sent=sent,
        rel="according",
    )


# -- the extractor --------------------------------------------------------------------------------


def _paragraph_end(text: str, pos: int) -> int:
    k = text.find("\n", pos)
    return len(text) if k < 0 else k


def _follow_quotes(text: str, quotes: Quotes, after: int) -> list[tuple[int, int]]:
    """Quoted sentences right after a direct quotation's cue clause, in the same paragraph."""
    out: list[tuple[int, int]] = []
    para_end = _paragraph_end(text, after)
    pos = after
    while True:
        k = pos
        while k < para_end and (text[k].isspace() or text[k] in ".,;:"):
            k += 1
        if k >= para_end or not quotes.inside(k) or text[k] not in _OPEN_MARKS | {"'"}:
            break
        if pos and text[pos - 1].isalnum() and not any(ch in ".,;:" for ch in text[pos:k]):
            break  # a quotation inside a clause that goes on ("…, adding that he hoped she “will …”")
        seg = quotes.segment_at(k)
        if seg is None or seg[0] != k:
            break
        out.append(seg)
        pos = seg[1]
    return out


def _clause_end(verb: Any, quotes: Quotes) -> int:
    """End of the cue clause ("he said", "said Smith, a lawyer") without any quotation it holds."""
    end = verb.idx + len(verb.text)
    for t in verb.subtree:
        if t.i > verb.i and not quotes.inside(t.idx) and not t.is_punct and not t.is_space:
            end = max(end, t.idx + len(t.text))
    return int(end)


def _clause_start(tok: Any, quotes: Quotes) -> int:
    """Start of a token's phrase before it, without a quotation it holds (the quotation a
    sentence split left inside the cue's clause: "… because I love us,” Bond said")."""
    start = int(tok.idx)
    for t in tok.subtree:
        if t.i >= tok.i:
            break
        if not quotes.inside(t.idx) and not t.is_punct:
            start = min(start, int(t.idx))
            break
    return start


def _quote_before(verb: Any, subj: Any | None, text: str, quotes: Quotes) -> tuple[int, int] | None:
    """The quotation (character range) that ends right before a cue's clause, in its paragraph
    ("“…,” Trump said"; "“…,” he said, “…”"), or None."""
    clause_start = _clause_start(verb, quotes)
    if subj is not None:
        clause_start = min(clause_start, _clause_start(subj, quotes))
    k = clause_start
    while k > 0 and (text[k - 1] in " ,\t" or (text[k - 1] in QUOTE_MARKS and not quotes.inside(k - 1))):
        k -= 1
    seg = quotes.segment_at(k - 1) if k > 0 else None
    if seg is not None and seg[1] == k and "\n" not in text[seg[0] : seg[1]]:
        return seg
    return None


def _quote_beside(
    verb: Any, text: str, quotes: Quotes, sent: Any, *, quoted_only: bool = False
) -> _Candidate | None:
    """A cue with no clausal content in its parse: the quotation right before its clause ("“…,”
    Trump said"), right after it ("Trump said, “…”"), or (unless ``quoted_only``: the parse gave
    the cue an adverbial or object content) the next paragraph after a colon."""
    lemma = verb.lemma_.lower()
    if not _enabled(lemma, "none"):
        return None
    subj = subject_of(verb)
    frags: list[tuple[int, int]] = []
    seg = _quote_before(verb, subj, text, quotes)
    end = _clause_end(verb, quotes)
    if seg is not None:
        frags.append(seg)
        frags.extend(_follow_quotes(text, quotes, end))
    else:
        j = end
        while j < len(text) and text[j] in " ,":
            j += 1
        colon = j < len(text) and text[j] == ":"
        if colon:
            j += 1
        while j < len(text) and text[j].isspace() and (colon or text[j] != "\n"):
            j += 1
        seg = quotes.segment_at(j) if j < len(text) else None
        if seg is not None and seg[0] == j:
            frags.append(seg)
            frags.extend(_follow_quotes(text, quotes, seg[1]))
        elif colon and j < len(text) and not quoted_only:
            e = _paragraph_end(text, j)
            frags.append(_widen(text, quotes, j, e, e))
    frags = [f for f in frags if f[1] > f[0]]
    if not frags:
        return None
    return _Candidate(
        cue=[verb],
        verb=verb,
        source=_source_tokens(subj) if subj is not None and subj.dep_ != "expl" else None,
        source_head=subj,
        frags=frags,
        sent=sent,
        left=frags[0][0] < verb.idx,
    )


def _kind(quotes: Quotes, frags: Sequence[tuple[int, int]]) -> StatementKind:
    ins = outs = 0
    for s, e in frags:
        n = quotes.alnum_before[e] - quotes.alnum_before[s]
        q = quotes.quoted_before[e] - quotes.quoted_before[s]
        ins += q
        outs += n - q
    if ins and not outs:
        return StatementKind.DIRECT
    if ins:
        return StatementKind.MIXED
    return StatementKind.INDIRECT


_HEADLINE_MAX_WORDS: Final = 6
QUOTE_BACK_MAX: Final = 2000
# what follows a direct object and still belongs to the content ("blamed the law on Democrats")
DOBJ_TAIL: Final = frozenset({"oprd", "xcomp", "prep", "dative"})


def _headline_colon(doc: Any, text: str, quotes: Quotes, sentence: Callable[[int], Any]) -> list[_Candidate]:
    """ "Lynch: No outside influence on FBI probe." — a paragraph opening with a short name and a
    colon attributes the rest of the paragraph to that name (headlines, transcripts). The name is
    a named entity or capitalised words: in a headline the parser tags "Sanders:" or "Poll:" as a
    plain noun, and PolNeAR counts "Poll:", "Report:", "Q:" as sources too (train: 50 of the 121
    paragraph-opening colon cues had a candidate with entities only, 102 with capitalised words;
    candidates 76 -> 214, those matching a gold content 56 -> 123)."""
    out: list[_Candidate] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = _paragraph_end(text, pos)
        line = text[pos:end]
        k = line.find(":")
        if k > 0 and len(line[:k].split()) <= _HEADLINE_MAX_WORDS and k + 2 < len(line):
            head = doc.char_span(pos, pos + k, alignment_mode="contract")
            colon = doc.char_span(pos + k, pos + k + 1, alignment_mode="expand")
            ok = (
                head is not None
                and len(head) > 0
                and colon is not None
                and head[0].text[:1].isupper()
                and not line[k - 1 : k].isdigit()
                and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in head)
                and (
                    any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in head)
                    or all(t.text[:1].isupper() for t in head)  # "Poll:", "Sanders:", "TAPPER:", "Q:"
                )
                and len(line[k + 1 :].split()) >= 3
            )
            if ok:
                name = [t for t in head]
                first = next((i for i, t in enumerate(name) if i and t.pos_ == "ADP"), len(name))
                name = name[:first]
                s_, e_ = _widen(text, quotes, pos + k + 1, end, end)
                if e_ > s_:
                    sent = sentence(colon[0].i)
                    out.append(
                        _Candidate(
                            cue=[colon[0]],
                            verb=colon[0],
                            source=name,
                            source_head=name[-1],
                            frags=[(s_, e_)],
                            sent=sent,
                            rel="colon",
                        )
                    )
        pos = end + 1
    return out


def _sentence_of(doc: Any) -> Callable[[int], Any]:
    """A function from a token index to its sentence (a span), slicing the doc once per sentence
    (``Token.sent`` walks the whole document)."""
    sent_starts = doc.to_array([SENT_START]).tolist()
    starts = [i for i, v in enumerate(sent_starts) if v == 1 or i == 0]
    ends = [*starts[1:], len(doc)]
    spans: dict[int, Any] = {}

    def sentence(i: int) -> Any:
        k = bisect.bisect_right(starts, i) - 1
        if k not in spans:
            spans[k] = doc[starts[k] : ends[k]]
        return spans[k]

    return sentence


def _candidates(doc: Any, text: str, quotes: Quotes) -> list[_Candidate]:
    cands: list[_Candidate] = []
    table = cue_relations()
    # token attributes as integer arrays: Token objects are made only for the candidates
    pos, lemmas, lowers = doc.to_array([POS, LEMMA, LOWER]).T.tolist()
    sentence = _sentence_of(doc)
    cands.extend(_headline_colon(doc, text, quotes, sentence))
    strings = doc.vocab.strings
    according = strings["according"]
    verbs = (symbols.VERB, symbols.AUX)
    lemma_ok: dict[int, bool] = {}
    nominal_ok: dict[tuple[int, int], bool] = {}
    for i, (p, lem, low) in enumerate(zip(pos, lemmas, lowers, strict=True)):
        if low == according:
            tok = doc[i]
            cand = _according_to(tok, text, quotes, sentence(i))
            if cand is not None:
                cands.append(cand)
            continue
        if p in _NOMINAL_PREFIX:  # a noun or adjective cue ("criticism of", "sure that")
            ok = nominal_ok.get((p, lem))
            if ok is None:
                ok = nominal_ok[(p, lem)] = strings[lem].lower() in nominal_lemmas(_NOMINAL_PREFIX[p])
            if ok and not quotes.inside(doc[i].idx):
                cands.extend(_nominal_candidates(doc[i], text, quotes, sentence(i)))
            continue
        if p not in verbs:
            continue
        ok = lemma_ok.get(lem)
        if ok is None:
            ok = lemma_ok[lem] = strings[lem].lower() in table
        if not ok:
            continue
        tok = doc[i]
        if quotes.inside(tok.idx):  # a cue inside a quotation is part of what was quoted
            continue
        sent = sentence(i)
        options = content_options(tok)
        if not any(o[0].startswith(_CLAUSAL) for o in options):
            # no content in the parse, or only an adverbial or object one ("“…,” he said when
            # asked", "“…!” Clinton said to People"): the quotation beside the cue clause
            cand = _quote_beside(tok, text, quotes, sent, quoted_only=bool(options))
            if cand is not None:
                cands.append(cand)
                more = _quotes_after_sentence(cand, text, quotes)
                if more is not None:
                    cands.append(more)
        if not options:
            continue
        saying = _own_act_saying(tok)  # "said she would not step down when her term ends and called on"
        subj = subject_of(tok if saying is None else saying)
        if subj is not None and (subj.dep_ == "expl" or _sourceless(tok)):
            subj = None
        source = _source_tokens(subj) if subj is not None else None
        inner = _inner_subject(tok, subj)
        for rel, ranges, left, hint in options:
            if inner is not None and not left and ranges[0][0] > tok.i and not rel.startswith("ccomp"):
                ranges = [inner, *ranges]
            cand = _option(tok, rel, ranges, left, subj, source, text, quotes, sent)
            if cand is not None:
                cand.hint = hint
                cands.append(cand)
                more = _quotes_after(cand, text, quotes)
                if more is not None:
                    cands.append(more)
                more = _quotes_after_sentence(cand, text, quotes)
                if more is not None:
                    cands.append(more)
    return cands


def _quotes_after(cand: _Candidate, text: str, quotes: Quotes) -> _Candidate | None:
    """The candidate with the quoted sentences that follow its content in the paragraph ("She
    says people should be free to choose. “It is their life …”"), when its content ends its
    sentence and they end theirs (not "“…,” he said": another cue's); None when none follow."""
    end = cand.frags[-1][1]
    if cand.left or end < cand.verb.idx:
        return None
    k = end
    while k < len(text) and text[k] in QUOTE_MARKS | {"'"}:
        k += 1
    if k >= len(text) or text[k] not in ".?!":
        return None
    follow = _quoted_sentences(text, quotes, k + 1)
    if not follow:
        return None
    return replace(cand, frags=[*cand.frags, *follow], rel=f"{cand.rel}+fq")


def _quotes_after_sentence(cand: _Candidate, text: str, quotes: Quotes) -> _Candidate | None:
    """A quotation before its cue with the quoted sentences that follow the cue's sentence in the
    paragraph, when the cue clause kept them apart (it holds a quotation of its own or runs on:
    "“…,” Cuban said on NBC's “Meet the Press.” “You don't have to …”", "“…,” said Steve Bell, a
    Republican who headed … era. “He's more …”") or the content is only partly quoted ("As for
    his pronouncements, “I write them off,” said Mr. Pike. “He's more …”"); None when the content
    already has them, does not end in a quotation, or no quoted sentence follows."""
    verb = cand.verb
    if not cand.left or len(cand.frags) != 1 or not quotes.inside(cand.frags[0][1] - 1):
        return None
    para_end = _paragraph_end(text, verb.idx)
    m = _SENTENCE_END.search(text, _clause_end(verb, quotes), para_end)
    if m is None or text[m.end() - 1] == "\n":
        return None
    follow = _quoted_sentences(text, quotes, m.end())
    if not follow or follow[0][0] - cand.frags[0][1] > QUOTE_BACK_MAX:
        return None
    return replace(cand, frags=[*cand.frags, *follow], rel=f"{cand.rel}+fs")


def _quoted_sentences(text: str, quotes: Quotes, start: int) -> list[tuple[int, int]]:
    """The quotations that follow ``start`` in its paragraph (:func:`_follow_quotes`), up to the last
    that ends its sentence; empty when none does."""
    follow = _follow_quotes(text, quotes, start)
    while follow and not _ends_sentence(text, follow[-1][1]):
        follow.pop()
    return follow


def _ends_sentence(text: str, e: int) -> bool:
    """Whether a quotation ending at ``e`` ends with its sentence ("… anybody.”"), not a clause
    leading to its cue ("…,” he said")."""
    k = e
    while k > 0 and (text[k - 1] in QUOTE_MARKS or text[k - 1] == "'"):
        k -= 1
    return k > 0 and text[k - 1] in ".?!…"


def _inner_subject(verb: Any, source: Any | None) -> tuple[int, int] | None:
    """Token range of a cue's subject that is part of what is reported, not who reports it: the
    subject of a passive cue ("Trump is expected to win", "who was accused of ties to …") or of a
    sourceless raising cue ("the party seems to be coalescing"); None for any other cue or when
    that subject is the source (an experiencer: "voters were thrilled with")."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    deps = ("nsubjpass",) if passive else ("nsubj",) if _sourceless(verb) else ()
    subj = next((c for c in verb.children if c.dep_ in deps and c.i < verb.i), None)
    if subj is None or subj is source or subj.lower_ in ("it", "there"):
        return None
    a, b = subj.left_edge.i, _phrase_end(subj)
    if "\n" in verb.doc[a:b].text:
        return None
    return a, b


def _phrase_end(noun: Any) -> int:
    """End (token index) of a noun's phrase: its subtree, cut before a relative or participle
    clause after it ("Biden's demeanor and ability to connect …", "Viguerie, then 29, …")."""
    cut: list[int] = [c.left_edge.i for c in noun.children if c.i > noun.i and c.dep_ in ("relcl", "acl")]
    return min(cut) if cut else int(noun.right_edge.i) + 1


def _option(
    tok: Any,
    rel: str,
    ranges: list[tuple[int, int]],
    left: bool,
    subj: Any | None,
    source: list[Any] | None,
    text: str,
    quotes: Quotes,
    sent: Any,
) -> _Candidate | None:
    """The candidate of one content option of a cue verb (character ranges widened over quotes)."""
    doc = tok.doc
    frags = []
    para_end = _paragraph_end(text, tok.idx)
    for a, b in ranges:
        s, e = _tok_range(doc, a, b)
        limit = para_end
        if left and b <= tok.i:
            limit = tok.idx
            s = max(s, text.rfind("\n", 0, tok.idx) + 1)  # never across a paragraph break
        s, e = _widen(text, quotes, s, e, limit)
        if e > s:
            frags.append((s, e))
    if not frags:
        return None
    if left and len(frags) == 1:
        # "… stumped. “We are not going to win,” Mr. Murphy said": the parse ran the quotation's
        # clause back into the sentence before it; the quotation alone was said
        seg = _quote_before(tok, subj, text, quotes)
        s, e = frags[0]
        if seg is not None and s < seg[0] < e <= seg[1] and _SENTENCE_END.search(text, s, seg[0]):
            frags = [(seg[0], e)]
    if left and quotes.share(frags[0][0], frags[-1][1]) == 1.0:
        frags.extend(_follow_quotes(text, quotes, _clause_end(tok, quotes)))
    elif not left and frags[0][0] > tok.idx and quotes.inside(frags[0][0]):
        # "“Word is,” he said, “that Ford …”": the quotation before the cue clause is the same
        # statement's first part
        seg = _quote_before(tok, subj, text, quotes)
        if seg is not None and seg[1] <= frags[0][0] and "\n" not in text[seg[1] : frags[0][0]]:
            frags.insert(0, seg)
    if subj is not None and any(s <= subj.idx < e for s, e in frags):
        subj, source = None, None  # a source never lies inside what it says ("the resort, now called …")
    return _Candidate(
        cue=[tok],
        verb=tok,
        source=source,
        source_head=subj,
        frags=frags,
        sent=sent,
        left=left,
        governed=list(ranges),
        rel=rel,
    )


def _date_of(cand: _Candidate, timexes: Sequence[Timex]) -> str | None:
    """The value of a time expression attached to the cue (not inside the content)."""
    doc = cand.verb.doc
    sent = cand.sent
    for tx in timexes:
        if not (sent.start_char <= tx.start and tx.end <= sent.end_char):
            continue
        span = doc.char_span(tx.start, tx.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span.root
        if any(a <= tok.i < b for a, b in cand.governed) or any(s <= tx.start < e for s, e in cand.frags):
            continue
        node = tok
        for _ in range(6):
            if node.i == cand.verb.i:
                return tx.value
            if node.head is node:
                break
            node = node.head
    return None


def _nested_filter(cands: list[_Candidate], reranked: bool = False) -> list[_Candidate]:
    """The candidates the model keeps, the best-scored of each cue. One nested in another's content
    needs a higher score, or a reliable cue (e.g. "Russia said" inside Stoltenberg's statement):
    weaker cues there ("seeking", "talking") are part of what the outer speaker said. PolNeAR
    annotates no nested attributions, so the model alone would drop them all. ``reranked``: the
    scores are :func:`~._attr_model.rerank`'s, kept against its thresholds."""
    threshold, nested_threshold = (rerank_thresholds() if reranked else None) or thresholds()
    best: dict[int, _Candidate] = {}
    for c in cands:  # the content options of one cue: the best-scored one
        k = c.cue[0].i
        if c.score >= threshold and (k not in best or c.score > best[k].score):
            best[k] = c
    kept = list(best.values())
    frags = [(f, c.verb.i) for c in kept for f in c.frags]
    out = []
    for c in kept:
        ci, vi = c.cue[0].idx, c.verb.i
        if c.score < nested_threshold and any(s <= ci < e and v != vi for (s, e), v in frags):
            row = cue_relations().get(c.verb.lemma_.lower(), {}).get(f"{_prefix(c.rel)}any")
            if row is None or row[1] < NESTED_MIN_PRECISION:  # not a reliable cue ("said")
                continue
        out.append(c)
    return out


# two statements whose contents share this share of their characters are one statement
SAME_CONTENT: Final = 0.5


def _disjoint(cands: list[_Candidate]) -> list[_Candidate]:
    """The candidates without one whose content mostly repeats a better-scored one's (two cues
    claiming one quotation): PolNeAR gives each word to at most one attribution."""
    kept: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: -c.score):
        size = sum(e - s for s, e in c.frags)
        clash = False
        for k in kept:
            inter = sum(max(0, min(e, f) - max(s, g)) for s, e in c.frags for g, f in k.frags)
            union = size + sum(f - g for g, f in k.frags) - inter
            if inter and inter >= SAME_CONTENT * union:
                clash = True
                break
        if not clash:
            kept.append(c)
    return kept


def candidate_features(parsed: ParsedArticle) -> list[tuple[int, list[str], list[tuple[int, int]]]]:
    """Every candidate the rules propose in an article, before the model decides: its cue's token
    index, its features and its content fragments (character ranges). The training script fits
    the model on these; the extractor keeps the best-scored candidate of each cue."""
    doc = parsed.doc
    quotes = find_quotes(doc.text)
    cands = _candidates(doc, parsed.article.text, quotes)
    _nesting(cands)
    return [(c.cue[0].i, _features(c, quotes), list(c.frags)) for c in cands]


_STRONG: Final = ("ccomp", "according", "none", "colon", "head")


def _nesting(cands: list[_Candidate]) -> None:
    """Set each candidate's ``nest``: the strongest relation of another cue's candidate whose
    content holds its cue ("-" when none does)."""
    ranges = sorted((c.frags[0][0], c.frags[-1][1], c.verb.i, c.rel) for c in cands)
    starts = [r[0] for r in ranges]
    for c in cands:
        ci, vi = c.cue[0].idx, c.verb.i
        k = bisect.bisect_right(starts, ci)  # the ranges starting at or before the cue
        nest = {rel for _s, e, v, rel in ranges[:k] if ci < e and v != vi}
        c.nest = next((r for r in _STRONG if r in nest), "weak") if nest else "-"


def _prior(lemma: str, rel: str) -> float | None:
    """The mined precision of a cue lemma with the relation an option rests on ("ccomp" for
    "ccomp+tail", "prep:for" for "prep:for+dobj"), else of the lemma overall."""
    rels = cue_relations().get(lemma)
    if not rels:
        return None
    prefix = _prefix(rel)
    rest = rel[len(prefix) :]
    base = rest.split("+")[0].split(":")[0] if not rest.startswith("prep:") else rest.split("+")[0]
    row = rels.get(f"{prefix}{base}") or rels.get(f"{prefix}any")
    return row[1] if row is not None else None


def _features(c: _Candidate, quotes: Quotes) -> list[str]:
    doc = c.verb.doc
    verbal = any(doc[k].pos in _CLAUSE_POS for a, b in c.governed for k in range(a, min(b, a + 40)))
    return features(
        c.verb,
        c.rel,
        c.source_head,
        c.frags,
        c.left,
        quotes,
        c.hint,
        c.nest,
        prior=_prior(c.verb.lemma_.lower(), c.rel),
        clause=verbal if c.governed else None,
    )


_CLAUSE_POS: Final = frozenset({symbols.VERB, symbols.AUX})


# names repeat across articles, and coding one asks countrynames (slow, fuzzy): remember them
_code_actor: Final = functools.lru_cache(maxsize=16384)(code_actor)

# The speaker of a statement whose source the text does not give ("…, it is feared").
UNATTRIBUTED: Final = Speaker(name="(unattributed)")


def _coded(speaker: Speaker) -> Speaker:
    """The speaker with its CAMEO-style actor code (and country, when the code gives one)."""
    if speaker.code is not None or not speaker.name:
        return speaker
    actor = _code_actor(speaker.name, speaker.role, speaker.organization)
    if actor.code is None:
        return speaker
    return replace(speaker, code=actor.code, country=speaker.country or actor.country)


# -- the trained span tagger (``_attr_tagger``) ---------------------------------------------------

# a candidate's logit moves by TAGGER_WEIGHT × (its agreement with the tagged contents − TAGGER_CENTER)
TAGGER_WEIGHT: Final = 0.5
TAGGER_CENTER: Final = 0.5
# a tagged content no candidate claims becomes a statement when the tagger is this sure of it
TAGGER_MIN_PROB: Final = 0.8
TAGGER_MIN_TOKENS: Final = 3
# how far (tokens) a tagged content looks for its cue, and a cue for its source
TAGGER_CUE_REACH: Final = 6
TAGGER_SOURCE_REACH: Final = 8
# how many verbs up a tagged content's cue looks for a subject outside the content
TAGGER_CLIMB: Final = 4
# a tagged content sharing this share of its characters with a kept statement is that statement
TAGGER_CLAIMED: Final = 0.5
# an auxiliary in a tagged cue stands for the verb it belongs to: that verb has the subject
_AUX_DEPS: Final = frozenset({"aux", "auxpass"})


@dataclass(slots=True)
class _Tagged:
    """What the tagger found in one article: CONTENT fragments (character ranges), CUE and SOURCE
    token ranges, and the groups of CONTENT fragments that form one content (token ranges)."""

    content: list[tuple[int, int]]
    cues: list[tuple[int, int]]
    sources: list[tuple[int, int]]
    groups: list[list[tuple[int, int]]]
    prob: list[float]  # per token: the tagger's probability that it lies in a content


def _tagged(doc: Any, body: str, quotes: Quotes) -> _Tagged:
    """What the tagger finds in a parsed article (``body`` is ``doc.text``)."""
    labels, scores = token_scores(doc, body, quotes)
    spans = decode(labels, scores)
    cols = [k for k, lab in enumerate(labels) if lab.endswith("-CONTENT")]
    prob = scores[:, cols].sum(axis=1).tolist() if len(scores) else []
    content: list[tuple[int, int]] = []
    cues = [(a, b) for label, a, b in spans if label == "CUE"]
    sources = [(a, b) for label, a, b in spans if label == "SOURCE"]
    groups: list[list[tuple[int, int]]] = []
    # tokens that may lie between two fragments of one content: punctuation, space, cue, source
    idx, length, punct, space = doc.to_array(["IDX", "LENGTH", "IS_PUNCT", "IS_SPACE"]).T.tolist()
    passable = [p | s for p, s in zip(punct, space, strict=True)]
    for a, b in itertools.chain(cues, sources):
        passable[a:b] = [1] * (b - a)
    last_end = -1
    for label, a, b in spans:
        if label != "CONTENT":
            continue
        a = _past_complementizer(doc, a, b)
        content.append(_tok_range(doc, a, b))
        # fragments of one content: only cue, source and punctuation between them, one paragraph
        if (
            groups
            and a - last_end <= TAGGER_CUE_REACH
            and (a == last_end or "\n" not in body[idx[last_end] : idx[a - 1] + length[a - 1]])
            and all(passable[last_end:a])
        ):
            groups[-1].append((a, b))
        else:
            groups.append([(a, b)])
        last_end = b
    return _Tagged(content=content, cues=cues, sources=sources, groups=groups, prob=prob)


def _shared(frags: Sequence[tuple[int, int]], g: int, f: int) -> int:
    """How many characters of ``frags`` lie in ``[g, f)``."""
    return sum(max(0, min(e, f) - max(s, g)) for s, e in frags)


class _Ranges:
    """Character ranges sorted by start, for finding the ones that touch a span without looking
    at all of them: a range touching ``[s, e)`` starts before ``e`` and less than the longest
    range's length before ``s``."""

    __slots__ = ("longest", "ranges", "starts")

    def __init__(self, ranges: Sequence[tuple[int, int]]) -> None:
        self.ranges = sorted(ranges)
        self.starts = [g for g, _f in self.ranges]
        self.longest = max((f - g for g, f in self.ranges), default=0)

    def near(self, frags: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """The ranges that may share a character with ``frags`` (a superset of those that do: the
        ones that touch the stretch from the first fragment's start to the last one's end)."""
        lo = bisect.bisect_right(self.starts, min(s for s, _e in frags) - self.longest)
        hi = bisect.bisect_left(self.starts, max(e for _s, e in frags))
        return self.ranges[lo:hi]


def _agreement(frags: Sequence[tuple[int, int]], tagged: _Ranges) -> float:
    """Jaccard (characters) of a candidate's content with the tagged contents it touches."""
    size = sum(e - s for s, e in frags)
    inter = 0
    touched = 0
    for g, f in tagged.near(frags):
        common = _shared(frags, g, f)
        if common:
            inter += common
            touched += f - g
    return inter / (size + touched - inter) if inter else 0.0


def _nearest(ranges: Sequence[tuple[int, int]], a: int, b: int, reach: int) -> tuple[int, int] | None:
    """The range nearest to tokens ``[a, b)`` within ``reach`` tokens (inside it counts as 0)."""
    best: tuple[int, tuple[int, int]] | None = None
    for x, y in ranges:
        gap = 0 if x < b and a < y else (x - b if x >= b else a - y)
        if gap <= reach and (best is None or gap < best[0]):
            best = (gap, (x, y))
    return None if best is None else best[1]


def _outside(tok: Any, frags: Sequence[tuple[int, int]]) -> bool:
    return not any(s <= tok.idx < e for s, e in frags)


def _reliable(tok: Any) -> bool:
    """Whether a token's lemma is a reliable cue ("said"), as for cutting a coordinated report."""
    row = cue_relations().get(tok.lemma_.lower(), {}).get("any")
    return row is not None and row[1] >= NESTED_MIN_PRECISION * 0.75


def _tagger_subject(verb: Any, frags: Sequence[tuple[int, int]]) -> Any | None:
    """The cue verb's subject (:func:`subject_of`) for a tagged content, corrected where the
    parse misleads it: a coordinated verb without a subject of its own takes its first conjunct's
    ("investors take … and view it as …"), unless that conjunct is what a reliable cue reports
    (the parse then hung the verb in the wrong clause); an infinitive whose controller is an
    object takes the subject of the verb it hangs on ("a paper had this to say"); a subject inside
    the content (the quotation's: "telling the crowd, “Some people get …”") climbs to the next
    verb up."""
    subj = subject_of(verb)
    first = verb.head
    reported = first.dep_ == "ccomp" and _reliable(first.head)  # "X said A was …, and urged …"
    if verb.dep_ == "conj" and not reported and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS), subj)
    if subj is not None and subj.dep_ == "dobj" and verb.dep_ == "xcomp":
        subj = subject_of(verb.head)
    node = verb
    for _ in range(TAGGER_CLIMB):
        if subj is None or _outside(subj, frags) or node.head is node:
            break
        node = node.head
        subj = subject_of(node)
    if subj is None or not _outside(subj, frags) or subj.dep_ == "expl":
        return None
    return subj


def _tagger_source(
    doc: Any,
    verb: Any,
    cue: tuple[int, int],
    frags: Sequence[tuple[int, int]],
    sources: Sequence[tuple[int, int]],
) -> tuple[list[Any] | None, Any | None]:
    """(source tokens, head) of a tagger-only statement: the rules' source of its cue — the
    object of "according to", none for a sourceless cue ("seems"), the name before a colon
    ("More from Jones: …"), else the cue verb's subject (:func:`_tagger_subject`); failing
    those, the source the tagger marks nearest to the cue, outside the content."""
    head: Any | None = None
    if verb.lower_ == "according" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "to":
        head = next((c for c in doc[verb.i + 1].children if c.dep_ == "pobj"), None)
    elif _sourceless(verb):
        head = None
    elif verb.text == ":" and verb.i > 0 and doc[verb.i - 1].pos == symbols.PROPN:
        head = doc[verb.i - 1]
        k = head.i
        while k > 0 and doc[k - 1].pos == symbols.PROPN and "\n" not in doc[k - 1].text_with_ws:
            k -= 1
        return list(doc[k : head.i + 1]), head
    else:
        head = _tagger_subject(verb, frags)
    if head is not None:
        return _source_tokens(head), head
    outside = [(x, y) for x, y in sources if _outside(doc[x], frags)]
    near = _nearest(outside, cue[0], cue[1], TAGGER_SOURCE_REACH)
    if near is None:
        return None, None
    return list(doc[near[0] : near[1]]), doc[near[0] : near[1]].root


def _tagger_candidates(
    doc: Any, tagged: _Tagged, kept: Sequence[_Candidate], sentence: Callable[[int], Any]
) -> list[_Candidate]:
    """Statements for the tagged contents no kept candidate claims: the cue the tagger marks
    nearest to the content, and the rules' source of that cue (:func:`_tagger_source`). An
    auxiliary in the cue ("has said") stands for the verb it belongs to, which has the subject; a
    cue that shares no sentence with the content makes no statement (train tenths 0-8: such
    statements' sources right 6 times in 17 matched, against 84 % for the others)."""
    taken = _Ranges([f for c in kept for f in c.frags])
    used_cues = {t.i for c in kept for t in c.cue}
    out: list[_Candidate] = []
    for group in tagged.groups:
        a, b = group[0][0], group[-1][1]
        n = sum(y - x for x, y in group)
        if n < TAGGER_MIN_TOKENS or sum(sum(tagged.prob[x:y]) for x, y in group) < TAGGER_MIN_PROB * n:
            continue
        frags = [_tok_range(doc, x, y) for x, y in group]
        chars = sum(e - s for s, e in frags)
        claimed = sum(_shared(frags, g, f) for g, f in taken.near(frags))
        if claimed > TAGGER_CLAIMED * chars:
            continue
        inside = [r for r in tagged.cues if a <= r[0] and r[1] <= b]
        cue_range = inside[0] if inside else _nearest(tagged.cues, a, b, TAGGER_CUE_REACH)
        if cue_range is None:
            continue
        cue = list(doc[cue_range[0] : cue_range[1]])
        if any(t.i in used_cues for t in cue):
            continue
        verb = next((t for t in cue if t.pos in _CLAUSE_POS), doc[cue_range[0] : cue_range[1]].root)
        while verb.dep_ in _AUX_DEPS and verb.head is not verb:  # "has said", "would argue": the verb's
            verb = verb.head
        sent = sentence(verb.i)
        if not any(sent.start < y and x < sent.end for x, y in group):
            continue  # a cue that shares no sentence with the content is seldom its cue
        source, head = _tagger_source(doc, verb, cue_range, frags, tagged.sources)
        out.append(
            _Candidate(
                cue=cue,
                verb=verb,
                source=source,
                source_head=head,
                frags=frags,
                sent=sent,
                left=frags[0][0] < verb.idx,
                rel="tagger",
            )
        )
        used_cues.update(t.i for t in cue)
    return out


def extract_statements(
    parsed: ParsedArticle,
    timexes: Sequence[Timex] = (),
    *,
    tagger: bool = True,
    reranker: bool = True,
    edges: bool = True,
) -> list[Statement]:
    """The attributed statements of an article's body, in text order. With ``tagger`` (the
    ``attribution_tagger`` setting) the trained span tagger rescores the rules' candidates and adds
    the contents it alone finds (on by default): a little more recall for about 4-11 ms more per
    article. With
    ``reranker`` (the ``attribution_reranker`` setting, on by default) the boosted trees of
    ``knowledge/attribution_trees.json`` rescore the candidates of the cues the linear selector keeps
    (:func:`~._attr_model.rerank`): on PolNeAR dev content F1 0.7098 -> 0.7119, exact 0.5663 -> 0.5721,
    source accuracy 0.934 -> 0.9343, and better on all three on the held-out train tenth; off, the
    linear selector alone. With ``edges`` (the ``attribution_edges`` setting, on by default) each
    kept content's edges may move by one phrase (:func:`~._attr_edges.refine_edges`)."""
    article: Article = parsed.article
    doc = parsed.doc
    text = article.text
    body = doc.text  # built token by token on each access: once
    quotes = find_quotes(body)
    cands = _candidates(doc, text, quotes)
    _nesting(cands)
    tagged = _tagged(doc, body, quotes) if tagger else None
    tagged_content = _Ranges(tagged.content) if tagged is not None else None
    # the linear logits, then (``reranker``) the trees' over the article's candidates together
    feats = [_features(c, quotes) for c in cands]
    rows = [Scored(c.cue[0].i, c.cue[0].idx, c.frags, score(f), f) for c, f in zip(cands, feats, strict=True)]
    logits = rerank(rows, len(doc)) if reranker else [r.logit for r in rows]
    for c, s in zip(cands, logits, strict=True):
        c.score = s
        if tagged_content is not None:
            c.score += TAGGER_WEIGHT * (_agreement(c.frags, tagged_content) - TAGGER_CENTER)
    cands = _nested_filter(cands, reranked=reranker)
    resolver = SpeakerResolver(doc)
    out: list[Statement] = []
    best: dict[tuple[int, int], _Candidate] = {}
    for cand in cands:  # one statement per content: the best-scored candidate's
        key = (cand.frags[0][0], cand.frags[-1][1])
        if key not in best or cand.score > best[key].score:
            best[key] = cand
    kept = _disjoint(list(best.values()))
    if edges:  # the second stage: move each kept content's edges, never over its cue or source
        for cand in kept:
            blocked = [t.idx for t in itertools.chain(cand.cue, cand.source or ())]
            cand.frags = refine_edges(cand.verb, cand.rel, cand.frags, quotes, blocked)
    if tagged is not None:
        kept.extend(_tagger_candidates(doc, tagged, kept, _sentence_of(doc)))
    for cand in sorted(kept, key=lambda c: (c.cue[0].i, c.frags[0][0])):
        start, end = cand.frags[0][0], cand.frags[-1][1]
        if not article.in_body(start, end):
            continue
        cue_s, cue_e = cand.cue[0].idx, cand.cue[-1].idx + len(cand.cue[-1].text)
        source = None
        if cand.source:
            s_s, s_e = cand.source[0].idx, cand.source[-1].idx + len(cand.source[-1].text)
            source = Span.of(text, s_s, s_e)
            speaker = _coded(resolver.resolve(cand.source, cand.source_head))
        else:
            speaker = UNATTRIBUTED
        sent = cand.sent
        sent_s, sent_e = sent.start_char, sent.end_char
        while sent_e > sent_s and body[sent_e - 1].isspace():  # masked boilerplate is blank
            sent_e -= 1
        while sent_s < sent_e and body[sent_s].isspace():
            sent_s += 1
        fragments = tuple(Span.of(text, s, e) for s, e in cand.frags)
        out.append(
            Statement(
                id=stable_id(article.id, "statement", start, end),
                source=source,
                cue=Span.of(text, cue_s, cue_e),
                content=Span.of(text, start, end),
                kind=_kind(quotes, cand.frags),
                speaker=speaker,
                sentence=Span.of(text, sent_s, sent_e),
                date=_date_of(cand, timexes),
                extractor=EXTRACTOR,
                fragments=fragments if len(fragments) > 1 else (),
            )
        )
    out.sort(key=lambda st: (st.content.start, st.content.end))
    return out
