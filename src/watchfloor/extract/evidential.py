"""Evidential status of an event: claimed, observed, denied, negated or hypothetical.

GDELT and PETRARCH code "Stoltenberg had not seen any signs of de-escalation" as a
de-escalation; watchfloor keeps the event and says how the text commits to it:

- **denied**: a denial word governs it ("Russia denied that its troops were massing").
- **hypothetical**: a possibility modal (may, might, could) or a condition ("if") scopes it,
  or, when it is not negated, a future/modal auxiliary or an intention word ("plans to",
  "ready to", "seeking to"). So does what describes no particular occurrence: a temporal clause
  in the simple present ("when they hear a candidate say …", "once he has said his piece") and a
  simple-present main clause that a "when" clause qualifies; a simple present with an adverb of
  frequency ("I always tell …"). A gerund in the predicate of a copula shares the copula's modal
  and negation ("should not be a requirement for cooperating"). So do a present "have to"/"ought
  to", a noun with "potential"/"proposed", a gerund weighed against another ("more important than
  defending"), a course one endorses or opposes, a gerund after "for"/"to"/"against" on a noun ("a
  process for admitting refugees"), and what a speaker only imagines. So do a verb conjoined to a copula
  under a modal ("should be grateful … and even agree"), the gerund of an aspectual verb under a
  to-infinitive ("to continue negotiating"), a simple present with a phrase of frequency ("talks to the
  press a lot"), a subjectless participle clause on a modal or imperative clause ("will focus on …,
  contrasting …") and "promise"/"threaten" with an impersonal subject ("That promises to …"). A habit is
  shared by a conjunct or participle clause with no subject of its own ("Typically, I take … and help her
  shop"); a passive gerund subject is as unrealised as its modal clause ("Being convicted … can raise"); a
  noun event with "next"/"coming" lies after the time of writing.
- **negated**: a negator ("not", "no", "never", "without") scopes it within its clause; also the
  that-clause of a noun of false belief ("the myth that …"), what one lacks the nerve to do
  ("nobody has the guts to talk about it") or is unable to do ("is insufficient to support"), and a
  verb whose object takes "no" ("offers no paid leave"); not "It's not the first time …". A named or personal
  agent's active "will not" is a refusal ("he will not support Trump"), not a forecast.
- **claimed**: it lies inside a statement's content (the statement's speaker claims it), unless the
  content only names or takes it for granted: a free relative ("did what he said"), "the same attack",
  a named event ("noted the Sept. 11 attacks"), a past event in a relative "when" clause, what one is
  scolded or praised for doing, the speakers' own earlier saying ("As we have said since …"), a saying the
  writer narrates between the quoted words of a mixed statement ('He added that members are "…"'). Every word
  of saying is a cue that asserts ("they conclude"), also with a gerund of topic ("said of accepting");
  a first-person performative in the quoted words is claimed whatever the cue. So is what the writer
  passes on as hearsay: "reportedly", "allegedly", "the alleged assault", "according to …" where no
  statement was found. Not claimed either: an act the source performs by announcing it ("announced a
  partial mobilisation", "said it was suspending cooperation"), a speech act of the source joined to the
  content by "and" ("said the drills were legitimate and accused Washington"), and the charging a noun
  sums up before a denial ("accused Rwanda of aggression, a charge Kigali denies": what was charged is
  denied).
- **observed**: none of these — the writer reports it as fact.

Not unrealised: the infinitive under a raising verb ("appears to be helping") and the purpose of a
past journey ("went on television to blame", "took to Twitter to accuse"); an adverbial clause or a
relative clause on a definite noun is not in the scope of the intention word it hangs on; a named
event as subject ("how the Cold War would end") is known history, and so is a possessed event the
intended act works on ("sought to counter Mr. Obama's appeal").

Cue words come from ``knowledge/event_frames.json`` and ``knowledge/evidential_cues.json``.
:func:`classify_status` works on a spaCy token (the event trigger) and the article's statements.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from ..knowledge import read_json
from ..model import EvidentialStatus, Span, Statement, StatementKind
from ._event_patterns import STRAIGHT as _STRAIGHT
from ._event_patterns import lexicon
from ._event_patterns import straight_lower as _lower
from ._status_model import StatusModel, revise
from .actors import code_actor

__all__ = ["StatusDecision", "classify_status", "joined_act", "later_act", "statement_for"]

# Dependency labels that open a new clause: negation does not cross them upwards.
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "pcomp", "acl", "ROOT", "conj"})
_REPORTED = frozenset({"claim", "report", "allegation", "accusation", "suggestion", "rumor", "rumour"})


def _lemma(token: Any) -> str:
    """The token's lower-case lemma; a curly contraction the lemmatiser left as it is ("’re", "’d") gets
    the lemma the straight one gets ("be", "would": ``contraction_lemmas`` in evidential_cues.json)."""
    lemma: str = token.lemma_.lower()
    if "\u2019" not in lemma and "\u2018" not in lemma:
        return lemma
    straight = lemma.translate(_STRAIGHT)
    if token.tag_ == "POS":
        return straight  # a possessive "’s" is no verb
    # by the form: the copula of "It’s his car" is lemmatised as a bare "’"
    form: str = token.lower_
    return _contraction_lemmas().get(form.translate(_STRAIGHT), straight)


def _tag(token: Any) -> str:
    """The token's tag; a curly contraction gets the tag the straight one gets (the tagger reads "I’m" as a
    past, "VBD", where it reads "I'm" as "VBP": ``contraction_tags`` in evidential_cues.json)."""
    tag: str = token.tag_
    form: str = token.lower_
    if tag == "POS" or ("\u2019" not in form and "\u2018" not in form):
        return tag
    return _contraction_tags().get(form.translate(_STRAIGHT), tag)


@functools.cache
def _contraction_tags() -> dict[str, str]:
    table: dict[str, str] = read_json("evidential_cues.json")["contraction_tags"]
    return table


@functools.cache
def _contraction_lemmas() -> dict[str, str]:
    table: dict[str, str] = read_json("evidential_cues.json")["contraction_lemmas"]
    return table


@dataclass(frozen=True, slots=True)
class StatusDecision:
    """A status, the statement that carries the event (if any) and the word that decided it. ``source`` is
    the phrase an "according to" names when that phrase, not a statement, makes the event claimed ("According
    to the group, …" → "the group"); a hearsay adverb or adjective ("reportedly", "the alleged …") names
    no one, so it stays None there and the event's claimant is unknown."""

    status: EvidentialStatus
    statement: Statement | None
    cue: str | None
    source: str | None = None


def _in_content(start: int, statement: Statement) -> bool:
    """Whether offset ``start`` is in the statement's content (its fragments, when it has several)."""
    if not statement.content.start <= start < statement.content.end:
        return False  # the content spans from its first fragment to its last
    for part in statement.fragments or (statement.content,):  # a plain loop: this runs per statement
        if part.start <= start < part.end:
            break
    else:
        return False
    for outer in (statement.source, statement.cue):
        if outer is not None and outer.start <= start < outer.end:
            return False  # "said" in '"…," said Caddell' is the writer's report of the statement
    return True


def statement_for(start: int, statements: Sequence[Statement]) -> Statement | None:
    """The innermost statement whose content contains offset ``start``."""
    # ``content`` spans from the first fragment to the last: its bounds rule most statements out
    # without a call (this runs for every trigger over every statement of the article)
    inside = [s for s in statements if s.content.start <= start < s.content.end and _in_content(start, s)]
    return min(inside, key=lambda s: s.content.end - s.content.start, default=None)


def _ancestors(token: Any) -> list[Any]:
    """The token's heads up to the root of its sentence (or of its paragraph: see :func:`_top`)."""
    out: list[Any] = []
    node = token
    while not _top(node):
        node = node.head
        out.append(node)
    return out


def _top(node: Any) -> bool:
    """Whether ``node`` heads its sentence, or hangs on a head across a paragraph break: the parser
    sometimes joins two paragraphs into one sentence ("… researchers are finally uncovering." and,
    in the next paragraph, "Veterans in 2014 were killing themselves"), and a head in another
    paragraph scopes nothing; unless a colon ends the first paragraph ("Imagine that she:" and a
    list: "Is the first candidate in years to not release her tax returns")."""
    head_i = node.head.i
    if head_i == node.i:
        return True
    breaks = _paragraph_breaks(node.doc)
    return bool(breaks) and _across(breaks, node.i, head_i)


def _across(breaks: tuple[int, ...], a: int, b: int) -> bool:
    """Whether a paragraph break lies between token indices ``a`` and ``b``."""
    low, high = (a, b) if a < b else (b, a)
    k = bisect.bisect_right(breaks, low)
    return k < len(breaks) and breaks[k] < high


_BREAKS_KEY: Final = ("watchfloor", "paragraph-breaks")  # cached in doc.user_data, as events' index


def _paragraph_breaks(doc: Any) -> tuple[int, ...]:
    """The indices of the whitespace tokens that break a paragraph (not after a colon), once per doc."""
    found: tuple[int, ...] | None = doc.user_data.get(_BREAKS_KEY)
    if found is None:
        found = tuple(
            t.i for t in doc if t.is_space and "\n" in t.text and t.i > 0 and doc[t.i - 1].text != ":"
        )
        doc.user_data[_BREAKS_KEY] = found
    return found


@functools.cache
def _words(name: str) -> frozenset[str]:
    """A cue list: the words under ``name`` in ``event_frames.json`` and in ``evidential_cues.json``
    (the status rules' own additions), read once."""
    own: dict[str, Any] = read_json("evidential_cues.json")
    return frozenset(lexicon().get(name, ())) | frozenset(own.get(name, ()))


def _clause_path(token: Any) -> list[Any]:
    """The trigger and its heads up to and including the head of its clause.

    Adjunct phrases end the path: in "it wasn't approved because of opposition", the negation
    of "approved" does not reach "opposition".
    """
    adjuncts = _words("adjunct_preps")
    path = [token]
    node = token
    while (node.dep_ not in _CLAUSE_DEPS or _shared_conjunct(node) or _predicate_gerund(node)) and not _top(
        node
    ):
        if node.dep_ == "prep" and _lower(node) in adjuncts:
            break
        node = node.head
        path.append(node)
    return path


def _reported_by(trigger: Any, statements: Sequence[Statement]) -> list[Statement]:
    """The statements whose cue holds the trigger, a verb ('"…, it will at some point," said Acton'):
    the writer reports the saying, and the modals, conditions and questions of what is said do not
    scope it, however the parser hangs the cue on its content (see :func:`_outside_content`)."""
    if trigger.pos_ != "VERB":
        return []
    return [s for s in statements if s.cue is not None and s.cue.start <= trigger.idx < s.cue.end]


def _outside_content(path: list[Any], reported: list[Statement]) -> list[Any]:
    """A cue's clause path without what lies in the content it reports: the path ends before its first
    word inside that content, and when the parser hangs an auxiliary, a mark or an adverb of the
    content on the cue itself ("it will at some point, probably sooner rather than later," said Acton:
    "will" on "said"), only the cue itself is left and it is read without its modifiers."""
    out: list[Any] = []
    for node in path:
        if any(_in_content(node.idx, s) for s in reported):
            break
        out.append(node)
    for node in out:
        for child in node.children:
            if child.dep_ in {"aux", "auxpass", "mark", "advmod", "neg"} and any(
                _in_content(child.idx, s) for s in reported
            ):
                return []
    return out


def _head_in_content(node: Any, reported: list[Statement]) -> bool:
    """Whether ``node`` hangs on a word inside the content of one of the ``reported`` statements."""
    return any(_in_content(node.head.idx, s) for s in reported)


def _predicate_gerund(node: Any) -> bool:
    """A gerund with no subject of its own in the predicate of a copula shares the copula's modals
    ("should not be a requirement for cooperating", "would be useful in determining"), not its
    negation, which denies the predicate ("isn't the answer to reducing …")."""
    if (
        node.dep_ != "pcomp"
        or node.tag_ != "VBG"
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
    ):
        return False
    above = node.head
    for _ in range(_MAX_CLIMB):
        if above.dep_ not in {"prep", "pobj", "attr", "acomp"} or above.head.i == above.i:
            return False
        above = above.head
        if above.pos_ in {"VERB", "AUX"}:
            return bool(_lemma(above) in {"be", "become", "remain"})
    return False


def _shared_conjunct(node: Any) -> bool:
    """A conjoined verb with no subject of its own shares its first conjunct's auxiliaries, modals
    and negation ("could include indicting the hackers and imposing sanctions"); so does a gapped
    passive, an "-ed" form with a subject but no auxiliary of its own after a modal passive ("Obama
    should be hanged and the White House fumigated", which the tagger may read as a past), and a verb
    conjoined to a copula under a modal ("Mexico should be grateful … and even agree to help pay"): the
    copula's modal is the first conjunct's, and only a modal is shared there (the negation of "is not an
    advocacy group and supports …" denies the predicate noun, not the second verb)."""
    if node.dep_ != "conj" or node.pos_ != "VERB":
        return False
    if node.head.pos_ == "AUX":
        return _modal_copula_conjunct(node)
    if node.head.pos_ != "VERB":
        return False
    children = list(node.children)
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children):
        return True
    head = node.head
    return bool(
        node.tag_ in {"VBD", "VBN"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "aux" and _lower(c) in _words("modals") for c in head.children)
    )


def _modal_copula_conjunct(node: Any) -> bool:
    """A verb with no subject of its own conjoined to a copula that a modal governs ("should be grateful
    and agree")."""
    head = node.head
    if _lemma(head) != "be" or head.dep_ in {"aux", "auxpass"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in node.children):
        return False
    return any(c.dep_ == "aux" and _lower(c) in _words("modals") for c in head.children)


def _is_noun(token: Any) -> bool:
    return bool(token.pos_ in {"NOUN", "PROPN"})


