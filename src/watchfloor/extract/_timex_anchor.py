"""Which time expression dates an event: the one that governs its trigger in the parse.

An event is dated by the expression attached to its trigger or to a word above it ("troops pushed
into villages on Tuesday"), where "attached" looks through the preposition ("on Tuesday" hangs on
"on") and, for a phrase on a noun, on up to the verb the noun belongs to ("warned Putin in a video
call on Tuesday", "a similar claim in December saw troops move"). Three limits:

* a clause reported by a verb of saying keeps its own time: in "said on Monday that troops had
  withdrawn" the withdrawal is not dated Monday (the reporting date is not the event's date), unless
  the report performs it ("announced last week it was suspending operations": the past progressive);
  and a saying hung on the clause it reports (", the White House said") is not dated by that clause;
* a conjoined clause with its own subject keeps its own time ("flew to Jeddah on Tuesday, but the
  Saudi side rejected …"), and an expression right after a verb of saying dates the saying ("said on
  Tuesday it had received reports");
* a date inside a clause the parser took for a phrase stays there ("seeking to verify Moscow's
  movements, as a similar claim in December saw …": not the verifying);
* a possessive date dates its noun only ("on Sunday called Saturday's blast a terrorist act");
* an anchored expression dates the event its preposition introduces ("met Putin on Tuesday, a day
  after visiting Kyiv": the visit is the day before; the meeting keeps Tuesday);
* a wire dateline ("KINSHASA, Oct 31 — Congo gave …") dates no event: it is the filing date;
* a period's bound ("since 2007", "the first pause since the Oct. 7 attack") dates only the word its
  phrase hangs on, never the clause above it, and a date hung on a noun is not taken across a comma.

A present-participle aside with no subject of its own shares its time with the verb it belongs to
("Maduro, addressing a rally on Saturday, announced …"), as does a present participle on a noun
("fired on protesters waving the flag … on Wednesday"), and an event placed by a measured interval
("voted on Friday, two weeks after the junta demanded …") is the other event's date moved back (or, with
"before", on) by the interval, at the interval's unit (an interval finer than the other date's grain
leaves it: "late last month, a week after …"). Where the parse puts a date inside a clause that begins
after it ("expelled … on Monday after their governments refused"), or inside a free relative that only
names an object ("launched what it called 'measures' on Tuesday"), the date is the verb's above. A date
after the second of two verbs joined by "and" dates the first when it has none ("beheaded civilians and
abducted children since 2017"), and a past date in the infinitive a past verb asks for dates the asking
("had urged both sides to accept a truce on Sunday").

Round 20 (D22): a time after a list of objects dates the verb ("declared martial law and a
mobilisation on Sunday"), as does one inside a role's "as" phrase ("resigned as prime minister on
Monday"); a date between a determiner and its noun dates the noun only ("fraud in the November 2020
vote"); an event noun that is the subject or object of a placed verb is placed with it ("a day after
Pelosi ended a visit"), and an interval set off by a comma counts from the main clause, not from a
subordinate or joined clause or a trailing ", the ministry said"; a comment clause on a noun (", which
police have denied") takes its own time or the article's.

A nominal trigger is also dated by its own relative clause ("the bombing that killed 40 police on
Feb. 14"), also one inside its phrase ("the talks between the delegations, which resumed on Monday"),
a past participle on a noun by the noun's past relative clause ("a deal brokered by Qatar that was
announced on Wednesday"), and a clause hanging on a date is dated by it ("on Nov. 4, when Abiy ordered an
offensive"). When the parse links the trigger to no date, a date on a noun a few words before it is
taken (see :func:`_near`). Values keep the granularity the text gives, without the time of day
("overnight" → the day), so a timeline of events lines up by day, week, month or year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..model import Timex
from ._timex_calendar import fmt, shift
from ._timex_lexicon import lexicon
from ._timex_rules import parse_value

__all__ = ["day_value", "event_date"]

# a calendar value: year, then optionally month, day, ISO week, quarter, half or season
_CALENDAR = re.compile(r"\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?")
_WEEKEND = "-WE"
# how far a phrase on a noun climbs to the verb the noun belongs to
_CLIMB = 4
_CLIMB_DEPS = frozenset(
    {"prep", "pobj", "dobj", "nsubj", "nsubjpass", "npadvmod", "advmod", "appos", "attr", "oprd", "compound"}
)
_OWN_CLAUSES = frozenset({"relcl", "acl"})
_REPORTED = frozenset({"ccomp", "parataxis"})
# a verb's subject and object: an event noun there is placed with the verb ("after Pelosi ended a visit")
_PARTIES = frozenset({"nsubj", "nsubjpass", "dobj"})


def day_value(value: str) -> str | None:
    """The calendar part of a TIMEX3 value, at the granularity it has (``"2016-10-20TNI"`` →
    ``"2016-10-20"``, ``"2021-12"``, ``"2022-W08"``), or None for a value with no calendar place
    (underspecified ``XXXX-12``, ``PAST_REF``, durations). A weekend is its ISO week ("last
    weekend", ``"2024-W04-WE"`` → ``"2024-W04"``), the granularity writers give it."""
    m = _CALENDAR.match(value)
    if m is None:
        return None
    rest = value[m.end() :]
    if rest and rest[0] != "T" and not (rest == _WEEKEND and m.group(0)[5:6] == "W"):
        return None
    return m.group(0)


def event_date(token: Any, timexes: Sequence[Timex], published: str | None, sent: Any = None) -> str | None:
    """The date of the event whose trigger is ``token``: the value of the time expression of its
    sentence ``sent`` (by default the token's) that governs it (see the module docstring), else
    ``published`` (the article date)."""
    if sent is None:
        sent = token.sent
    governs: dict[int, tuple[int, str]] = {}  # token index → (rank, value): lower rank is more direct
    dangling: list[tuple[Timex, str]] = []
    spans: list[tuple[Any, str]] = []
    for timex in timexes:
        if not sent.start_char <= timex.start < sent.end_char or timex.type.value not in {"DATE", "TIME"}:
            continue
        value = day_value(timex.value)
        span = token.doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if value is None or span is None or _dateline(span, sent.start):
            continue
        spans.append((span, value))
        nodes = list(_governed(span, sent.start))
        if nodes and _urged_to(nodes[-1]) and span.root.dep_ == "pobj" and not _ahead(value, published):
            nodes.append(nodes[-1].head)  # "had urged both sides to accept a truce on Sunday": the urging
        if nodes and nodes[0].pos_ not in {"VERB", "AUX"}:  # on a noun: may date a verb just after it
            dangling.append((timex, value))
        for rank, node in enumerate(nodes):
            if node.i not in governs or rank < governs[node.i][0]:
                governs[node.i] = (rank, value)
    anchored = _after_duration(token, timexes, published, sent, spans)
    if anchored is not None:
        return anchored  # with no date in the sentence, against the article's ("two days after …")
    if not spans:
        return published
    started = _period_start(token, spans)
    if started is not None:
        return started
    if token.pos_ in {"NOUN", "PROPN"}:  # "the bombing that killed 40 police on Feb. 14"
        for child in token.children:
            if child.dep_ in _OWN_CLAUSES and child.i in governs:
                return governs[child.i][1]
        for clause in token.subtree:  # "the talks between the two delegations, which resumed on Monday"
            if clause.dep_ == "relcl" and clause.i > token.i and clause.i in governs:
                return governs[clause.i][1]
    if token.dep_ == "acl" and token.tag_ == "VBN":  # "a deal brokered by Qatar that was announced on …"
        for clause in _participle_relatives(token):
            if clause.i in governs:
                return governs[clause.i][1]
    if token.i not in governs:  # "have beheaded civilians and abducted children since 2017"
        for conj in token.children:
            if _shared_clause(conj) and _joined(token, conj) and governs.get(conj.i, (1, ""))[0] == 0:
                return governs[conj.i][1]
    verb = token  # the trigger's verb, through conjoined verbs: "was halting … and cancelling talks"
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
    node = token
    for _ in range(len(sent)):
        if node.i in governs:
            return governs[node.i][1]
        for span, value in spans:
            if node.i != token.i and span.start <= node.i < span.end:
                return value  # a clause hanging on the date: "on Nov. 4, when Abiy ordered …"
        if node.i == token.i and _summary_clause(node):
            break  # "…, a decision the committee criticised": the article's day, not the ruling's
        if node.i == token.i and _comment_clause(node):
            break  # "…, which police have denied": the article's day
        if node.i == verb.i and _reported(node) and _performed(node):
            return event_date(node.head, timexes, published, sent)  # "announced that it was breaking …"
        if node.i == verb.i and _present(node):
            break  # "Tikhanovskaya, who says she won, left on Tuesday": the saying is the article's day
        if _reported(node) and _bare(node) and governs.get(node.head.i, (1, ""))[0] == 0:
            return governs[node.head.i][1]  # "said on Thursday they had killed four gunmen": Thursday
        if node.head.i == node.i or _reported(node) or _own_clause(node) or _trailing_saying(node):
            break
        node = node.head
    return _near(token, dangling) or published


def _summary_clause(verb: Any) -> bool:
    """Whether ``verb`` is the clause of a noun set after a comma that sums up the clause before ("ruled
    on Monday that the ban was unconstitutional, a decision the committee sharply criticised", "said on
    Sunday, a remark lawmakers condemned as reckless", "…, an incident for which Baku apologised"): the
    reaction is another act, which writers date by its own time or the article's, not by the time of
    what it sums up. The parse makes it a relative clause on the noun, or a clause of its own whose
    first word is the noun's determiner."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if verb.dep_ != "relcl" and verb.dep_ not in _REPORTED:
        return False
    clause = verb.head if verb.dep_ == "relcl" else verb
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return bool(first.i > 0 and first.tag_ == "DT" and verb.doc[first.i - 1].text == "," and first.i < verb.i)


def _comment_clause(verb: Any) -> bool:
    """Whether ``verb`` is a relative clause set off by a comma that comments on its noun ("reports of
    abductions, which police have denied", "Saturday's blast on the bridge, which he called a terrorist
    act"): its relative pronoun is the object, right after the comma."""
    if verb.dep_ != "relcl" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    return (
        first.tag_ in {"WDT", "WP"}
        and first.dep_ == "dobj"
        and first.i > 0
        and verb.doc[first.i - 1].text == ","
    )


def _perfect(verb: Any) -> bool:
    """Whether ``verb`` is in a perfect tense ("have detained", "have been killed")."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
    )


def _period_start(token: Any, spans: Sequence[tuple[Any, str]]) -> str | None:
    """The date a perfect verb's period begins on when "since" opens it with an event of its own date —
    a clause ("have been killed since protests began in April") or a noun with a possessive date
    ("have detained 7,500 soldiers since Friday night's failed coup attempt"): the round-up writers
    date the whole tally by its start. A bare date ("have retaken 30 villages since August") is
    governed directly; a noun with a date of another kind ("since the Feb. 1 coup") is left to the
    article's day, as a war writer dates it. None when no such period is on the verb."""
    if not _perfect(token):
        return None
    periods = lexicon().period_prepositions
    bounds = [
        c
        for c in token.children
        if (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in periods for m in c.children))
        or (c.dep_ == "prep" and c.lower_ in periods)
    ]
    values = set()
    for bound in bounds:
        inside = {t.i for t in bound.subtree}
        for span, value in spans:
            if span.root.i not in inside:
                continue
            clause = any(c.dep_ == "pcomp" for c in bound.children)
            if bound.dep_ == "prep" and span.root.dep_ != "poss" and not clause:
                continue  # "since August": the verb's own date; "since the Feb. 1 coup": not the start
            values.add(value)
    return values.pop() if len(values) == 1 else None


def _governed(span: Any, sent_start: int) -> Iterable[Any]:
    """The words a time expression dates, most direct first."""
    root = span.root
    lex = lexicon()
    anchored = [
        c
        for c in root.children
        if c.dep_ == "prep" and c.lower_ in lex.anchor_prepositions and span.start <= c.i < span.end
    ]
    if anchored:  # "a day after visiting Kyiv": the visit
        yield from (g for c in anchored for g in c.children if g.dep_ in {"pcomp", "pobj"})
        return
    clauses = [c for c in root.children if c.dep_ == "relcl" and _anchor_mark(c, span)]
    if clauses:  # "…, a day after it fired missiles" parsed as a clause on "day": the firing
        yield from clauses
        return
    if root.dep_ == "poss":  # "Saturday's blast": the blast only
        yield root.head
        return
    if _noun_modifier(span):  # "fraud in the November 2020 vote": the vote only
        yield root.head
        return
    saying = _saying_before(span, sent_start)
    if saying is not None:  # "said on Tuesday it had received reports": the saying
        yield saying
        return
    node = root.head
    period = False
    while _preposition(node) and node.head.i != node.i:  # through "on", "since", "in"
        period = period or node.lower_ in lex.period_prepositions
        node = node.head
    node = _outside_clause(span, node)
    yield node
    if period:  # "the first pause since the Oct. 7 attack": the pause only, not the clause it is in
        return
    passed: set[str] = set()  # the prepositions climbed through: "blames Moscow for the poisoning on …"
    for _ in range(_CLIMB):  # a phrase on a noun dates the verb the noun belongs to
        if node.pos_ in {"VERB", "AUX"}:
            aside = _participle_aside(node)
            if aside is not None:  # "Maduro, addressing a rally on Saturday, announced …"
                yield aside
            relative = _reduced_relative(node)
            if relative is not None:  # "fired on protesters waving the flag in Jalalabad on Wednesday"
                yield relative
            return
        if not (node.dep_ in _CLIMB_DEPS or _noun_conjunct(node)) or node.head.i == node.i:
            return
        node = node.head
        if node.lower_ in lex.clause_openers and not _role_preposition(node):  # "…, as a similar claim …"
            return
        if _preposition(node) and node.lower_ in lex.period_prepositions:
            return  # "the first pause since the Oct. 7 attack": the attack only
        if _preposition(node):
            passed.add(node.lower_)
        elif node.pos_ in {"VERB", "AUX"} and passed & lex.charge_verbs.get(node.lemma_.lower(), frozenset()):
            return  # a date on the charged act ("blames … for the poisoning on March 4"): not the charging's
        if not _preposition(node):
            yield node


def _main_clause(base: Any, token: Any) -> Any:
    """The clause an interval set off by a comma at the end is counted from, when the parse hangs it on
    a clause that is itself subordinate or joined ("landed on Tuesday after Mexico granted him asylum
    on Monday, two days after he resigned": Tuesday; "displayed … on Monday, a day after a shootout …
    left one officer dead": Monday, not the shootout's own clause): the one above, else ``base``."""
    if base.i != token.i and base.dep_ in {"conj", "advcl"} and token.i in {t.i for t in base.subtree}:
        return base.head
    return base


def _noun_modifier(span: Any) -> bool:
    """Whether a time expression stands between a determiner and its noun ("the November 2020 vote",
    "the Feb. 1 coup"): a modifier of the noun, which it dates, not the verb the noun is under."""
    root = span.root
    noun = root.head
    if root.dep_ not in {"nmod", "compound"} or noun.pos_ not in {"NOUN", "PROPN"} or not span.end <= noun.i:
        return False
    return any(c.dep_ == "det" and c.i < span.start for c in noun.children)


def _noun_conjunct(node: Any) -> bool:
    """Whether ``node`` is the later of joined nouns ("declared martial law and a general mobilisation
    on Sunday", "fired tear gas, rubber bullets and bean bag rounds on Wednesday"): the parse hangs the
    time on the last noun of the list, and the list is the object of the verb the time dates."""
    return node.dep_ == "conj" and node.pos_ in {"NOUN", "PROPN"} and node.head.pos_ in {"NOUN", "PROPN"}


def _role_preposition(node: Any) -> bool:
    """Whether a clause opener is the preposition of a role right on its verb ("resigned as Bangladesh's
    prime minister on Monday"): a phrase, not a clause, so a time inside it dates the verb. A clause
    opener after a comma ("…, as a similar claim in December saw …") opens a clause the time stays in."""
    return (
        node.dep_ == "prep"
        and node.head.pos_ in {"VERB", "AUX"}
        and node.i > 0
        and not node.doc[node.i - 1].is_punct
    )


def _reduced_relative(verb: Any) -> Any | None:
    """The verb whose noun a present participle modifies ("fired on protesters waving the national flag
    in Jalalabad on Wednesday": "fired"), else None. The participle is simultaneous with that verb,
    and the parse often hangs the sentence's time on it."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    node = verb.head
    for _ in range(_CLIMB):
        if node.dep_ not in _CLIMB_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _outside_clause(span: Any, node: Any) -> Any:
    """The verb a time expression dates when the parse hung it inside a subordinate clause that only
    begins after it: in "expelled diplomats … on Monday after their governments refused" the parse
    puts "on Monday" under "refused", but the clause starts at "after", so Monday is the expulsion's.
    Any other ``node`` is returned as it is."""
    marks = [c.i for c in node.children if c.dep_ == "mark"]
    if node.dep_ == "advcl" and marks and span.end <= min(marks) and node.head.i != node.i:
        return node.head
    if _naming(node) and span.start > node.i and node.head.pos_ in {"VERB", "AUX"}:
        return node.head  # "launched what it called 'anti-terrorist measures' on Tuesday": the launch
    return node


def _urged_to(verb: Any) -> bool:
    """Whether ``verb`` is the infinitive a past verb asks for ("had urged both sides to accept a truce
    on Sunday"): a past time phrase in it dates the asking too, as wire copy dates it (the infinitive's
    act may never happen); a time ahead of the article ("agreed to hold talks on Friday") is the plan's."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.tag_ in {"VBD", "VBN"}


def _ahead(value: str, published: str | None) -> bool:
    """Whether a calendar value begins after the article date (a plan, not a past act)."""
    parsed = parse_value(value)
    return bool(published and parsed is not None and parsed[0].isoformat() > published)


def _naming(verb: Any) -> bool:
    """Whether ``verb`` is a free relative that only names the object of the verb above it ("what it
    called 'anti-terrorist measures'", "what New Delhi described as a camp"): a date after it belongs
    to that verb, since the naming has no time of its own."""
    return verb.lemma_.lower() in lexicon().naming_verbs and any(
        c.tag_ in {"WP", "WDT"} and c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i < verb.i
        for c in verb.children
    )


def _saying_before(span: Any, sent_start: int) -> Any | None:
    """The verb of saying right before a time expression ("said on Tuesday it had …", "said
    Tuesday"), which wire copy dates whatever the parse attached the expression to."""
    start = span.start - 1 if span.start > 0 and span.doc[span.start - 1].pos_ == "ADP" else span.start
    if start <= sent_start:
        return None
    verb = span.doc[start - 1]
    if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in lexicon().reporting_verbs:
        return verb
    return None


def _anchor_mark(clause: Any, span: Any) -> bool:
    """Whether ``clause`` opens with an "after" / "before" inside the time expression ``span``."""
    lex = lexicon()
    return any(
        c.dep_ == "mark" and c.lower_ in lex.anchor_prepositions and span.start <= c.i < span.end
        for c in clause.children
    )


def _shared_clause(node: Any) -> bool:
    """Whether ``node`` is a verb conjoined to the verb above it with no subject of its own ("fired on
    and seized three ships"): the two share their clause, and with it the clause's placing."""
    return (
        node.dep_ == "conj"
        and node.pos_ in {"VERB", "AUX"}
        and node.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    )


def _participle_relatives(participle: Any) -> list[Any]:
    """The past-tense relative clauses of the noun a past participle modifies: "a deal brokered by
    Qatar, Egypt and the United States that was announced on Wednesday" (the parse hangs the clause on
    the last name of the participle's phrase, so a clause inside the phrase counts too). The deal was
    brokered when it was announced; a present or future clause ("a ceasefire, brokered by …, that is
    due to take effect on Monday") says nothing of when it was brokered."""
    after = [t for t in participle.subtree if t.i > participle.i and t.dep_ == "relcl"]
    own = [c for c in participle.head.children if c.dep_ == "relcl" and c.i > participle.i]
    return [c for c in (*own, *after) if c.tag_ == "VBD" or (c.tag_ == "VBN" and _past_auxiliary(c))]


def _past_auxiliary(verb: Any) -> bool:
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


def _saying_above(verb: Any) -> Any:
    """The verb of saying whose reported clause ``verb`` is in ("said on Wednesday the alliance had seen
    no signs of a pullback, a day after …": "said"), else ``verb``. An interval set off by a comma at
    the end of a report places its event against the report, not against what is reported."""
    node = verb
    while node.head.i != node.i and not _own_clause(node):
        if _reported(node):  # a trailing ", the ministry said" is no report the interval is set against
            return node.head if node.head.i < node.i else verb
        node = node.head
    return verb


def _present(verb: Any) -> bool:
    """Whether ``verb`` is a present-tense verb below the main clause ("who says she won", "while
    prosecutors investigate him"): with no time of its own it holds on the article's day, whatever the
    time of the clause above it."""
    return verb.pos_ in {"VERB", "AUX"} and verb.tag_ in {"VBP", "VBZ"} and verb.head.i != verb.i


def _bare(clause: Any) -> bool:
    """Whether a reported clause has no word to introduce it ("said on Thursday they had killed four
    gunmen", "seized the town …, the army said on Sunday"): writers of round-up and war copy alike
    date such a report's event by the report's own date when the saying has one; a clause opened by
    "that" ("said on Wednesday that Armenian forces had fired") keeps its own time, as the writers
    split on it."""
    return not any(c.dep_ == "mark" for c in clause.children)


def _performed(clause: Any) -> bool:
    """Whether a reported clause is in the past progressive ("announced that Venezuela was breaking
    relations", "said it was suspending operations"): the report performs the act it reports, which
    writers date by the report."""
    return clause.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in lexicon().past_progressive for c in clause.children
    )


def _joined(verb: Any, conj: Any) -> bool:
    """Whether ``conj`` is joined to ``verb`` by a plain coordinator ("beheaded civilians and abducted
    children since 2017"), the two acts one run of events; "has threatened …, but said last week" sets
    the second against the first, and its time is its own."""
    words = {
        t.lower_ for t in verb.doc[verb.i + 1 : conj.i] if t.dep_ == "cc" and t.head.i in {verb.i, conj.i}
    }
    return bool(words) and words <= lexicon().shared_coordinators


def _trailing_saying(node: Any) -> bool:
    """Whether ``node`` is a verb of saying the parse hangs on the clause it reports ("… have airlifted
    95,000 people since Aug. 14, the White House said"): the report is not dated by what it reports."""
    return node.dep_ == "parataxis" and node.lemma_.lower() in lexicon().reporting_verbs


def _own_clause(node: Any) -> bool:
    """Whether ``node`` is a conjoined clause with a subject of its own ("flew to Jeddah on Tuesday,
    but the Saudi side rejected …"): the first clause's time is not its time."""
    return node.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)


def _reported(node: Any) -> bool:
    """Whether ``node`` heads a clause reported by a verb of saying (its time is its own)."""
    return node.dep_ in _REPORTED and node.head.lemma_.lower() in lexicon().reporting_verbs