def _negator(trigger: Any, path: list[Any]) -> str | None:
    """A negator scoping the trigger in its clause.

    A noun event is negated by a negated verb above it only when the verb creates or perceives
    it ("did not hold talks", "had not seen any signs of de-escalation"); "didn't take the
    threat seriously" does not negate the threat, nor "no illusions about" it.
    """
    negators = _words("negators")
    light = _words("light_verbs") | _words("perception_verbs")
    evidence = _words("evidence_nouns")
    subjects = _words("negative_subjects")
    for k, node in enumerate(path):
        if k > 0 and _is_noun(trigger):
            lemma = _lemma(node)
            if node.pos_ in {"VERB", "AUX"} and lemma not in light:
                return None
            if _is_noun(node) and lemma not in evidence:
                continue
        for child in node.children:
            low = _lower(child)
            if child.dep_ == "neg" or (child.dep_ in {"det", "advmod", "preconj"} and low in negators):
                if low == "not" and child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "only":
                    continue  # "not only … but also"
                if low == "no" and _comparative(node):
                    continue  # "no bigger threat than this": the threat is asserted, not denied
                return str(child.text)
            if (
                k == 0
                and child.dep_ == "dobj"
                and node.pos_ == "VERB"
                and _lemma(node) not in _words("speech_lemmas")  # 'said, "No boots on the ground"'
                and any(g.dep_ == "det" and _lower(g) == "no" for g in child.children)
                and not _comparative(child)
            ):
                return "no"  # "the company offers no paid leave", "took no action": nothing was offered
            if child.dep_ in {"nsubj", "nsubjpass"} and (
                low in subjects
                or any(
                    g.dep_ in {"det", "preconj"} and _lower(g) in {"no", "neither"} for g in child.children
                )
            ):
                return str(child.text)
        if node.dep_ == "pobj" and _lower(node.head) == "without":
            return str(node.head.text)
        if _predicate_gerund(node):
            return None  # "isn't the answer to reducing", "wasn't on board with comparing": not denied
    return None


def _performative(trigger: Any) -> bool:
    """A first-person speech act the speaker performs in saying it: "I must tell you", "What I would
    also say is …", "To those I say the following: …?", "I want to ask you, will …?", "let me say".
    A hedge (a modal, "want to", "let me") does not make it unrealised, and the question it
    introduces is what is asked, not a question about the asking. Not a past or perfect saying, nor a
    future one ("I will tell the truth" promises a telling); and only inside a statement: the writer's
    own "I should say that …" is no quoted speech act (the caller checks that)."""
    if _lemma(trigger) not in _performative_lemmas():
        return False
    if trigger.tag_ in {"VBD", "VBN"} or any(
        (
            c.dep_ == "aux"
            and (
                _tag(c) == "VBD"
                or _lemma(c) == "have"
                or _lower(c) in _words("possibility") | _words("future_performative_aux")
            )
        )
        or (c.dep_ == "advmod" and _lower(c) in _words("possibility"))
        for c in trigger.children
    ):
        return False  # "I said", "Maybe I can … say", "What can I say?": not performed here
    head = trigger
    if trigger.dep_ in {"xcomp", "ccomp"} and _lemma(trigger.head) in _words("performative_hedges"):
        head = trigger.head  # "I want to ask you", "let me say"
    if _lemma(head) == "let":  # "let me say": "me" is read as the object of "let" or the subject of "say"
        return any(
            c.dep_ in {"dobj", "nsubj"} and _lower(c) in {"me", "us"}
            for c in [*head.children, *trigger.children]
        )
    return any(c.dep_ == "nsubj" and _lower(c) in {"i", "we"} for c in head.children)


@functools.cache
def _performative_lemmas() -> frozenset[str]:
    return _words("comment_verbs") | _words("speech_lemmas") | _words("performative_lemmas")


def _comparative(noun: Any) -> bool:
    """ "no bigger threat", "no greater crisis": a comparative adjective, not "no more attacks"."""
    return any(
        c.dep_ == "amod" and c.tag_ == "JJR" and _lower(c) not in {"more", "less", "fewer", "further"}
        for c in noun.children
    )


def _refusal(trigger: Any) -> str | None:
    """ "Kadzik wouldn't say", "he won't comment": a refusal to comment did happen; it is negated,
    not hypothetical."""
    if _lemma(trigger) not in _words("comment_verbs"):
        return None
    children = list(trigger.children)
    modal = any(c.dep_ == "aux" and _lower(c) in _words("refusal_modals") for c in children)
    negation = next((c for c in children if c.dep_ == "neg"), None)
    return str(negation.text) if modal and negation is not None else None


def _implicative(trigger: Any) -> str | None:
    """ "his failure to release", "refused to say": the event did not happen. Nor when one lacks what
    it takes to do it: "nobody has the guts to talk about it", "he did not have the courage to say"."""
    implicatives = _words("negative_implicatives")
    while _shared_conjunct(trigger):
        trigger = trigger.head  # "declined to threaten Moscow or even directly declare it responsible"
    excess = _excessive(trigger)
    if excess is not None:
        return excess
    if trigger.dep_ not in {"xcomp", "acl", "relcl"}:
        return None
    head = trigger.head
    if trigger.dep_ != "relcl" and _lemma(head) in implicatives:
        return str(head.text)
    if trigger.dep_ == "xcomp" and _lemma(head) == "be":
        # "is insufficient to support a prosecution": the infinitive hung on the copula, not the adjective
        unable = next((c for c in head.children if c.dep_ == "acomp" and _lemma(c) in implicatives), None)
        if unable is not None:
            return str(unable.text)
    if _lemma(head) in _words("daring_nouns") and head.dep_ == "dobj":
        return _negator(head.head, [head.head])
    return None


def _excessive(trigger: Any) -> str | None:
    """ "too early to tell", "too weak to fight back": an infinitive after "too" and an adjective or adverb
    says what cannot be or was not done; so does the infinitive of a negated copula ("That's not to say
    that …": the saying is disclaimed)."""
    if not _has_to(trigger) or trigger.dep_ not in {"xcomp", "advcl", "ccomp"} or trigger.head.i == trigger.i:
        return None
    head = trigger.head
    if head.pos_ in {"ADJ", "ADV"}:
        if _lemma(head) in _words("facility_adjectives"):
            return None  # "made it too easy to acquire weapons": what is too easy is possible
        return next((str(c.text) for c in head.children if c.dep_ == "advmod" and _lower(c) == "too"), None)
    if (
        _lemma(head) == "be"
        and trigger.dep_ == "xcomp"
        and trigger.i > head.i
        and not any(c.dep_ == "auxpass" for c in trigger.children)  # "is not to be underestimated": deontic
        and not any(
            c.dep_ in {"attr", "acomp", "advmod"} for c in head.children
        )  # "It is not an idea to say"
    ):
        negation = next((c for c in [*head.children, *trigger.children] if c.dep_ == "neg"), None)
        following = negation.doc[negation.i + 1] if negation is not None else None
        if negation is not None and following is not None and _lower(following) != "only":
            return str(negation.text)
    return None


def _inability(trigger: Any, scope: list[Any], path: list[Any]) -> str | None:
    """ "she said she could not support Trump", "could not immediately provide": a negated past modal of
    ability with a particular subject states an inability about a fact, so the event did not happen (the
    guidelines' "he cannot comment"); the negation must reach the trigger. Not the present "can't", which
    is mostly a rule or a judgement ("Democrats can't just point their fingers", "this can't be happening",
    "Democrats can't win without winning women"): on unlabelled train sentences about one in four was an
    inability. Not with a generic or vague subject ("Anyone who could not …"), not a perfect ("could not
    have known": counterfactual) and not in a question (the caller still checks conditions)."""
    modal_words = _words("modals")
    node = next(
        (n for n in scope for c in n.children if c.dep_ in {"aux", "auxpass"} and _lower(c) in modal_words),
        None,
    )
    if node is None:
        return None
    children = list(node.children)
    modals = [c for c in children if c.dep_ in {"aux", "auxpass"} and _lower(c) in modal_words]
    if len(modals) != 1 or not any(c.dep_ == "neg" for c in children) or _perfect(node):
        return None
    if modals[0].lower_ in _words("resolution_modals"):
        return _resolution(trigger, node, path)
    if modals[0].lower_ not in _words("ability_modals"):
        return None
    if any(c.tag_ in {"JJR", "RBR"} for c in node.subtree if c.head.i == node.i or c.head.head.i == node.i):
        return None  # "couldn't get any worse", "couldn't be happier": a counterfactual of degree
    subject = _subject(node)
    if subject is None or _lower(subject) in _words("generic_subjects") or subject.tag_ in {"WP", "WDT"}:
        return None
    if _ends_in_question(trigger):
        return None
    return _negator(trigger, path)


def _resolution(trigger: Any, node: Any, path: list[Any]) -> str | None:
    """ "he will not support Trump", "it has classified 22 emails and will not release those emails": a named
    or personal agent's "will not" in the active voice states a refusal or a decision, an act already made,
    so the event is negated (the guidelines' "Kadzik wouldn't say"). Not a prediction: a passive ("won't be
    punished"), a thing or a generic subject ("that won't happen", "workers won't end up seeing", "people will
    not want"), a question ("Why won't he release …?"); the caller still checks conditions ("If Donald
    remains Donald, I will not vote for him" stays hypothetical)."""
    if _lemma(node) == "be" or any(c.dep_ == "auxpass" for c in node.children):
        return None  # "we won't be able to take more refugees": a forecast of a state
    if not any(c.dep_ == "neg" and _lower(c) in {"not", "n't", "n’t"} for c in node.children):
        return None  # "I will never let you down" vows for all time; it refuses no act at hand
    subject = _subject(node)
    if subject is None or subject.tag_ in {"WP", "WDT"}:
        return None
    personal = subject.tag_ == "PRP" and _lower(subject) in _words("agent_pronouns")
    if not (personal or subject.pos_ == "PROPN"):
        return None
    if _ends_in_question(trigger) or any(
        c.dep_ == "advcl" and _conditional([c]) is not None for c in node.children
    ):
        return None  # "If Donald remains Donald, I will not vote for him": a refusal on a condition
    return _negator(trigger, path)


def _subject(verb: Any) -> Any | None:
    """The verb's subject, or that of the verb it is conjoined to without one of its own."""
    node = verb
    for _ in range(_MAX_CLIMB):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or node.dep_ != "conj" or node.head.i == node.i:
            return subject
        node = node.head
    return None


def _negated_volition(trigger: Any) -> str | None:
    """ "he doesn't want to offer specific predictions", "they have no intention of backing Clinton": the
    to-infinitive or "of" gerund of a negated word of the subject's own will did not happen; the guidelines
    rank a negation above a hypothetical from an intention word. Only the will's own complement (not "don't
    want to think we're blaming", one clause down) and only the subject's own will (not "did not require
    witnesses to cooperate", which is another's act)."""
    if trigger.pos_ != "VERB" or trigger.head.i == trigger.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return None
    head = trigger.head
    volition = _words("volition_words")
    if trigger.dep_ == "xcomp" and _has_to(trigger) and _lemma(head) in volition:
        subject = _subject(head)
        if subject is not None and _lower(subject) == "you":
            return None  # "You don't want to be squeezing in …": advice to anyone, not a will
        return next((str(c.text) for c in head.children if c.dep_ == "neg"), None)
    if trigger.dep_ == "pcomp" and trigger.tag_ == "VBG" and _lower(head) in {"of", "in"}:
        noun = head.head
        if _is_noun(noun) and _lemma(noun) in volition:
            return next((str(c.text) for c in noun.children if c.dep_ == "det" and _lower(c) == "no"), None)
    return None


def _modal(path: list[Any], which: str) -> str | None:
    words = _words(which)
    for node in path:
        for child in node.children:
            if child.dep_ in {"aux", "auxpass"} and _lower(child) in words:
                return str(child.text)
    return None


def _unrealised_modifier(trigger: Any) -> str | None:
    """A noun event modified by an adjective of possibility or plan ("its potential appeal", "the
    proposed ban", "the upcoming debate") names one that has not happened."""
    if not _is_noun(trigger):
        return None
    words = _words("unrealised_modifiers")
    return next(
        (str(c.text) for c in trigger.children if c.dep_ in {"amod", "compound"} and _lower(c) in words), None
    )


def _compared_course(trigger: Any) -> str | None:
    """A gerund weighed against another ("more important than defending the nation", "a choice between
    taking the hill … or retreating") names a course of action in general, not an occurrence."""
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i and node.head.tag_ == "VBG":
        node = node.head
    if node.tag_ != "VBG" or node.dep_ != "pcomp":
        return None
    prep = node.head
    if _lower(prep) not in {"than", "between"} and prep.dep_ == "prep" and prep.head.i != prep.i:
        prep = prep.head  # "nothing more important to saving lives than to telling the story"
    return str(prep.text) if _lower(prep) in {"than", "between"} else None


def _supposed(trigger: Any) -> str | None:
    """ "I imagine it pulled him out of bed": what a speaker only supposes, in the first person and the
    present, is not asserted."""
    if trigger.dep_ not in {"ccomp", "conj"}:
        return None
    node = trigger
    while _shared_conjunct(node):
        node = node.head
    head = node.head
    if node.dep_ != "ccomp" or node.i < head.i or _lemma(head) not in _words("supposition_verbs"):
        return None  # not a verb before it ('Hillary shot back, "I suppose …"': the writer's cue)
    if head.tag_ not in {"VBP", "VB"} or not any(
        c.dep_ == "nsubj" and _lower(c) in {"i", "we"} for c in head.children
    ):
        return None
    return str(head.text)


def _course(trigger: Any) -> str | None:
    """A gerund with no subject of its own after "for", "to" or "against" on a noun names a course of
    action, not an occurrence ("a process for admitting refugees", "resistance to welcoming Syrian
    refugees", "a passion for defending the wrong people"); not on a noun that judges or answers what
    was done ("credit for passing", "an apology for calling", "his reaction to being shot") nor in
    "in addition to releasing"."""
    node = trigger
    while node.dep_ == "conj" and node.tag_ == "VBG" and node.head.tag_ == "VBG" and node.head.i != node.i:
        node = node.head  # "for admitting and resettling refugees"
    if node.tag_ != "VBG" or node.dep_ != "pcomp" or _lower(node.head) not in _words("course_preps"):
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "poss"} for c in node.children):
        return None
    noun = node.head.head
    if noun.pos_ != "NOUN" or _lemma(noun) in _words("realised_gerund_nouns"):
        return None
    return str(node.head.text)


def _advocated(trigger: Any) -> str | None:
    """A gerund that is the object of a verb of advocating or weighing ("They endorse putting body cameras
    on officers and accepting refugees", "opposes raising taxes", "mentioned refinancing student loans")
    names a course of action proposed or rejected, not one taken."""
    if trigger.tag_ != "VBG" and trigger.dep_ != "conj":
        return None
    node = trigger
    while _shared_conjunct(node) or (node.dep_ == "conj" and node.tag_ == "VBG" and node.head.tag_ == "VBG"):
        node = node.head
    if node.tag_ != "VBG" or node.dep_ not in {"dobj", "xcomp", "ccomp"} or node.head.i == node.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "poss"} for c in node.children):
        return None  # "supports Trump being …", "backed his running": an event with its own agent
    head = node.head
    return str(head.text) if _lemma(head) in _words("advocacy_verbs") else None