_NEAR_WORDS = 5
# punctuation that closes the phrase a dangling date belongs to ("… since the 2006 war, the ministry said")
_BREAKS = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _near(token: Any, dangling: Sequence[tuple[Timex, str]]) -> str | None:
    """A date the parse hung on a noun, ending at most a few words before the trigger: the parse
    often takes a clause for a phrase ("as a similar claim in December saw its troops move", where
    "claim" becomes the object of "as" and "saw" a clause of its own)."""
    text = token.doc.text
    near = [
        (timex, value)
        for timex, value in dangling
        if timex.end <= token.idx
        and len(text[timex.end : token.idx].split()) <= _NEAR_WORDS
        and not _BREAKS.search(text[timex.end : token.idx])
    ]
    return max(near, key=lambda tv: tv[0].end)[1] if near else None


def _preposition(node: Any) -> bool:
    """Whether ``node`` is a preposition a time expression hangs on: an adposition, or "since" /
    "until" parsed as a subordinating conjunction heading a phrase ("since 2007")."""
    return bool(node.pos_ == "ADP" or (node.pos_ == "SCONJ" and node.dep_ == "prep"))


_DASHES = frozenset({"\u2014", "\u2013", "-", "--"})


def _dateline(span: Any, sent_start: int) -> bool:
    """Whether a time expression is the dateline of a wire lede ("KINSHASA, Oct 31 — Congo gave …"):
    only capitalised place words and a comma before it in its sentence, and a dash right after. The
    dateline is the filing date; it governs no event of the sentence, which keeps its own time
    expression or the article date."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _DASHES or span.start <= sent_start:
        return False
    before = doc[sent_start : span.start]
    return any(t.text == "," for t in before) and all(
        t.text == "," or (t.is_alpha and t.text[:1].isupper()) for t in before
    )


def _participle_aside(verb: Any) -> Any | None:
    """The verb a present-participle aside with no subject of its own belongs to — "Maduro,
    addressing a rally on Saturday, announced …", "…, speaking in Brussels on Tuesday, said" — so
    that the aside's time dates it too (the participle is simultaneous with it); None for any other
    verb. Past participles ("troops, deployed in December, are withdrawing") and participles after
    their verb ("fired missiles on Wednesday, retaliating for a killing last week") keep their time."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in verb.children):
        return None
    left = verb.left_edge.i
    if left == 0 or verb.doc[left - 1].text != ",":
        return None
    head = verb.head
    if head.pos_ in {"NOUN", "PROPN", "PRON"} and head.dep_ in {"nsubj", "nsubjpass"}:
        head = head.head  # an aside on the subject: its verb
    if head.pos_ not in {"VERB", "AUX"} or head.i < verb.i:
        return None  # a trailing participle ("fired …, retaliating for a killing last week") is its own act
    return head