def _possibility_adverb(path: list[Any]) -> str | None:
    """An epistemic adverb on the clause ("perhaps recognizing that …", "maybe he left") leaves it
    possible, not asserted, as a possibility modal does."""
    words = _words("possibility_adverbs")
    for node in path:
        for child in node.children:
            if child.dep_ == "advmod" and _lower(child) in words:
                return str(child.text)
    return None


def _modal_subject(trigger: Any) -> str | None:
    """A gerund that is the subject of a modal or conditional clause is as unrealised as the clause
    ("changing the policy could lead to voter fraud"); a gerund subject of a plain present or past is
    taken as known ("Hearing him talk … makes me fearful")."""
    node = trigger
    while _shared_conjunct(node):
        node = node.head
    if not _gerund_subject(node):
        return None
    return _modal([node.head], "modals") or _conditional([node.head])


def _gerund_subject(node: Any) -> bool:
    """A gerund clause that is its clause's subject: a clausal subject, active or passive ("changing the
    policy", "Being convicted of a crime … can raise the stakes"), also when the parser hangs a
    sentence-opening gerund clause on a main verb that then has no subject of its own as an adverbial."""
    if _top(node):
        return False
    gerund = node.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in node.children)
    if not gerund or any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in node.children):
        return False
    if node.dep_ == "csubj":
        return True
    head = node.head
    return bool(
        node.dep_ == "advcl"
        and node.i < head.i
        and all(t.is_punct or t.is_space for t in node.doc[head.left_edge.i : node.left_edge.i])  # opens it
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in head.children)
    )


def _raising_commissive(trigger: Any) -> str | None:
    """ "That promises to make life more difficult", "it threatens to derail the talks": "promise" or
    "threaten" with a to-infinitive and an impersonal subject, which can neither promise nor threaten, is
    the raising sense ("is likely to"): it names no act, and what it forecasts has not happened."""
    if trigger.pos_ != "VERB" or _lemma(trigger) not in _words("raising_commissives"):
        return None
    if not any(c.dep_ == "xcomp" and _has_to(c) for c in trigger.children):
        return None
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        subject is None
        or _lower(subject) not in _words("impersonal_pronouns")
        or subject.tag_ in {"WDT", "WP"}
    ):
        return None  # a relative "that" stands for its noun, which may be one who threatens
    return str(trigger.text)


def _participle_mood(trigger: Any) -> str | None:
    """A participle clause with no subject, mark or auxiliary of its own that hangs on a modal or
    imperative clause ("Get those jokes off, adding levity", "how her administration would handle
    donors … seeking help") takes that clause's mood: it is done only if the clause is. Not its
    negation ("He didn't comment, citing the inquiry": the citing happened)."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "advcl" or trigger.head.i == trigger.i:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in trigger.children):
        return None
    head = trigger.head
    if head.pos_ not in {"VERB", "AUX"} or head.dep_ == "relcl":
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WP", "WDT"} for c in head.children):
        return None  # "…, who could easily guess", "who would be its next president": misattached
    modal = _modal([head], "modals")
    if modal is not None:
        return modal
    return _imperative_or_question(head, _clause_path(head)) if head.tag_ == "VB" else None


def _got_to(path: list[Any]) -> str | None:
    """ "we've got to back away and say …": "have got to" above the trigger is an obligation, like "must"."""
    for node in path[1:]:
        if (
            _lemma(node) == "get"
            and any(c.dep_ == "aux" and _lemma(c) == "have" for c in node.children)
            and any(c.dep_ == "xcomp" and _has_to(c) for c in node.children)
        ):
            return str(node.text)
    return None


def _obligation(path: list[Any]) -> str | None:
    """ "they have to stop and listen and recognize …", "everyone ought to be worried": a present "have
    to" or "ought to" above the trigger is an obligation, like "must" (not a past "had to resign", which
    reports what was done)."""
    for prev, node in itertools.pairwise(path):
        if (
            prev.dep_ == "xcomp"
            and _has_to(prev)
            and node.dep_ not in {"aux", "auxpass"}
            and (_lower(node) == "ought" or (_lemma(node) == "have" and node.tag_ in {"VBP", "VBZ", "VB"}))
        ):
            return str(node.text)
    return None


def _has_to(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _conditional(path: list[Any]) -> str | None:
    """A conditional mark ("if", "unless") or a comparative correlative ("the sooner he releases his
    returns, the better", "the more you help the wealthy, …"), which is a condition too."""
    marks = _words("conditional_marks")
    for node in path:
        for child in node.children:
            if child.dep_ == "mark" and _lower(child) in marks:
                return str(child.text)
        if _lower(node.head) == "matter" and any(_lower(c) == "no" for c in node.head.children):
            return "no matter"  # "No matter what anyone says": whatever is said, a universal condition
        if _correlative(node):
            return "the"
        if _proviso(node):
            return "as long as"
    return None


def _proviso(clause: Any) -> bool:
    """Whether a clause is the proviso of "as long as" / "so long as" in the present ("as long as we're not
    violating any election laws", "so long as they do not threaten existing benefits"): a condition, which
    outranks the clause's own negation. A past one measures a time ("as long as he was in office")."""
    head = clause.head
    if clause.dep_ != "advcl" or _lower(head) != "long" or head.i == clause.i:
        return False
    if not any(c.dep_ == "mark" and _lower(c) == "as" for c in clause.children):
        return False
    if not any(c.dep_ == "advmod" and _lower(c) in {"as", "so"} and c.i < head.i for c in head.children):
        return False
    return not _past(clause)


def _generic_when(scope: list[Any]) -> str | None:
    """A temporal clause in the simple present speaks of no particular occurrence: it is generic,
    habitual or still to come ("when they hear a candidate say it's a hoax", "once he has said his
    piece, he is ready to move on", "when it comes to helping a voter", "a day before Kaine faces
    off"), and so is a main clause in the simple present that a "when" clause qualifies ("it helps
    down-ballot when Trump is painted as …"; but "the criticism comes a day before …" is news). The
    trigger's own finite verb decides: not a progressive ("when Trump is out there … and he is
    offering it up": what is going on now), a past or a modal, nor "since" (from a past time on)."""
    node = scope[-1]
    finite = _finite(node)
    for _ in range(_MAX_CLIMB):  # "when they hear a candidate say …": up through non-finite clauses
        if finite or node.head.i == node.i or node.pos_ not in {"VERB", "AUX", "ADP"}:
            break
        node = node.head
        finite = _finite(node)
    if not finite or not _simple_present(node):
        return None
    if node.dep_ == "advcl" and not _past(node.head):  # "came after Trump has fanned …": loose tense
        mark = _temporal_mark(node, _words("generic_temporal_marks"))
        if mark is not None:
            return mark
    if any(c.dep_ == "ccomp" for c in node.children):
        return None  # "I think when Trump is out there …, his record is fair": the "when" is the complement's
    for clause in node.children:
        if clause.dep_ == "advcl" and _simple_present(clause) and not _topic_when(clause):
            mark = _temporal_mark(clause, _words("generic_when_marks"))
            if mark is not None:
                return mark
    return None


def _generic_you(trigger: Any) -> str | None:
    """A simple-present verb with the generic "you" as subject speaks of anyone, no particular
    occurrence ("You walk down the street, you get shot"); the trigger's own subject decides, or
    that of the verb it is conjoined to without one ("you walk in and get shot"). Not what a "you"
    is said to say, nor a perfect ("You've called women …"): those speak of the addressee; nor a
    stative verb ("you know", "You're terrible", "you need the judgment"), which takes the simple
    present for a present state."""
    if trigger.pos_ != "VERB":
        return None  # a noun's clause speaks of it, not of its occurrence ("you have two choices")
    node = trigger
    if node.dep_ == "ccomp" and _lemma(node.head) in _words("speech_lemmas"):
        return None  # "You say you accept responsibility": what an addressee says is particular
    while True:
        if _simple_present(node) and _lemma(node) not in _words("stative_verbs") and not _perfect(node):
            subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is not None and _lower(subject) == "you":
                return str(subject.text)
        if (
            node.dep_ != "conj"
            or node.head.i == node.i
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)
        ):
            return None
        node = node.head


def _perfect(verb: Any) -> bool:
    return any(
        c.dep_ == "aux" and (_lemma(c) == "have" or _lower(c) in {"'ve", "’ve"}) for c in verb.children
    )


def _topic_when(clause: Any) -> bool:
    """ "when it comes to energy issues, Larry has a history …": a topic, not a time."""
    return bool(
        _lemma(clause) == "come"
        and any(c.dep_ == "nsubj" and _lower(c) == "it" for c in clause.lefts)
        and any(c.dep_ == "prep" and _lower(c) == "to" for c in clause.rights)
    )


def _habitual(trigger: Any) -> str | None:
    """A verb in the simple present with an adverb of frequency states a habit, no particular
    occurrence: "I always tell young women …", "he usually votes early". Not a past or perfect habit
    ("has always been insulted"): that reports what happened. A habitual cue is no particular saying
    either ("Climate change, Mr. Obama often says, is …"). A noun phrase of frequency does as an adverb
    does ("She talks to the press a lot", "he runs every day")."""
    if trigger.pos_ != "VERB":
        return None
    if _sharing_habit(trigger):
        return _habitual(trigger.head)  # "Typically, I take my daughter … and help her shop": one habit
    if trigger.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return None
    for c in trigger.children:
        if c.dep_ == "advmod" and _lower(c) in _words("frequency_adverbs"):
            return str(c.text)
        if c.dep_ == "npadvmod" and " ".join(_lower(t) for t in c.subtree) in _words("frequency_phrases"):
            return str(c.text)
    return None


def _sharing_habit(verb: Any) -> bool:
    """A verb that takes its tense and adverbs from the verb it hangs on: a conjunct with no subject or
    auxiliary of its own ("I take my daughter to the store weekly and help her shop") or a participle clause
    with none ("routinely spends time with the company, mulling over acquisitions"); what is habitual there
    is habitual here."""
    if verb.head.i == verb.i or verb.head.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"} for c in verb.children):
        return False
    return bool(verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG"))


def _past(verb: Any) -> bool:
    return bool(
        verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and _tag(c) == "VBD" for c in verb.lefts)
    )


def _temporal_mark(clause: Any, marks: frozenset[str]) -> str | None:
    """The subordinator opening a temporal clause; not a relative "when" after a noun of time ("at a
    moment in history when we need people of substance": that moment is now)."""
    for c in clause.lefts:
        if c.dep_ in {"mark", "advmod"} and _lower(c) in marks:
            before = c.doc[c.i - 1] if c.i > 0 else c
            relative = _lower(c) == "when" and _lemma(before) in _words("time_nouns")
            return None if relative else str(c.text)  # but "a day before the minister meets …"
    return None


def _finite(verb: Any) -> bool:
    """A verb with a tense of its own or a finite auxiliary (auxiliaries come before their verb)."""
    return bool(
        verb.tag_ in {"VBD", "VBZ", "VBP", "MD"}
        or any(c.dep_ in {"aux", "auxpass"} and _tag(c) in {"VBD", "VBZ", "VBP", "MD"} for c in verb.lefts)
    )


def _simple_present(verb: Any) -> bool:
    """A finite verb in the simple present, active or passive, perfect or not ("hears", "is painted",
    "has said", "don't care"); not a progressive, a past or a modal."""
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ == "VBD":
        return False
    auxes = [c for c in verb.lefts if c.dep_ in {"aux", "auxpass"}]
    if not auxes:
        return bool(verb.tag_ in {"VBZ", "VBP"})
    if verb.tag_ == "VBG" or any(_tag(a) in {"VBD", "MD"} for a in auxes):
        return False
    return any(a.tag_ in {"VBZ", "VBP"} for a in auxes)


def _consequent(scope: list[Any]) -> str | None:
    """The main clause of a conditional a speaker argues is as unrealised as its condition ("If you
    continue that, you destroy the whole basis of our government"): the condition comes first and the
    main clause is not in the past ("If his goal was …, he succeeded" asserts). Not after "even if"
    (a concession), "as if", nor "if anything"."""
    marks = _words("conditional_marks") - {"whether"}
    for node in scope:
        if node.tag_ in {"VBD", "VBN"} or any(c.dep_ == "aux" and _tag(c) == "VBD" for c in node.children):
            continue
        for clause in node.children:
            if clause.dep_ != "advcl" or clause.i > node.i or clause.pos_ not in {"VERB", "AUX"}:
                continue
            for mark in clause.children:
                if (
                    mark.dep_ == "mark"
                    and _lower(mark) in marks
                    and not any(_lower(c) in {"even", "as"} for c in clause.children if c.i < mark.i)
                    and not (mark.i > 0 and mark.doc[mark.i - 1].lower_ in {"even", "as"})
                ):
                    return str(mark.text)
    return None


def _correlative(clause: Any) -> bool:
    """ "the sooner he releases …": the clause opens with "the" and a comparative that modifies it."""
    first = clause.left_edge
    if first.dep_ == "mark" and first.head.i == clause.i:
        first = first.doc[first.i + 1]  # "believes that the more you help …"
    if _lower(first) != "the" or first.i + 1 >= clause.i:
        return False
    comparative = clause.doc[first.i + 1]
    return bool(comparative.tag_ in {"JJR", "RBR"} and comparative.head.i == clause.i)


def _imperative_or_question(trigger: Any, path: list[Any]) -> str | None:
    """A command ("Don't shoot him.") or a question ("Is this a war-torn country?")."""
    head = path[-1]
    if (
        (head.dep_ == "ROOT" or (head.dep_ in {"ccomp", "parataxis"} and _opens_quote(head)))
        and head.tag_ in {"VB", "VBP"}  # "''Tell that to the janitor": VBP when misread
        and head.is_alpha  # a dash before a reader's name, misread as a verb, is no command
        and not any(
            c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ in {"aux", "auxpass"} and _lemma(c) != "do")
            for c in head.children
        )
    ):
        return str(head.text)
    return "?" if _ends_in_question(trigger) else None


_TERMINAL = frozenset({".", "?", "!", "?!", "!?", "??", "!!"})


def _ends_in_question(trigger: Any) -> bool:
    """Whether the trigger's clause is a question: the first end mark after it that closes one of its
    own clauses (its head is the trigger or above it, not across a parenthetical "…, he says, …") is
    a question mark, before any quotation opens after it, or an auxiliary comes before the clause's
    subject ("Did Hillary help …", "Why won't he release …"; also "Had he known …", a condition). The
    sentence's last mark misreads a sentence holding two, a question quoted inside it ('chanted "What
    curfew?" and kept going') and the verb that reports a question ('she adds, "What kind of …?"')."""
    mark = _closing_mark(trigger)
    if mark is not None:
        if "?" not in mark.text:
            return False
        between = trigger.doc[trigger.i + 1 : mark.i]
        if not any(t.tag_ == "``" for t in between):
            return True  # a quotation opening after the trigger would make the mark the quoted speaker's
    node = trigger
    for _ in range(_MAX_CLIMB):
        if _inverted(node):
            return True
        if node.dep_ in _CLAUSE_DEPS or _top(node):
            return False
        node = node.head
    return False


_MAX_CLIMB = 4


def _closing_mark(trigger: Any) -> Any | None:
    """The first end mark after the trigger that hangs on the trigger or a word above it (up to a
    parenthetical clause): the mark that closes one of the trigger's own clauses."""
    best = None
    node = trigger
    while True:
        for child in node.rights:
            if child.i > trigger.i and child.text in _TERMINAL and (best is None or child.i < best.i):
                best = child
        if _top(node) or node.dep_ == "parataxis":
            return best
        node = node.head


def _inverted(verb: Any) -> bool:
    """An auxiliary opens the clause before its subject: "Did Hillary help", "why won't he release"."""
    aux = subj = None
    for c in verb.lefts:
        if c.dep_ in {"aux", "auxpass"} and aux is None:
            aux = c
        elif c.dep_ in {"nsubj", "nsubjpass"} and subj is None:
            subj = c
    if aux is None or subj is None or aux.i > subj.i:
        return False
    opening = verb.doc[verb.left_edge.i : aux.i]
    return all(t.tag_ in {"WRB", "WP", "WDT"} or t.is_punct or t.is_space for t in opening)


def _opens_quote(head: Any) -> bool:
    """Whether the clause's first word opens a quotation ('"Promise mama you'll keep …," she sings')."""
    doc = head.doc
    i = head.left_edge.i
    while i < head.i and (doc[i].is_punct or doc[i].is_space):
        i += 1
    start = i
    while i < head.i and (
        (doc[i].head.i == head.i and doc[i].dep_ in {"aux", "neg", "intj"})
        or (doc[i].is_punct and doc[i - 1].dep_ == "intj")
    ):
        i += 1  # '"Don't shoot him," she says', '"Yes, ask a bear,"': do-support, negation, an interjection
    return bool(i == head.i and start > 0 and doc[start - 1].text in _words("quote_marks"))


def _infinitive(trigger: Any) -> str | None:
    """A to-infinitive is unrealised ("designed to offer", "to help sway"), unless its head is not. The
    gerund an aspectual verb takes names the same event as the verb ("instructed Mr. Kerry to continue
    negotiating", "to start building"): it is as unrealised as the infinitive of that verb."""
    if (
        trigger.tag_ == "VBG"
        and trigger.dep_ == "xcomp"
        and trigger.head.i != trigger.i
        and _lemma(trigger.head) in _words("aspectual_verbs")
    ):
        trigger = trigger.head
    while (
        trigger.pos_ == "VERB"
        and trigger.dep_ == "conj"
        and trigger.head.pos_ == "VERB"
        and not _has_to(trigger)  # "to mass-produce warheads and eventually to deploy them": its own "to"
    ):
        trigger = trigger.head  # "what to say or not say", "to cheat, steal or kill"
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        return None
    head = trigger.head
    if _lemma(head) == "be" and any(
        c.dep_ == "nsubj" and _lemma(c) in _words("realised_role_nouns") for c in head.children
    ):
        return None  # "Mr. Clarke's job was to assist", "their reaction is to tell": what they did
    # "has gone on a tour to talk" is a purpose; "came to meet", "went on to win" are realised.
    between = [c for c in head.children if head.i < c.i < trigger.i]
    purpose = (
        trigger.dep_ == "advcl"
        and not any(c.dep_ == "prt" for c in between)
        and any(c.dep_ in {"dobj", "prep", "npadvmod"} for c in between)
    )
    realised = (_lemma(head) in _words("realised_infinitive_heads") and not purpose) or _own_command(
        head, trigger
    )
    if head.tag_ == "VBD" and _journey(head) and any(c.dep_ == "prep" for c in between):
        realised = (
            True  # a past journey's purpose: "went on television to blame", "took to Twitter to accuse"
        )
    if realised and not _periphrastic(head):
        return None  # "went on to win"; but a purpose ("has gone on a tour to talk") is unrealised
    return "to"


def _infinitive_object(trigger: Any) -> str | None:
    """An indefinite noun event that is the object of an unrealised to-infinitive is as unrealised as
    the act ("a reason to speed release of records", "a chance to hold talks"); a definite one is
    there already ("the failure to comprehend the threat", "to quash any talk that …")."""
    if not _is_noun(trigger) or trigger.dep_ != "dobj" or trigger.head.i == trigger.i:
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "det" and _lower(c) not in {"a", "an"}) for c in trigger.children):
        return None
    return _infinitive(trigger.head)


def _journey(verb: Any) -> bool:
    """A verb of going somewhere ("went on television", "flew to Ohio", "took to Twitter")."""
    lemma = _lemma(verb)
    if lemma == "take":
        return any(c.dep_ == "prep" and _lower(c) == "to" for c in verb.children)
    return lemma in _words("journey_verbs")


def _periphrastic(head: Any) -> bool:
    """ "is going to", "have got to": future and obligation, not a realised "went to see"/"got to know"."""
    auxes = {_lemma(c) for c in head.children if c.dep_ in {"aux", "auxpass"}}
    lemma = _lemma(head)
    return (lemma == "go" and head.tag_ == "VBG" and "be" in auxes) or (lemma == "get" and "have" in auxes)


def _hypothetical_head(token: Any) -> str | None:
    """An intention/possibility word governing the trigger ("plans to", "ready for", "fears of").

    It governs through its complements and through "of"/"by" phrases ("plans for" and "call for"
    only when the intention word itself takes the "for"), not through an adjectival modifier
    ("his announced plans": the announcing happened) or another preposition ("apologize for
    accusing him": the accusing is presupposed).
    """
    heads = _words("hypothetical_heads")
    speech = _words("speech_lemmas")
    passing = _words("passing_preps")  # any other preposition passes only when the intention word takes it
    carriers = _words("realised_carrier_nouns")
    needing = _needing()
    child = token
    for node in _ancestors(token):
        lemma = _lemma(node)
        if lemma in speech and not (lemma in heads and _complement_opens(child, needing.get(lemma, []))):
            # a reporting verb: what it reports is its speaker's claim, not an intention; but "argued for
            # the assassination" takes a course it pleads for, not a report
            return None
        coordinated = child.dep_ == "conj"
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and _lower(c) == "as" for c in child.children):
            return None  # "proposed dropping it as promised": the promise is not proposed
        if child.dep_ == "advcl" and lemma in heads and _subordinate(child):
            return None  # "When he came to talk, I didn't expect …": the intention word's own adverbial
        if child.dep_ == "relcl" and (_definite(node) or _past(child)):
            # "plans to put to good use the $18 million he says he raised": a known referent; a past
            # relative describes its noun as it is ("seeking to pick off delegates won by Rubio, who dropped
            # out"); not a perfect, which may describe the noun sought ("need a leader who has faced …")
            return None
        if child.dep_ == "amod" or (child.dep_ == "compound" and lemma in carriers):
            return None
        if child.dep_ in {"pobj", "pcomp"} and _lower(node) not in passing and _lemma(node.head) not in heads:
            return None  # a preposition the intention word does not itself take
        if lemma in heads and not coordinated and not _own_command(node, child):
            wanted = needing.get(lemma)
            if wanted is None:
                return str(node.text)
            if lemma in _own_needing():
                if _complement_opens(child, wanted):  # "strategy for fighting", not "voter strategy"
                    return str(node.text)
            elif any(_lower(c) in wanted for c in node.children):  # "called on Trump to stop …"
                return str(node.text)
        if node.dep_ in {"ccomp", "ROOT", "relcl", "parataxis"} and not _to_clause(node):
            return None
        child = node
    return None


def _own_command(order: Any, ordered: Any) -> bool:
    """Whether ``order`` is an order its own side has carried out, so that the ordered act ``ordered`` is
    done by ordering it, not an intention. The order is a past or perfect verb of ``command_lemmas`` (not
    "to order", "will order", nor the noun "orders to stop"), and either has no addressee and a government
    or military orderer (``commanding_sectors``: "Shoigu had ordered the pullback", "the defence minister
    ordered a complete siege", "West African leaders ordered the activation of a standby force") or is
    addressed to forces (``own_force_nouns``) of no other country than the orderer's ("said he had ordered
    the army to reduce the number of troops"). The CAMEO codebook codes "formal military orders to go on
    alert" as the alert (152), and the events coder reads such an order as the ordered act (``_own_command``
    in events.py). "Ordered the ambassador to leave" stays a demand of another party, and a judge's
    "ordered the release of documents" another party's act to come."""
    if order.pos_ != "VERB" or _lemma(order) not in _words("command_lemmas"):
        return False
    if not (_past(order) or _perfect(order)):
        return False
    addressees = [c for c in order.children if c.dep_ in {"dobj", "obj", "dative"} and c.i != ordered.i]
    subject = _subject(order)
    orderer = code_actor(" ".join(t.text for t in subject.subtree)) if subject is not None else None
    if not addressees:
        return orderer is not None and orderer.sector in _words("commanding_sectors")
    own = orderer.country if orderer is not None else None
    forces = _words("own_force_nouns")
    return all(
        _lemma(a) in forces and code_actor(" ".join(t.text for t in a.subtree)).country in {None, own}
        for a in addressees
    )


@functools.cache
def _needing() -> dict[str, list[str]]:
    """Intention words that govern only with a named complement: "call for"/"call on" in
    ``event_frames.json`` (the word needs the preposition among its children: "called on Trump to
    stop"); "a strategy for fighting", "a requirement that candidates release" in
    ``evidential_cues.json`` (:func:`_own_needing`: the trigger must lie in that complement — not "a
    strategy of containing", which names a course already taken, nor "the voter strategy")."""
    needing: dict[str, list[str]] = lexicon()["heads_needing_prep"]
    return {**needing, **_own_needing()}


@functools.cache
def _own_needing() -> dict[str, list[str]]:
    own: dict[str, list[str]] = read_json("evidential_cues.json")["heads_needing_complement"]
    return own


def _complement_opens(child: Any, wanted: list[str]) -> bool:
    """Whether ``child`` of an intention word is one of the complements it needs: a preposition named
    in ``wanted`` or, when "that" is, a that-clause ("no requirement that candidates release …")."""
    if _lower(child) in wanted:
        return True
    return bool("that" in wanted and child.dep_ in {"acl", "ccomp"} and _lower(child.left_edge) == "that")


def _subordinate(clause: Any) -> bool:
    """A finite adverbial clause opened by a subordinator ("when he came", "because it failed"), which a
    measure of time may precede ("two weeks after soldiers detained the president")."""
    children = list(clause.children)
    start = clause.left_edge.i
    for c in children:
        if c.dep_ == "npadvmod" and c.left_edge.i == start:
            start = c.right_edge.i + 1
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children) and any(
        c.dep_ in {"mark", "advmod"} and c.i == start for c in children
    )


def _to_clause(node: Any) -> bool:
    """An infinitival clause parsed as a clausal complement ("allows foreigners to obtain")."""
    return node.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)


def _report_denied(node: Any) -> bool:
    """ "rejected claims that …", "dismissed reports of …" """
    return _lemma(node) in _words("report_rejecters") and any(
        _lemma(c) in _words("report_nouns") for c in node.children if c.dep_ in {"dobj", "obj"}
    )


def _denied_report_act(trigger: Any, statement: Statement) -> bool:
    """Whether the statement is a denial summed up by a noun set after the clause it denies ("Congo
    accused Rwanda of aggression, a charge Kigali denies", "…, a claim the army denied") and the trigger
    is the accusing or saying that clause reports: the noun names what was charged or claimed, and that
    is what is denied; the charging itself is the writer's report, which no one denies."""
    if not _summed_denial(trigger, statement):
        return False
    acts = _words("accusing_verbs") | _words("speech_lemmas") | _words("speaker_acts")
    if trigger.pos_ not in {"VERB", "AUX"} or _lemma(trigger) not in acts:
        return False
    return not _in_content(trigger.head.idx, statement) or trigger.head.i == trigger.i


def _summed_denial(trigger: Any, statement: Statement) -> bool:
    """Whether the statement is a denial summed up by a noun set after the clause it denies: its source
    opens with a summing noun (``summing_nouns``) after the content, and its cue is a denial word."""
    source = statement.source
    cue = statement.cue
    if source is None or cue is None or source.start < statement.content.end:
        return False
    words = source.text.lower().split()
    if (
        len(words) < 2
        or words[0] not in {"a", "an", "the"}
        or words[1].rstrip("s") not in _words("summing_nouns")
    ):
        return False
    return any(
        _lower(t) in _words("denial") or _lemma(t) in _words("denial") for t in _cue_tokens(trigger, cue)
    )


def _charger(trigger: Any, statement: Statement) -> str | None:
    """The party that charged or claimed what a summed denial denies, for an event inside the charge
    ("Congo accused Rwanda of deploying troops, a charge Kigali denied": Congo; "The rebels said they had
    seized the airport, a claim the army denied": the rebels): the subject of the accusing or saying verb
    above the trigger, inside the denied clause. The writers of six probe sets label the charged event
    claimed, by its charger, as a party's assertion another party disputes. None when the trigger is no
    such event or no charger is named."""
    if not _summed_denial(trigger, statement):
        return None
    acts = _words("accusing_verbs") | _words("speech_lemmas") | _words("speaker_acts")
    for node in _ancestors(trigger):
        if not _in_content(node.idx, statement):
            return None
        if node.pos_ in {"VERB", "AUX"} and _lemma(node) in acts:
            return _phrase_of(_subject(node))
    return None


def _cue_tokens(trigger: Any, cue: Span) -> list[Any]:
    span = trigger.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _denial(token: Any, statement: Statement | None) -> str | None:
    denial = _words("denial")
    child = token
    for node in _ancestors(token):
        if child.dep_ in {"advcl", "relcl", "conj", "parataxis"}:
            break
        lemma = _lemma(node)
        if lemma in denial or _report_denied(node):
            return str(node.text)
        child = node
    if statement is not None and statement.cue is not None:
        for word in statement.cue.text.lower().split():
            for d in denial:
                if word.startswith(d) or (d.endswith("y") and word.startswith(d[:-1] + "i")):
                    return statement.cue.text
    return None