_DURATION = re.compile(r"P(\d+)([DWMY])$")
# how coarse a granularity is: an interval finer than its base's granularity cannot move it
_FINENESS = {"D": 1, "W": 2, "WE": 2, "FN": 2, "M": 3, "Y": 5} | dict.fromkeys(
    ("Q", "H", "SP", "SU", "FA", "WI"), 4
)


def _interval(measure: Any, timex: Timex) -> tuple[int, str] | None:
    """(count, unit) of the interval a measure word names: from a duration's value (``P2W``), or,
    for an expression resolved as a date ("a day after"), from its words."""
    m = _DURATION.match(timex.value)
    if m is not None:
        return int(m.group(1)), m.group(2)
    if timex.type.value != "DATE":
        return None
    lex = lexicon()
    unit = lex.units.get(measure.lower_)
    words = " ".join(t.lower_ for t in measure.lefts if t.dep_ in {"det", "nummod"})
    count = 1.0 if words in {"a", "an", "one"} else lex.number(words) if words else None
    if unit not in {"D", "W", "M", "Y"} or count is None or count != int(count):
        return None
    return int(count), unit


def _after_duration(
    token: Any, timexes: Sequence[Timex], published: str | None, sent: Any, spans: Sequence[tuple[Any, str]]
) -> str | None:
    """The date of an event placed by a measured interval before or after another: "voted on Friday,
    two weeks after the junta demanded …" (the demand: the Friday's week two weeks earlier), "said on
    Monday …, six days after troops launched an incursion" (six days before the Monday), "met Putin on
    Tuesday, a day after visiting Kyiv" (the Monday). The clause or phrase is introduced by "after" /
    "before" and measured by an interval; its date is the date of the verb it hangs on, shifted by the
    interval, at the interval's unit (days give a day, weeks an ISO week, months a month, years a
    year). None when the event is not so placed, or when a date of its own is inside the clause ("two
    weeks after Marines helped detain a tanker on July 4")."""
    lex = lexicon()
    while _shared_clause(token):  # "a day after vessels fired on and seized three ships": the seizure too
        token = token.head
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ in _PARTIES and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head  # "a day after Pelosi ended a visit": the visit is placed with its verb
    if token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in lex.anchor_prepositions:
        anchor, base = token.head, token.head.head  # "a day after visiting Kyiv", "two days after the raid"
    elif token.pos_ in {"VERB", "AUX"} and token.dep_ in {"advcl", "relcl", "ccomp", "conj"}:
        # "conj": "captured on Wednesday after Pakistan shot down …, a day after jets struck", the
        # interval's clause parsed as joined to the one before; its own "after" marks it as placed
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in lex.anchor_prepositions]
        if not marks:
            return None
        anchor, base = marks[0], token.head
    else:
        return None
    measure = next((c for c in (*anchor.children, *token.children) if c.dep_ == "npadvmod"), None)
    if measure is None and anchor.head.dep_ == "npadvmod":  # "met … on Tuesday, a day after visiting"
        measure = anchor.head
        base = measure.head
    elif measure is None and token.dep_ == "relcl" and token.head.dep_ == "npadvmod":
        # "…, a day after it fired missiles", parsed as a clause on "day"
        measure = token.head
        base = measure.head
    if measure is None:
        return None
    clause = {t.i for t in token.subtree}
    if any(
        span.root.i in clause and not span.start <= measure.i < span.end and not _noun_modifier(span)
        for span, _ in spans
    ):  # a date of its own; a date on a noun in it ("protests since the Oct. 20 election") is not
        return None
    timex = next((t for t in timexes if t.start <= measure.idx < t.end), None)
    interval = _interval(measure, timex) if timex is not None else None
    if interval is None:
        return None
    while base.pos_ not in {"VERB", "AUX"} and base.head.i != base.i:
        base = base.head
    left = measure.left_edge.i
    if left > 0 and measure.doc[left - 1].text == ",":  # "said on Wednesday …, a day after": the saying
        base = _saying_above(_main_clause(base, token))
    if base.i == token.i:
        return None
    when = event_date(base, timexes, published, sent)
    parsed = parse_value(when) if when else None
    if parsed is None:
        return None
    day, granularity = parsed
    count, unit = interval
    if _FINENESS.get(unit, 0) < _FINENESS.get(granularity, 0):
        return when  # "late last month, a week after Kinshasa expelled …": last month, as near as it goes
    n = count * (-1 if anchor.lower_ == "after" else 1)
    return fmt(shift(day, unit, n), unit if granularity == "D" else granularity)