def classify_status(
    trigger: Any,
    statements: Sequence[Statement] = (),
    *,
    intent: bool = False,
    refusal: bool = False,
    depth: int = 0,
    model: StatusModel | None = None,
) -> StatusDecision:
    """The evidential status of the event whose trigger is the spaCy token ``trigger``.

    ``intent``: the event is an expressed intention (CAMEO 03x from a future tense), so its own
    future auxiliary does not make it hypothetical: the expressing is what happened. ``depth``
    counts the clauses above already classified (a clause's status may depend on the one that
    reports it). ``refusal``: the event is a rejection coded from a negated future ("will not
    accept"), so its own negation is the refusing, which happened. ``model``: a learned correction
    (``_status_model``, an experiment off by default) may change the rules' status (not a denial).
    """
    if model is not None:  # the rules decide, then the model may switch the status (S22, issue #5)
        ruled = classify_status(trigger, statements, intent=intent, refusal=refusal, depth=depth)
        held = statement_for(trigger.idx, statements)
        status = EvidentialStatus(revise(model, trigger, held, ruled.status, ruled.cue))
        return ruled if status is ruled.status else dataclasses.replace(ruled, status=status)
    statement = statement_for(trigger.idx, statements) or _joined_owner(trigger, statements)
    summed = statement is not None and _denied_report_act(trigger, statement)
    actor = None if summed else _after_later_act(trigger, statement, statements)
    later = actor is not None
    # a summed charge: the denial is of what the charge says, and the parse may hang the charging on
    # "denied"; a later act of the source: the writer's report beside the saying, not part of it
    charger = None if summed or statement is None else _charger(trigger, statement)
    if summed or charger is not None or (later and actor is statement):
        statements = [s for s in statements if s is not statement]
        statement = statement_for(trigger.idx, statements)
    charged = _charge_denied(trigger)
    # what a summed denial denies is the charger's claim: the denial word above it is that denial's
    denial = None if summed or later or charged or charger is not None else _denial(trigger, statement)
    if denial is not None:
        return StatusDecision(EvidentialStatus.DENIED, statement, denial)
    if charged:
        return StatusDecision(EvidentialStatus.OBSERVED, statement, None)
    path = _clause_path(trigger)
    if later and trigger.dep_ == "conj":
        path = path[:1]  # the source's own act does not share the modal of the content it follows
    reported = _reported_by(trigger, statements)
    if reported:
        path = _outside_content(path, reported)
    if not path:  # a cue whose parse borrows the modifiers of what it reports: the writer's report
        return StatusDecision(EvidentialStatus.OBSERVED, statement, None)
    scope = _governing_path(trigger, path)
    described = _described_as_done(trigger)
    known = _known_subject(trigger) or described
    if known:
        scope = scope[:1]  # "if the president's veto were overridden": the veto is taken as known
    declined = _refusal(trigger)
    if declined is not None and _imperative_or_question(trigger, path) is None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, declined)
    performed = statement is not None and _performative(trigger)
    unable = None if refusal else _inability(trigger, scope, path)
    uncertain = (
        _conditional(scope)
        or _generic_when(scope)
        or _habitual(trigger)
        or _generic_you(trigger)
        or (
            None
            if intent or performed or unable
            else _modal(scope, "modals") or _got_to(scope) or _obligation(scope)
        )
        or (None if performed else _possibility_adverb(scope))
        or _modal_subject(trigger)
        or _participle_mood(trigger)
        or _raising_commissive(trigger)
        or (None if performed else _imperative_or_question(trigger, path))
        or (_consequent(scope) if statement is not None else None)
    )
    uncertain = uncertain or _unrealised_modifier(trigger) or _compared_course(trigger) or _supposed(trigger)
    if uncertain is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, uncertain)
    if unable is not None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, unable)
    own_negation = None if refusal else _negator(trigger, path[:1])
    if own_negation is not None and _infinitive(trigger) is None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, own_negation)
    unwilling = None if refusal else _negated_volition(trigger)
    if unwilling is not None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, unwilling)
    hung = _head_in_content(trigger, reported)  # a cue misparsed under its content
    intention = (
        None
        if intent or performed or hung or described or _known_object(trigger)
        else _hypothetical_head(trigger) or _advocated(trigger) or _course(trigger)
    )
    if intention is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, intention)
    unrealised = None if intent or performed else _infinitive(trigger) or _infinitive_object(trigger)
    # A negation above an unrealised infinitive leaves it unrealised ("never told them what to say").
    negator = None if refusal else (None if unrealised else _negator(trigger, path)) or _implicative(trigger)
    if negator is not None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, negator)
    if unrealised is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, unrealised)
    # a cue hung on the content it reports ("continues to insist, …, that he wants to …") is not under it
    under_content = _head_in_content(path[-1], reported)
    # nor is a known subject under the clause that reports or describes it ("let this investigation unfold")
    reporting = (
        None if performed or under_content or known else _unrealised_report(path[-1], statements, depth)
    )
    if reporting is not None:
        return StatusDecision(EvidentialStatus.HYPOTHETICAL, statement, reporting)
    cleft = _negated_cleft(path[-1]) or _counterfactive(path[-1])
    if cleft is not None:
        return StatusDecision(EvidentialStatus.NEGATED, statement, cleft)
    blame = _blamed(trigger)
    if blame is not None:
        marker, blamer = blame
        return StatusDecision(EvidentialStatus.CLAIMED, statement, marker, blamer)
    if (
        statement is not None
        and not _presupposed(trigger)
        and not _supplement(trigger, statement)
        and not _narrated_saying(trigger, statement)
        and not _parenthetical_report(trigger, statement)
        and not _enacted(trigger, statement)
        and not _written_act(trigger, statement)
        and not _relayed_act(trigger, statement)
        and not _own_commitment(trigger, statement, refusal=refusal)
        and not _writers_clause(trigger, statement)
        and (performed or _asserted(trigger, statement))
    ):
        return StatusDecision(
            EvidentialStatus.CLAIMED, statement, statement.cue.text if statement.cue else None
        )
    hearsay = _hearsay(trigger, scope)
    if hearsay is not None:
        marker, source = hearsay
        return StatusDecision(EvidentialStatus.CLAIMED, statement, marker, source)
    if charger is not None:  # a charge another party denies, which no statement carries: the charger's
        return StatusDecision(EvidentialStatus.CLAIMED, statement, None, charger)
    return StatusDecision(EvidentialStatus.OBSERVED, statement, None)


def _blamed(trigger: Any) -> tuple[str, str | None] | None:
    """An event whose doer a party names by blaming it or by claiming it, which the writer passes on:
    claimed, by the blamer or claimant. The event noun is what a blaming verb (``blaming_verbs``) holds
    someone responsible for ("Colombia blamed the ELN for a car bombing", "blamed Ukrainian sabotage"),
    what a claim of responsibility (``responsibility_verbs`` with ``responsibility_nouns``) is for ("the group
    claimed responsibility for the attack"), or a noun a blaming or claiming participle or relative clause
    describes ("an air strike blamed on Israel", "the explosion, which he blamed on Ukrainian special
    services", "an attack claimed by Islamic State"); an event whose clause such a noun restates ("two car
    bombs exploded …, killing 100 people in an attack the president blamed on al-Shabaab") is claimed with
    it. Returns the blaming word and the phrase of the blamer or claimant (None when the text names none:
    "blamed on Israel")."""
    found = _blame_of(trigger) if _is_noun(trigger) else None
    if found is not None:
        return found
    clause = trigger.head if _is_noun(trigger) and trigger.dep_ in {"nsubj", "nsubjpass"} else trigger
    for verb in (clause, *(c for c in clause.children if c.dep_ == "advcl" and c.tag_ == "VBG")):
        for prep in verb.children:
            if prep.dep_ != "prep" or _lower(prep) != "in":
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    restated = _blame_described(noun)
                    if restated is not None:
                        return restated
    return None


def _blame_of(noun: Any) -> tuple[str, str | None] | None:
    """Whether the event noun ``noun`` is blamed or claimed (see :func:`_blamed`), and by whom."""
    head = noun.head
    if noun.dep_ == "pobj" and _lower(head) == "for" and head.head.i != head.i:
        above = head.head
        if _lemma(above) in _words("blaming_verbs"):
            return str(above.text), _phrase_of(_subject(above))
        if _lemma(above) in _words("responsibility_nouns") and _lemma(above.head) in _words(
            "responsibility_verbs"
        ):
            return str(above.head.text), _phrase_of(_subject(above.head))
    if (
        noun.dep_ == "dobj"
        and _lemma(head) in _words("blaming_verbs")
        and not any(c.dep_ == "prep" and _lower(c) == "for" for c in head.children)
    ):  # "blamed the attack on Israel", "blamed sabotage"; in "blamed the group for …" the object is the doer
        return str(head.text), _phrase_of(_subject(head))
    return _blame_described(noun)


def _blame_described(noun: Any) -> tuple[str, str | None] | None:
    """A blaming or claiming participle or relative clause on ``noun``: "blamed on Israel", "which he
    blamed on …", "claimed by Islamic State" (the claimant is the agent). The parser may hang the relative
    clause on the noun of a phrase after the event's ("the explosion on the bridge, which he blamed on
    …"): a place or a date is not blamed, so that clause describes the event."""
    inner = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    later = [c for g in inner for c in g.children if c.dep_ == "relcl"]
    for child in [*noun.children, *later]:
        if child.dep_ not in {"acl", "relcl"} or child.tag_ not in {"VBN", "VBD", "VBZ", "VBP"}:
            continue
        lemma = _lemma(child)
        preps = {_lower(c): c for c in child.children if c.dep_ in {"prep", "agent"}}
        if lemma in _words("blaming_verbs") and "on" in preps:
            return str(child.text), _phrase_of(_subject(child)) if child.dep_ == "relcl" else None
        if lemma in _words("responsibility_verbs") and child.dep_ == "acl" and "by" in preps:
            agent = next((g for g in preps["by"].children if g.dep_ == "pobj"), None)
            return str(child.text), _phrase_of(agent)
    return None


def _phrase_of(token: Any | None) -> str | None:
    """The text of the noun phrase ``token`` heads, without its relative clauses and appositions; None for no
    token, or a relative pronoun, which names no one."""
    if token is None or token.tag_ in {"WDT", "WP"}:
        return None
    cut = {"relcl", "acl", "appos", "punct"}
    words = [token]
    stack = [c for c in token.children if c.dep_ not in cut]
    while stack:
        child = stack.pop()
        words.append(child)
        stack.extend(c for c in child.children if c.dep_ not in cut)
    words.sort(key=lambda t: t.i)
    return str(token.doc[words[0].i : words[-1].i + 1].text)


def _hearsay(trigger: Any, scope: list[Any]) -> tuple[str, str | None] | None:
    """A hearsay marker: the writer passes the event on from others without committing to it. An adverb of
    report on the trigger's clause ("Bloomberg reportedly considering a run", "allegedly sent lurid tweets",
    which scopes the clause's objects too), an adjective of report on a noun event ("the alleged assault",
    "a suspected attack"), or an "according to" phrase on the clause where no statement was found ("According
    to the group, at least 38 babies have been killed"): a cited source asserts it, which the guidelines call
    claimed (the caller has ruled out a modal, a condition, a negation and an intention first). What the
    clause takes for granted stays so, as in a statement (:func:`_presupposed`). Returns the marker and the
    source an "according to" names (None for an adverb or adjective, which name no one)."""
    if _is_noun(trigger):
        modifiers = _words("hearsay_modifiers")
        marker = next(
            (c for c in trigger.children if c.dep_ in {"amod", "compound"} and _lower(c) in modifiers), None
        )
        if marker is not None:
            return str(marker.text), None
    if _presupposed(trigger):
        return None  # "attended the meeting alone, according to a pool report": the meeting is taken as known
    adverbs = _words("hearsay_adverbs")
    for node in scope:
        if _lower(node) == "according":
            return None  # the source named in "according to a new poll" is no event it passes on
        for child in node.children:
            if child.dep_ == "advmod" and _lower(child) in adverbs:
                return str(child.text), None
            if child.dep_ == "prep" and _lower(child) == "according":
                to = next((g for g in child.children if g.dep_ == "prep" and _lower(g) == "to"), None)
                if to is not None:
                    return "according to", _according_source(to)
            source = _inserted_source(child, trigger)
            if source is not None:
                return str(child.text), source
    return None


def _inserted_source(child: Any, trigger: Any) -> str | None:
    """The source of a saying set after the clause it reports and before more of the sentence, which the
    parser hangs on that clause ("North Korea blew up the office, South Korea's ministry said, days after
    …"; "Israel freed 39 prisoners, the Qatari ministry said, under a deal …"): a word of saying with a
    subject of its own after a comma, after the trigger. None when ``child`` is no such saying."""
    if child.dep_ != "parataxis" or child.i < trigger.i or _lemma(child) not in _words("speech_lemmas"):
        return None
    subject = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
    if subject is None or subject.left_edge.i == 0 or child.doc[subject.left_edge.i - 1].text != ",":
        return None
    return str(child.doc[subject.left_edge.i : subject.right_edge.i + 1].text)


def _according_source(to: Any) -> str | None:
    """The phrase "according to" names: the object of "to" with its modifiers ("the activist group",
    "a senior official in Kyiv"), up to a comma that opens an apposition ("John Kirby, the spokesman").
    None when the parse gave "to" no object."""
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    doc = obj.doc
    end = obj.right_edge.i
    comma = next((t.i for t in doc[obj.i : end + 1] if t.text == ","), None)
    if comma is not None:
        end = comma - 1
    while end > obj.i and doc[end].is_punct:
        end -= 1
    return str(doc[obj.left_edge.i : end + 1].text)


def _negated_cleft(clause: Any) -> str | None:
    """ "It's not something that she continuously says": a relative clause on the predicate noun of a
    negated copula is what the negation denies."""
    if clause.dep_ != "relcl" or clause.head.dep_ != "attr":
        return None
    if any(c.dep_ == "amod" and _lower(c) in {"first", "only"} for c in clause.head.children):
        return None  # "It's not the first time Trump's practices have clashed": it has happened before
    negation = next((c for c in clause.head.head.children if c.dep_ == "neg"), None)
    return str(negation.text) if negation is not None else None  # an attr hangs on a copula


def _counterfactive(clause: Any) -> str | None:
    """ "the myth that …", "our miscalculation that we are accepted": a that-clause of a noun of false
    belief says what is not so. Read from the words, not only the arc: the clause is often hung on the
    verb above the noun."""
    doc = clause.doc
    edge = clause.left_edge.i
    if clause.dep_ not in {"acl", "ccomp"} or doc[edge].lower_ != "that" or edge == 0:
        return None
    noun = doc[edge - 1]
    if _is_noun(noun) and _lemma(noun) in _words("counterfactive_nouns"):
        return str(noun.text)
    return None


def _supplement(trigger: Any, statement: Statement) -> bool:
    """Whether the trigger lies in a supplement the writer adds to an indirect report: a non-restrictive
    relative clause ("the overhaul of welfare, which reduced federal assistance") or an appositive set
    off by a comma or dash ("— something a 911 caller also told a dispatcher"). Such asides are the
    writer's own commitment, not part of what the source says; in a quotation they are the speaker's."""
    if statement.kind != StatementKind.INDIRECT:
        return False
    doc = trigger.doc
    for node in [trigger, *_ancestors(trigger)]:
        if not _in_content(node.idx, statement):
            return False
        if node.dep_ not in {"relcl", "appos"} or node.head.i == node.i:
            continue
        edge = node.left_edge.i
        set_off = edge > 0 and doc[edge - 1].text in {",", "—", "–", "--", "("}
        if set_off and (node.dep_ == "appos" or doc[edge].tag_ in {"WDT", "WP", "WP$"}):
            return True
    return False


def _narrated_saying(trigger: Any, statement: Statement) -> bool:
    """Whether the trigger is a saying the writer narrates between the quoted words of a mixed statement:
    a word of saying heading its sentence, with a third-person pronoun subject, outside every quotation
    of the content ('He added that members are "Latino, …"', 'He says not enacting laws … is
    "unconscionable."'). Such a sentence is the writer's report of a further saying, as a cue is (observed
    by the guidelines), not part of what the source says; inside the quoted words, or after a quotation in its
    sentence ('"It has happened," she said, as recalled in a book'), it is the source's."""
    if statement.kind != StatementKind.MIXED or trigger.dep_ != "ROOT":
        return False
    if _lemma(trigger) not in _assertive_lemmas():
        return False
    if not any(
        c.dep_ == "nsubj" and c.tag_ == "PRP" and _lower(c) in _words("narrated_speaker_pronouns")
        for c in trigger.children
    ):
        return False
    marks = _words("double_quote_marks")
    if any(w.text in marks for w in trigger.doc[trigger.sent.start : trigger.i]):
        return False  # '"It has happened," she said, as recalled in …': a quotation's cue the source reports
    return not _quoted(trigger, statement)


def _quoted(trigger: Any, statement: Statement) -> bool:
    """Whether the trigger lies inside quotation marks opened in the statement's content (an odd number of
    double quotation marks between the start of the content's fragment that holds it and the trigger)."""
    marks = _words("double_quote_marks")
    doc = trigger.doc
    parts = statement.fragments or (statement.content,)
    start = next((p.start for p in parts if p.start <= trigger.idx < p.end), statement.content.start)
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    i = first.start if first is not None else trigger.sent.start
    return sum(1 for w in doc[i : trigger.i] if w.text in marks) % 2 == 1


def _parenthetical_report(trigger: Any, statement: Statement) -> bool:
    """Whether the trigger is a reporting clause set into the words it reports, outside their quotation marks
    ('There was, she said, "an implicit bargain."', 'The museum, he said, would make visitors face …'): a word
    of saying the parser hangs on the clause it interrupts (parataxis), set off by commas or dashes, with its
    subject before it and no complement (what it reports is the clause around it). It is the writer's
    attribution of those words, a cue, which the guidelines call observed; a habitual or hoped saying ("Mr.
    Obama often says") is hypothetical before this is asked. Inside quotation marks it is the quoted speaker's
    own report, which the source claims."""
    if trigger.dep_ != "parataxis" or _lemma(trigger) not in _assertive_lemmas():
        return False
    children = list(trigger.children)
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < trigger.i for c in children):
        return False  # "(think Anthony Weiner)": an aside with no subject before it reports nobody's words
    if any(c.dep_ in _COMPLEMENT_DEPS for c in children):
        return False  # 'I hope America says, "thank you"': a saying with its own words
    edge = trigger.left_edge
    if edge.text not in _SET_OFF and (edge.i == 0 or trigger.doc[edge.i - 1].text not in _SET_OFF):
        return False  # the comma or dash may be the clause's first word or the one before it
    return statement.kind != StatementKind.DIRECT and not _quoted(trigger, statement)


# The dependents that give a verb of saying words of its own (so it is no parenthetical report), and the marks
# that set a reporting clause off from the words it interrupts.
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "csubj"})
_SET_OFF = frozenset({",", "—", "–", "--"})


def _known_subject(trigger: Any) -> bool:
    """A possessed or demonstrative noun event as a clause's subject is presupposed ("if the president's
    veto were overridden", "we have to let this investigation unfold"): the clause's modals and
    conditions scope what is said of it, not whether it happened."""
    return (
        (_is_noun(trigger) and trigger.dep_ in {"nsubj", "nsubjpass"} and _pointed(trigger))
        or _named_event(trigger)
        or _known_object(trigger)
    )


def _set_off(clause: Any) -> bool:
    """Whether a clause on a noun is set off by a comma before it (non-restrictive)."""
    edge = clause.left_edge.i
    return edge > 0 and clause.doc[edge - 1].text in _SET_OFF


def _described_as_done(trigger: Any) -> bool:
    """An event the sentence describes, in an aside set off by commas, as already done, whatever its main
    clause says of it: a past participle on its noun ("The memorandum, signed in Addis Ababa on Monday,
    would let Ethiopia lease …": the signing), or a noun event as subject whose phrase holds a past
    relative clause so set off ("the indirect talks between the two delegations, which resumed on
    Monday, would continue until March 24": the talks). The main clause's modal scopes what it says of
    the event (its effect, its going on), not whether it happened."""
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and _is_noun(trigger.head):
        return _set_off(trigger) and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)
    if not _is_noun(trigger) or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return any(
        node.dep_ == "relcl" and node.tag_ == "VBD" and _set_off(node) and node.i > trigger.i
        for node in trigger.subtree
    )


def _known_object(trigger: Any) -> bool:
    """A possessed or demonstrative noun event as the object of a verb that does not bring it about is
    there already ("sought to counter Mr. Obama's appeal", "would reverse this decision"): the modals
    and intentions above the verb scope what is done to it, not whether it happened. Not the object of
    a light verb ("plans to hold its meeting"), which names the event to be held."""
    if not _is_noun(trigger) or trigger.dep_ != "dobj" or trigger.head.pos_ != "VERB":
        return False
    if _lemma(trigger.head) in _words("light_verbs"):
        return False
    return _pointed(trigger)


def _pointed(noun: Any) -> bool:
    """A noun a possessive or a demonstrative points to a known referent ("Mr. Obama's appeal", "this
    decision")."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and _lower(c) in {"this", "that", "these", "those"})
        for c in noun.children
    )


def _named_event(noun: Any) -> bool:
    """A named event ("the Cold War", "the Iraq War", "the Sept. 11 attacks") as a clause's subject is
    known history, whatever is said of it ("asked how the Cold War would end")."""
    return bool(noun.dep_ in {"nsubj", "nsubjpass"} and _named(noun))


def _named(noun: Any) -> bool:
    """A noun event named by "the" and a proper noun ("the Cold War", "the Sept. 11 attacks")."""
    return bool(
        _is_noun(noun)
        and any(c.dep_ == "det" and _lower(c) == "the" for c in noun.children)
        and (
            noun.pos_ == "PROPN"
            or any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in noun.children)
        )
    )


def _unrealised_report(head: Any, statements: Sequence[Statement], depth: int) -> str | None:
    """A clause reported or described under an unrealised event is not asserted: the complement of an
    unrealised or negated saying ("would rule that the mines posed a threat", "not going to let them
    … say 'You're killing for Christ'") and a relative clause on an indefinite object of an unrealised
    event ("to create a tax system which asks the wealthy …"). The governing verb's own status decides."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "a tax system which is fair and which asks …"
    if depth >= _MAX_DEPTH or _top(head):
        return None
    if head.dep_ in {"ccomp", "xcomp"}:
        above = head.head
        realised = {EvidentialStatus.HYPOTHETICAL, EvidentialStatus.NEGATED}
    elif head.dep_ == "relcl" and _indefinite_object(head.head):
        above = head.head.head
        realised = {EvidentialStatus.HYPOTHETICAL}
    else:
        return None
    if above.pos_ not in {"VERB", "AUX"} or (_lemma(above) in _words("factive_verbs") and _that_clause(head)):
        return None  # "failed to note that the program helped": a fact is no less one unnoted
    if _free_relative(head):
        return None  # "does not match what he says": what a free relative names is taken as known
    decision = classify_status(above, statements, depth=depth + 1)
    if decision.status in realised:
        return decision.cue or str(above.text)
    return None


_MAX_DEPTH = 3


def _that_clause(clause: Any) -> bool:
    """A declarative complement ("note that …", "note the program helped"), not a wh-clause ("know
    what we're talking about") nor "whether"/"if"."""
    doc = clause.doc
    opening = doc[clause.left_edge.i : min(clause.left_edge.i + 2, clause.i)]
    return not any(t.tag_ in {"WRB", "WP", "WDT"} or _lower(t) in {"whether", "if"} for t in opening)


def _indefinite_object(noun: Any) -> bool:
    """A common noun object with no definite determiner ("a tax system", "new rules")."""
    return bool(
        noun.pos_ == "NOUN"
        and noun.dep_ in {"dobj", "attr"}
        and not any(
            c.dep_ == "poss" or (c.dep_ == "det" and _lower(c) not in {"a", "an", "any", "some"})
            for c in noun.children
        )
    )


def _asserted(trigger: Any, statement: Statement) -> bool:
    """Whether the statement asserts the event rather than mentioning it.

    PolNeAR-style attributions include contents that assert nothing about an event in them:
    "have been unsettled by protests", "introduced the War on Drugs", "explained why he backs
    Trump", "mentions policies she supported". The event is claimed when, inside the content, it
    heads or lies in a finite clause that is not a relative clause, when the statement is a
    direct quotation, or when its cue is a saying, reporting or accusing word — but never inside
    a wh-clause ("why he backs Trump": presupposed), and never when the cue is not a word of
    saying at all ("Video shows him …", "Blige sings …").
    """
    if _joins_cue(trigger, statement) or _joined_act(trigger, statement) or _own_earlier_saying(trigger):
        return False
    wh = _words("wh_presupposing")
    finite = False
    top = trigger
    for node in [trigger, *_ancestors(trigger)]:
        if not _in_content(node.idx, statement):
            break
        top = node
        children = list(node.children)
        opening = list(node.subtree)[:3]  # "why he …", "just how swift …"
        if node.dep_ in {"ccomp", "csubj", "dobj", "pcomp"} and any(
            t.tag_ == "WRB" and _lower(t) in wh and _opens_clause(t, node) for t in opening if t.i < node.i
        ):
            return False  # a wh-complement, not a "when" adverbial clause
        if node.i == trigger.i and _free_relative(node) and not _performative(node):
            return False  # "did what he said", "what Obama said … was": the saying is taken as known
        if (
            node.dep_ == "acl"
            and _lemma(node.head) not in _words("report_nouns")
            and _in_content(node.head.idx, statement)
        ):
            continue  # "ignore the reality that …": the noun, not its clause, is what the cue takes
        if node.dep_ != "relcl" and any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in children):
            finite = True
            break
    if not finite and (_content_is_phrase(top, statement) or _content_is_mention(trigger, top, statement)):
        return False  # "did not respond to requests for comment", "cited criticism of Lauer"
    assertive = _assertive_cue(trigger, statement)
    if assertive is False:
        return False  # "Video shows …", "Blige sings …": evidence or performance, not a claim
    return finite or statement.kind == StatementKind.DIRECT or bool(assertive)


def _own_earlier_saying(trigger: Any) -> bool:
    """ "As we have said since last summer, …": an "as" clause in which the speakers cite their own past
    or perfect saying points to what they said before; what is asserted is the main clause, and the
    earlier saying is taken as known (a third party's "as the Journal wrote" is reported, and stays)."""
    if trigger.dep_ != "advcl" or _lemma(trigger) not in _words("speech_lemmas"):
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "mark" and _lower(c) == "as" for c in children):
        return False
    if not any(c.dep_ == "nsubj" and _lower(c) in {"i", "we"} for c in children):
        return False
    return bool(_past(trigger) or _perfect(trigger))


def _free_relative(clause: Any) -> bool:
    """Whether ``clause`` is a free relative or an embedded wh-question opened by "what" as its object
    ("Bernie did what he said", "what Alan Krueger said in the piece", "unfamiliar with what he is
    saying"): it names what was said or done and takes it as known; it does not assert it. Not the
    focus of an equative ("That's what politicians do", "That's what we're going to do": what is
    asserted) nor a speaker's own state or deed ("What I love about us …", "what we stand for")."""
    if clause.pos_ not in {"VERB", "AUX"} or clause.dep_ == "attr" or _lemma(clause.head) == "be":
        return False
    if _lemma(clause) == "be":
        return False  # "understands what a strategic threat is": a question about what it is
    if any(c.dep_ in {"nsubj", "nsubjpass"} and _lower(c) in {"i", "we"} for c in clause.children):
        return False
    doc = clause.doc
    return any(
        c.tag_ == "WP"
        and _lower(c) in {"what", "whatever"}
        and c.dep_ in {"dobj", "attr", "pobj"}
        and all(t.is_punct or t.is_space or t.dep_ in {"cc", "advmod"} for t in doc[clause.left_edge.i : c.i])
        and not (c.i > 0 and _copula(doc[c.i - 1]))  # "that's what …", however parsed
        and not (c.i + 1 < len(doc) and doc[c.i + 1].is_punct)  # "you know what, people are hurting"
        for c in clause.children
    )


def _copula(word: Any) -> bool:
    return bool(_lemma(word) == "be" or _lower(word) in {"'s", "’s", "'re", "’re"})


def _opens_clause(word: Any, clause: Any) -> bool:
    """Whether the wh-word opens ``clause`` itself ("why he backs Trump", "just how swift … is
    flowing"), not an adverbial or relative clause inside it ("that when we started …, I say we")."""
    node = word
    while node.i != clause.i and node.head.i != node.i:
        if node.dep_ in {"advcl", "relcl", "acl"}:
            return False
        node = node.head
    return bool(node.i == clause.i)


def _joins_cue(trigger: Any, statement: Statement) -> bool:
    """Whether the trigger is a further act of the source that the writer reports beside the cue:
    a verb with no subject of its own conjoined to the cue ("the brief said … and dismissed those
    reports"), or a second saying hung on it ("said that she thinks … but said 'the question is
    the timing'"), however wide the content was drawn."""
    cue = statement.cue
    head = trigger.head
    if cue is None or head.i == trigger.i or not (cue.start <= head.idx < cue.end):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in trigger.children):
        return False
    return bool(
        trigger.dep_ == "conj"
        or (trigger.dep_ in {"ccomp", "advcl"} and _lemma(trigger) in _words("speech_lemmas"))
    )


def _cue_verb(trigger: Any, statement: Statement) -> Any | None:
    """The statement's cue word that heads its content in the parse: the trigger's head, or the head of
    the clause the trigger is conjoined to, when that head lies in the cue span; else None."""
    cue = statement.cue
    if cue is None:
        return None
    node = trigger
    for _ in range(_MAX_CLIMB):
        head = node.head
        if head.i == node.i:
            return None
        if cue.start <= head.idx < cue.end:
            return head
        if node.dep_ not in {"conj", "dep"}:
            return None
        node = head
    return None


def _joined_act(trigger: Any, statement: Statement) -> bool:
    """A speech act of the source joined by "and", with no subject of its own, to the content of its
    cue: the writer reports it beside the saying, as :func:`_joins_cue` does for a verb conjoined to
    the cue itself, however wide the content was drawn. Two parses: a second complement hung on the cue
    ("said the strikes were defensive and warned that …"), and a conjunct of a copular content clause
    ("said the drills were legitimate and accused Washington of provocation", "told the meeting that
    the takeover had been inevitable and promised to hold elections"): a judgment ("were legitimate")
    and an act of speech do not share a subject; the speech act shares the cue's. Only acts of speech
    (``speaker_acts`` and the words of saying) and finite forms: "said the army was there and shelled
    the town" and "had her staff field them and tell Clinton" keep the second verb in the content."""
    if not _bare_speech_act(trigger):
        return False
    verb = _cue_verb(trigger, statement)
    if verb is None or verb.i > trigger.i:
        return False
    head = trigger.head
    if trigger.dep_ == "ccomp":
        return head.i == verb.i and any(
            t.dep_ == "cc" and t.head.i in {verb.i, *(c.i for c in verb.children if c.dep_ == "ccomp")}
            for t in trigger.doc[verb.i + 1 : trigger.i]
        )
    return bool(trigger.dep_ == "conj" and head.dep_ == "ccomp" and head.head.i == verb.i and _copula(head))


def _bare_speech_act(trigger: Any) -> bool:
    """Whether a trigger is a finite act of speech (``speaker_acts`` or a word of saying) with no subject or
    auxiliary of its own: what :func:`_joined_act` and :func:`joined_act` read as the saying's conjunct."""
    if trigger.pos_ not in {"VERB", "AUX"} or _lemma(trigger) not in _words("speaker_acts") | _words(
        "speech_lemmas"
    ):
        return False
    return trigger.tag_ in {"VBD", "VBN", "VBZ", "VBP"} and _subjectless(trigger)


def _subjectless(verb: Any) -> bool:
    """Whether a verb has no subject and no auxiliary of its own (it shares its conjunct's)."""
    return not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in verb.children)


def _joined_owner(trigger: Any, statements: Sequence[Statement]) -> Statement | None:
    """The statement whose cue a :func:`joined_act` outside every content is joined to: attribution ends
    the content before the act, and the act is read as :func:`_joined_act` reads it inside a content
    drawn over it (observed, the saying's statement kept)."""
    saying = joined_act(trigger)
    if saying is None:
        return None
    return next((s for s in statements if s.cue is not None and s.cue.start <= saying.idx < s.cue.end), None)


def joined_act(trigger: Any) -> Any | None:
    """The word of saying a speech act is joined to as a conjunct of its copular content ("said the drills
    were legitimate and accused Washington of provocation"), read on the parse alone as
    :func:`_joined_act` reads that parse; None when the trigger is not one. Attribution ends the content
    before it (``attribution._cut_tail``)."""
    if not _bare_speech_act(trigger):
        return None
    head = trigger.head
    if trigger.dep_ != "conj" or head.dep_ != "ccomp" or not _copula(head) or head.head.i > trigger.i:
        return None
    return head.head


def later_act(trigger: Any) -> tuple[Any, Any] | None:
    """A further act of a speaker conjoined after the content of its saying, which the writer reports
    beside the saying ("said Russia had added troops and accused the Kremlin of …", "said it had resumed
    distributions and appealed to both sides", "said missiles had fallen in its zone and lodged a
    protest", "said she would not step down and called on the security forces"): a finite past act of
    the kind a speaker performs in answer to what it reports (``later_acts``: accusing, appealing,
    calling on, lodging a protest, declaring), with no subject or auxiliary of its own, conjoined to the
    head of the saying's complement (or of an adverbial clause in it) when that head cannot share it: a
    perfect or modal the past form does not take ("had fallen … and lodged", "would not step down … and
    called"), a present ("when her term ends and called"), or a comma before the "and". Threats, vows
    and promises are left out: "Kyiv said Russia had shelled the city and threatened to storm it"
    reports Russia's threat. Read on the parse alone, for the status of the act (:func:`_later_act`)
    and for where attribution ends the content (``attribution._cut_tail``).

    Returns the word of saying and the head of the content the act is conjoined to, or None."""
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBD" or _lemma(trigger) not in _words("later_acts"):
        return None
    if trigger.dep_ != "conj" or not _subjectless(trigger):
        return None
    first = trigger.head
    for _ in range(_MAX_CLIMB):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    # "would not step down when her term ends and called": the adverbial clause's head
    clause = first.head if first.dep_ == "advcl" else first
    if clause.dep_ != "ccomp" or clause.head.i == clause.i or _copula(first):
        return None  # a copular content is _joined_act's
    unshared = first.tag_ in {"VBZ", "VBP"} or any(
        c.dep_ == "aux" and (_tag(c) == "MD" or _lemma(c) == "have") for c in first.children
    )
    doc = trigger.doc
    k = trigger.i
    while k > 0 and doc[k - 1].dep_ == "cc":
        k -= 1
    if unshared or (k > 0 and doc[k - 1].text == ","):
        return clause.head, first
    return None


def _later_act(trigger: Any, statement: Statement) -> bool:
    """A :func:`later_act` of the statement's source: its word of saying lies in the statement's cue
    and the head of the content it follows in the statement's content."""
    found = later_act(trigger)
    cue = statement.cue
    if found is None or cue is None:
        return False
    saying, first = found
    return bool(cue.start <= saying.idx < cue.end and _in_content(first.idx, statement))


def _after_later_act(
    trigger: Any, statement: Statement | None, statements: Sequence[Statement]
) -> Statement | None:
    """The statement whose source's :func:`_later_act` the trigger is, or lies under: the writer's
    report, not part of what the source said ("… and lodged a protest, while the United States urged
    China to halt the exercises"); None when there is none. The climb stays inside the content the
    trigger lies in (``statement``): a content drawn over the act holds it; attribution ends the content
    before the act (``attribution._cut_tail``), and then the act lies outside it, in no content or in an
    outer one."""
    for node in [trigger, *_ancestors(trigger)]:
        if statement is not None and not _in_content(node.idx, statement):
            return None
        if later_act(node) is None:
            continue
        for candidate in statements:
            if _later_act(node, candidate):
                return candidate
    return None


def _charge_denied(trigger: Any) -> bool:
    """A charge noun a denial takes as its object, with its charger or its content ("has repeatedly
    denied accusations by Kinshasa that it arms the rebels"): the charging was done, and the writer
    reports it; what is denied is what it charges."""
    if not _is_noun(trigger) or _lemma(trigger).rstrip("s") not in _words("summing_nouns"):
        return False
    if trigger.dep_ != "dobj" or _lemma(trigger.head) not in _words("denial"):
        return False
    return any(
        (c.dep_ == "prep" and _lower(c) == "by") or (c.dep_ in {"acl", "ccomp"} and c.i > trigger.i)
        for c in trigger.children
    )


def _enacted(trigger: Any, statement: Statement) -> bool:
    """A declaration that performs the source's own act, which the writer reports as done. The cue is a
    word of announcing (``enacting_cues``) and the event is what the source does by announcing it: a noun
    object of the cue with no "the", demonstrative or possessor but the source's own pronoun ("Putin
    announced a partial mobilisation", "announced their immediate withdrawal from ECOWAS", "announced
    sanctions on Pelosi"; not "announced the arrest", a report of a known act, nor "announced Russia's
    withdrawal"), or a progressive clause whose subject is the source's pronoun (``enacting_subjects``:
    "announced that it was suspending military operations") or whose verb is an act done by declaring it
    (``declarative_acts``: "announced that Venezuela was breaking relations"). Under a plain word of saying
    only a declarative act of the source's pronoun is enacted ("said it was suspending cooperation"; not
    "said it was holding hostages" or "said it was moving troops", which report a state of affairs). A
    future ("announced it would withdraw") is an intention and stays claimed; a past act ("announced it
    had seized") is reported, and stays claimed."""
    verb = _cue_verb(trigger, statement)
    if verb is None:
        return False
    announcing = _lemma(verb) in _words("enacting_cues")
    if _is_noun(trigger):
        slot = trigger
        while slot.dep_ == "conj" and _is_noun(slot.head) and slot.head.i != slot.i:
            slot = slot.head
        if not announcing or slot.dep_ != "dobj" or slot.head.i != verb.i:
            return False
        for c in trigger.children:
            if c.dep_ == "det" and _lower(c) in {"the", "this", "that", "these", "those"}:
                return False
            if c.dep_ == "poss" and _lower(c) not in _words("enacting_possessives"):
                return False
        return True
    if not announcing and _lemma(verb) not in _words("speech_lemmas"):
        return False
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i != verb.i or clause.tag_ != "VBG" or trigger.tag_ != "VBG":
        return False
    children = list(clause.children)
    if any(c.dep_ == "aux" and (_tag(c) == "MD" or _lemma(c) == "have") for c in children):
        return False
    if not any(c.dep_ == "aux" and _lemma(c) == "be" for c in children):
        return False
    own = any(c.dep_ == "nsubj" and _lower(c) in _words("enacting_subjects") for c in children)
    declared = _lemma(trigger) in _words("declarative_acts")
    return (own or declared) if announcing else (own and declared)


def _own_commitment(trigger: Any, statement: Statement, *, refusal: bool) -> bool:
    """A refusal of the source that its saying expresses: the saying is the act, which the writer reports
    as done ("said his men would not negotiate", "said it would not withdraw its staff"). The CAMEO codebook
    codes the refusal itself (12), and the writers of the crisis sets label it observed (round 19, S23).
    ``refusal``: the event is coded from a refused future of the content. Not a commitment, offer or
    readiness ("Portugal said it would send 60 soldiers", "said it was ready to resume talks"): the issue
    names future acts and "ready to" hypothetical and the seed story's "Moscow is ready for talks" (036)
    claimed, so an intent stays claimed whatever the writers do (round 19's merge; S23 had taken both).
    The content is a clause of a word of saying or announcing, not a perfect ("said it had refused" reports
    an earlier act and stays claimed), and its subject is the source's side: a pronoun
    (``own_commitment_subjects``), a phrase the source's pronoun possesses ("its commission chairman
    would not travel"), "the group" or a name of the speaker's country ("Fomin said Moscow would not
    reduce"); not a passive nor another party ("said Myanmar would not accept an envoy")."""
    if not refusal:
        return False
    clause = trigger
    if _perfect(clause):
        return False
    verb = _cue_verb(clause, statement)
    if verb is None or verb.i > clause.i:
        return False
    if _lemma(verb) not in _words("speech_lemmas") | _words("enacting_cues"):
        return False
    subject = _subject(clause)
    if subject is None or subject.dep_ != "nsubj":
        return False
    return _speaker_side(subject, statement)


def _writers_clause(trigger: Any, statement: Statement) -> bool:
    """A clause with a subject of its own that the writer sets after a saying behind a comma and "and",
    "while" or "but" (``writers_clause_links``), which the parse or the content draws into what was said
    ("said it backed the putsch, and the junta suspended the constitution", "said it would deploy troops,
    while Guterres appealed to European countries", "said it had grave concerns, and police have opened
    an investigation"): the writer reports it as fact; the writers of the crisis sets label it observed
    (round 19, S23). Reported speech shifts its tense back or says "that" again: a past perfect ("…, and
    that rebels had fired back"), a modal or a "that" keeps the clause in the content, and so does a word
    of saying, which is a statement of its own. Only a paraphrase whose saying comes first: in quoted words
    ("'…, and yes, we're protecting Europe'") every clause is the speaker's."""
    cue = statement.cue
    if cue is None or statement.kind is not StatementKind.INDIRECT or cue.end > statement.content.start:
        return False  # not quoted words, nor a content that opens before its saying
    clause = trigger
    for _ in range(_MAX_CLIMB):
        if clause.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    if clause.dep_ not in {"conj", "advcl", "ccomp"} or clause.idx < cue.end:
        return False
    if _lemma(clause) in _words("speech_lemmas"):
        return False
    links = _words("writers_clause_links")
    first = clause.left_edge
    link = first if _lower(first) in links else first.doc[first.i - 1] if first.i > 0 else first
    if _lower(link) not in links or link.i == 0 or link.doc[link.i - 1].text != ",":
        return False
    for c in clause.children:
        if c.dep_ == "mark" and _lower(c) == "that":
            return False
        if c.dep_ == "aux" and (_tag(c) == "MD" or (_lemma(c) == "have" and _tag(c) == "VBD")):
            return False
    return True


def _speaker_side(subject: Any, statement: Statement) -> bool:
    """Whether a content's subject is the statement's source: its pronoun, a phrase that pronoun
    possesses, or a proper name of the speaker's country."""
    if _lower(subject) in _words("own_commitment_subjects"):
        return True
    if any(c.dep_ == "poss" and _lower(c) in _words("own_commitment_possessives") for c in subject.children):
        return True
    definite = any(_lower(c) == "the" for c in subject.children)
    if definite and _lemma(subject) in _words("own_commitment_nouns"):
        return True  # "the group would cooperate", said its lawmaker
    own = statement.speaker.country
    if own is None or subject.pos_ != "PROPN":
        return False
    return code_actor(" ".join(t.text for t in subject.subtree)).country == own


def _content_is_mention(trigger: Any, top: Any, statement: Statement) -> bool:
    """Whether an indirect content is a noun phrase the cue only mentions: ``top`` is a noun object
    of the cue, and the cue neither says, reports nor alleges what it names ("cited criticism of
    Lauer", "cited problems that he blamed on Obama"; but "announced the arrest", "accused the army
    of attacking", "is stressing the need to bolster efforts under constant attack")."""
    if statement.kind == StatementKind.DIRECT or statement.cue is None or not _is_noun(top):
        return False
    if top.dep_ != "dobj" or not (statement.cue.start <= top.head.idx < statement.cue.end):
        return False
    reporting = _words("np_reporting_verbs") | _words("accusing_verbs") | _words("speech_lemmas")
    return _lemma(top.head) not in reporting


def _content_is_phrase(top: Any, statement: Statement) -> bool:
    """Whether an indirect content is a prepositional phrase of a cue that is a doing, not a saying:
    ``top``, its highest word above the trigger, is the preposition it opens with, and its head is
    outside it ("respond to requests"; not "accused the army of attacking"). A quotation asserts all
    it holds, however it is parsed."""
    return bool(
        statement.kind != StatementKind.DIRECT
        and top.idx == statement.content.start
        and top.dep_ in {"prep", "agent"}
        and top.pos_ == "ADP"
        and top.head.i != top.i
    )


def _assertive_cue(trigger: Any, statement: Statement) -> bool | None:
    """Whether the statement's cue is a saying, reporting, promising or accusing word (or a colon that
    introduces speech); None when the statement has no cue."""
    if statement.cue is None:
        return None
    if statement.cue.text.rstrip().endswith(":") or not any(ch.isalnum() for ch in statement.cue.text):
        return True  # a colon, or a dash before a reader's name: what follows is what they wrote
    cue = trigger.doc.char_span(statement.cue.start, statement.cue.end, alignment_mode="expand")
    if cue is None:
        return False
    verbs = [t for t in cue if t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"aux", "auxpass"}]
    assertive = _assertive_lemmas()
    if not verbs:
        if all(t.pos_ in {"PROPN", "PUNCT", "DET", "ADP", "CCONJ", "NUM"} or t.is_space for t in cue[:2]):
            return None  # a name where the cue should be: nothing says what the source does
        return any(_lemma(t) in assertive for t in cue)
    # "continue to ignore", "going on to contrast": the last verb is the act; "said at a briefing"; but
    # a participle clause after a saying is no part of the act ("said, referring to the country's name"),
    # nor a gerund in a prepositional phrase of the saying, which names its topic ("said of accepting")
    last = verbs[-1]
    first = verbs[0]
    if (
        len(verbs) == 2
        and last.tag_ == "VBG"
        and (
            (last.dep_ == "advcl" and last.head.i == first.i)
            or (last.dep_ == "pcomp" and last.head.head.i == first.i)
        )
        and _lemma(first) in assertive
    ):
        last = first  # not "filed a lawsuit alleging …", where the participle is the saying
    return _lemma(last) in assertive or all(_lemma(t) in assertive for t in verbs)


@functools.cache
def _assertive_lemmas() -> frozenset[str]:
    """Cue lemmas that assert what they report: the assertive cue words and every word of saying
    ("they conclude", "he reiterated" assert as "said" does)."""
    return _words("assertive_cue_lemmas") | _words("speech_lemmas")


def _presupposed(trigger: Any) -> bool:
    """A definite noun event in a prepositional phrase ("after the Sept. 11 attacks", "around the time
    of Kennedy's assassination", "a witness in this committee's investigation"), as a subject ("said
    the U.S. sanctions got results") or as the object of a verb that neither reports nor performs it
    ("mishandled the investigation", "citing the release of prisoners"; but "announced the arrest",
    "launched the attack") is taken for granted, not asserted by the speaker. An object needs "the":
    "overruled that request" points back into the speaker's own story. A conjunct takes its first
    conjunct's place ("focused on her incarceration and the sanctions"). Verb events are taken for
    granted as :func:`_presupposed_verb` says."""
    if not _is_noun(trigger):
        return _presupposed_verb(trigger)
    if any(c.dep_ == "amod" and _lower(c) == "same" for c in trigger.children):
        return True  # "it's still the same false attack": "same" points back to a known one
    slot = trigger
    while slot.dep_ == "conj" and slot.head.i != slot.i and _is_noun(slot.head):
        slot = slot.head
    if slot.dep_ == "dobj":
        if _named(trigger):
            return True  # "noted the Sept. 11 attacks", "ended the Iraq War": known history
        lemma = _lemma(slot.head)
        return lemma not in _words("light_verbs") | _words("speech_lemmas") | _words(
            "np_reporting_verbs"
        ) and any((c.dep_ == "det" and _lower(c) == "the") or c.dep_ == "poss" for c in trigger.children)
    if slot.dep_ not in {"pobj", "nsubj", "nsubjpass", "nmod"}:
        return False
    return _definite(trigger)


def _definite(noun: Any) -> bool:
    """A noun with "the", a demonstrative or a possessive (:func:`_pointed`)."""
    return any(c.dep_ == "det" and _lower(c) == "the" for c in noun.children) or _pointed(noun)


def _presupposed_verb(trigger: Any) -> bool:
    """A verb event the speaker takes for granted rather than asserts: a participle modifying a noun
    ("the suing states", "a truce brokered by Qatar"), a gerund in a prepositional phrase ("right in
    saying", "as a result of police being shot"; not after a word of accusing or saying: "accused the
    army of attacking"), a past event in a temporal clause ("when he was shot", "when he said Wednesday
    night", and the gerund of an aspectual verb there: "when Mr. Trump began attacking", see
    :func:`_aspect_clause`) and the clause of a comparison ("not as rich as he says he is")."""
    if trigger.dep_ in {"amod", "compound"} and trigger.tag_ == "VBG" and _is_noun(trigger.head):
        return True
    if trigger.dep_ == "amod" and trigger.tag_ == "VBN" and any(c.dep_ == "advmod" for c in trigger.children):
        return True  # an adjectival passive ("a publicly traded company"); not "his announced plans"
    # "the Americans supporting Trump", "a law banning fracking"; a past participle too: "a ceasefire
    # brokered by Russia", "people killed by police" (not "reported two guards wounded": see below)
    if trigger.dep_ == "acl" and trigger.tag_ in {"VBG", "VBN"} and _reduced_relative(trigger.head):
        return True
    clause = _aspect_clause(trigger)
    if clause.dep_ == "relcl" and _past(clause) and _relative_when(clause):
        return True  # "since Jan. 7, 2012, when Barkley hosted": a past event that dates the time it names
    if clause.dep_ == "pcomp" and clause.tag_ in {"VBG", "VBN"}:
        prep = clause.head
        above = prep.head
        if _lemma(above) in _words("hypothetical_heads") | _words("report_nouns"):
            return False  # "interested in buying", "the claim of having"
        if _lower(prep) == "for" and _lemma(above) in _words("judging_verbs"):
            return True  # "scolding our allies for even considering …": what one is judged for was done
        # "as a result of police being shot" (a complex preposition), "the horror of being warned"
        # (a definite subject)
        known = above.dep_ == "pobj" or (above.dep_ in {"nsubj", "nsubjpass"} and _definite(above))
        return (_lower(prep) == "of" and known) or _lower(prep) in _words("presupposing_gerund_preps")
    if any(node.dep_ == "csubj" and node.tag_ == "VBG" for node in [clause, *_ancestors(clause)][:3]):
        return True  # "Hearing him talk about … makes me fearful": a gerund subject is taken as known
    if clause.dep_ != "advcl":
        return False
    marks = [_lower(c) for c in clause.children if c.dep_ in {"mark", "advmod"} and c.i < clause.i]
    if "as" in marks and clause.head.pos_ in {"ADJ", "ADV"}:
        return True  # "as rich as he says"
    past = clause.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and _tag(c) == "VBD" for c in clause.children
    )
    # "would sometimes dismiss …, only to laud the same concepts when they were offered": habitual; but a
    # measure before the mark dates one occasion ("would be released on Friday, a day after his plane was
    # shot down")
    measured = any(c.dep_ == "npadvmod" and c.i < clause.i for c in clause.children)
    return (
        past
        and any(m in _words("temporal_marks") for m in marks)
        and (measured or _modal(_main_path(clause), "modals") is None)
    )


def _aspect_clause(trigger: Any) -> Any:
    """The verb whose clause a verb event stands in: the head of the clause it is conjoined to, and the
    aspectual verb it completes ("when Mr. Trump began attacking Heidi Cruz": the attacking is dated by
    the "when" clause as the beginning is), so a clause's temporal mark reaches both."""
    clause = trigger
    while clause.head.i != clause.i and (
        (clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"})
        or (clause.dep_ == "xcomp" and _lemma(clause.head) in _words("aspectual_verbs"))
    ):
        clause = clause.head
    return clause


def _written_act(trigger: Any, statement: Statement) -> bool:
    """A speech act the source performs in what it writes or sends, as a participle on the cue or on the
    cue's object ("wrote an op-ed urging Congress to …", "wrote to Lynch, urging the Justice Department
    to …", "sent a letter calling for …"): the urging is done by the writing, which the writer reports,
    as it reports the cue (observed); what is urged keeps its own status."""
    if (
        trigger.tag_ != "VBG"
        or trigger.dep_ not in {"advcl", "acl"}
        or _lemma(trigger) not in _words("speaker_acts") | _words("speech_lemmas")
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children):
        return False
    cue = statement.cue
    head = trigger.head
    if head.dep_ == "dobj" and _is_noun(head):
        head = head.head  # the message the cue's verb sends or writes
    return cue is not None and cue.start <= head.idx < cue.end and _lemma(head) in _words("writing_cues")


def _relayed_act(trigger: Any, statement: Statement) -> bool:
    """A public act of speech a spokesperson relays for the party it speaks for (``spokesperson_nouns``
    in the source; ``relayed_acts`` in the simple past, with a subject of its own or conjoined to a
    verb that has one): "Guterres condemned the attack and called for …, his spokesman said",
    "a Rwandan government spokeswoman said Kigali regretted the expulsion and charged that …". The
    spokesperson's saying is the channel of the act, not a second witness to it: the writer reports the
    act as done (observed), and no 010 is coded for the spokesperson. What the act says (the charge's
    content) keeps its own status, and a material act the spokesperson reports ("responded by shelling
    …, the defence ministry said") stays claimed."""
    source = statement.source
    if statement.kind != StatementKind.INDIRECT or source is None:
        return False
    if trigger.pos_ != "VERB" or trigger.tag_ != "VBD" or _lemma(trigger) not in _words("relayed_acts"):
        return False
    doc = trigger.doc
    span = doc.char_span(source.start, source.end, alignment_mode="expand")
    if span is None or not any(_lower(t) in _words("spokesperson_nouns") for t in span):
        return False
    clause = trigger
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        # "conj", or "dep" where the parse loses the coordination ("regretted …, again denied …")
        if clause.dep_ not in {"conj", "dep"} or clause.head.i == clause.i or clause.head.tag_ != "VBD":
            return False
        clause = clause.head
    if any(c.dep_ in {"aux", "auxpass"} or c.dep_ == "neg" for c in clause.children):
        return False
    if _other_party(clause, statement.speaker.country):
        return False  # "a Pentagon spokesman said Iran denied …": a third party's act, reported (claimed)
    return clause.dep_ in {"ccomp", "ROOT", "conj", "dep"} and _in_content(clause.idx, statement)


def _other_party(clause: Any, country: str | None) -> bool:
    """Whether the subject of ``clause`` names a country other than ``country`` (the spokesperson's):
    then the spokesperson reports another party's act rather than relaying its own party's."""
    if country is None:
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN":
        return False
    named = code_actor(" ".join(t.text for t in subject.subtree)).country
    return named is not None and named != country


def _relative_when(clause: Any) -> bool:
    """Whether a relative clause is opened by "when" on the time it describes ("in 2008, when …"); not
    "where", which also opens the cases a rule covers ("in cases where common sense made clear …")."""
    first = clause.left_edge
    return bool(_lower(first) == "when" and first.tag_ == "WRB" and first.head.i == clause.i)


def _reduced_relative(noun: Any) -> bool:
    """Whether a participle on ``noun`` is a reduced relative clause, which describes its noun as it is
    ("the crises facing our country", "a law banning fracking", "a truce brokered by Qatar"), and not
    the verb of a clause whose subject the noun is: the object of a saying or perceiving ("reported grenades
    hitting the consulate"), a noun after "of"/"about" on a word that is no noun ("sick of the
    campaign lying about me") or a name in a headline ("Hillary Asking Moderator")."""
    if not _is_noun(noun) or noun.tag_ == "NNP":
        return False
    head = noun.head
    sayings = _words("speech_lemmas") | _words("perception_verbs") | _words("np_reporting_verbs")
    if noun.dep_ == "dobj" and _lemma(head) in sayings:
        return False
    return not (noun.dep_ == "pobj" and _lower(head) in {"of", "about"} and not _is_noun(head.head))


def _indefinite_event(trigger: Any, noun: Any) -> bool:
    """An event noun with "a"/"an" as the object of the preposition right above it names an event the
    clause brings about or supposes, not one already there: it shares the clause's modals and
    conditions ("would take weeks to convene the DNC for a special meeting", "only if the country was
    involved in a terror attack"); so does a bare common plural ("could still be subject to
    administrative sanctions"); "the"/a possessive points to a known one ("this spiral of
    escalation")."""
    if noun.i != trigger.i or any(c.dep_ == "poss" for c in noun.children):
        return False
    dets = [_lower(c) for c in noun.children if c.dep_ == "det"]
    if not dets:  # a bare common plural: "could be subject to administrative sanctions"
        return bool(noun.tag_ == "NNS")
    return any(d in {"a", "an"} for d in dets)


def _main_path(clause: Any) -> list[Any]:
    """The heads of an adverbial clause up to the head of the clause it modifies."""
    out = []
    node = clause
    while node.dep_ in {"advcl", "conj"} and node.head.i != node.i:
        node = node.head
        out.append(node)
    return out


def _governing_path(trigger: Any, path: list[Any]) -> list[Any]:
    """The part of the clause path whose modals and conditions scope the trigger.

    A noun event inside a prepositional phrase is outside the scope of the verb above it
    ("must break this spiral of escalation"), except after an intention or evidence noun
    ("plans for an invasion", "signs of de-escalation").
    """
    if not _is_noun(trigger):
        return path
    keep = _words("hypothetical_heads") | _words("evidence_nouns")
    out = [path[0]]
    for node in path[1:]:
        prev = out[-1]
        if (
            prev.dep_ == "pobj"
            and node.dep_ == "prep"
            and (_lower(node) not in {"of", "for"} or _lemma(node.head) not in keep)
            and not _indefinite_event(path[0], prev)
        ):
            break
        out.append(node)
    return out
