"""A learned correction over the evidential-status rules (issue #5, round 18, S22), off by default.

The status rules (:func:`watchfloor.extract.evidential.classify_status`) reach 0.95 on the PolNeAR
batches they were read off and 0.78-0.83 on each newly labelled batch. This layer asks whether a small
log-linear model over the rules' own decision and cheap features of the trigger's parse generalises to a
new batch better than more rules do. It reads the rules' decision (status, and the word that decided it
as the rules name it: the modal, negator, intention word, or the cue of the statement that claims it),
the trigger's part of speech, tag and relation and its head's, the relations up to its clause head, that
clause head's tag and auxiliaries (modal class, perfect, progressive, passive), marks, negation and
subject, the same for the clause above, whether the sentence ends in a question mark, and where the
trigger stands towards the statement holding it (kind, inside quotation marks, before or after its cue,
distance in tokens, bucketed); each feature also crossed with the rules' status. A softmax over claimed /
hypothetical / negated / observed scores them; the model's class replaces the rules' when it beats the
rules' class by more than the file's margin. A denied decision is kept as it is.

Weights: ``knowledge/status_model.json``, fitted by ``scripts/train_status_model.py`` on the tuned status
batches only (``tests/data/evidential/status_labels.jsonl`` minus ``watchfloor.evaluate._status.HELD_OUT``),
features seen in at least three batches (three labelling rounds, by different annotators). Its
``adopted`` key records whether the leave-one-batch-out comparison met the adoption bar (mean accuracy
+0.01, claimed precision not lower); :func:`correct_status` applies the model only when asked to (the
``status_model`` argument), so the pipeline's statuses are the rules' unless a caller switches it on.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any, Final, NamedTuple

from ..errors import KnowledgeError
from ..knowledge import read_json

__all__ = ["CLASSES", "StatusModel", "correct", "revise", "scores", "status_features", "status_model"]

CLASSES: Final = ("claimed", "hypothetical", "negated", "observed")

# relations that open a clause: the climb from the trigger to its clause head stops at one
_CLAUSE: Final = frozenset(
    {"ccomp", "advcl", "relcl", "csubj", "parataxis", "xcomp", "acl", "ROOT", "conj", "pcomp"}
)
# modal auxiliaries by the kind of commitment they make (a class, not a word row)
_MODAL_CLASS: Final = {
    "will": "future",
    "'ll": "future",
    "wo": "future",
    "shall": "future",
    "would": "would",
    "'d": "would",
    "could": "possible",
    "can": "possible",
    "ca": "possible",
    "may": "possible",
    "might": "possible",
    "should": "ought",
    "must": "ought",
    "ought": "ought",
}
_QUOTES: Final = frozenset({'"', "“", "”", "''", "``"})
_WH: Final = frozenset({"WDT", "WP", "WP$", "WRB"})


class StatusModel(NamedTuple):
    """Per-feature weight vectors over ``CLASSES``, the biases, the switching margin and whether the
    leave-one-batch-out comparison adopted it."""

    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]
    margin: float
    adopted: bool


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _clause_head(token: Any) -> tuple[Any, list[str]]:
    """The first verb met climbing from the trigger to its clause boundary (else the node the climb
    stops at) and the relations climbed (at most eight)."""
    node, labels, clause = token, [], None
    for _ in range(8):
        labels.append(str(node.dep_))
        if clause is None and node.pos_ in {"VERB", "AUX"}:
            clause = node
        if (node.dep_ in _CLAUSE and node.i != token.i) or node.head.i == node.i:
            break
        node = node.head
    return (clause if clause is not None else node), labels


def _clause_features(clause: Any, prefix: str) -> list[str]:
    """Tense, aspect, modality, marks, negation and subject of one clause head."""
    out = [f"{prefix}tag={clause.tag_}", f"{prefix}dep={clause.dep_}"]
    for child in clause.children:
        dep, low = child.dep_, child.lower_.replace("\u2019", "'")
        if dep in {"aux", "auxpass"}:
            if low in _MODAL_CLASS:
                out.append(f"{prefix}modal={_MODAL_CLASS[low]}")
            elif child.tag_ == "TO":
                out.append(f"{prefix}to")
            elif child.lemma_ == "have":
                out.append(f"{prefix}perfect")
            elif child.lemma_ == "be":
                out.append(f"{prefix}{'passive' if dep == 'auxpass' else 'progressive'}")
            elif child.lemma_ == "do":
                out.append(f"{prefix}do")
        elif dep == "mark":
            out.append(f"{prefix}mark={low}")
        elif dep == "neg":
            out.append(f"{prefix}neg")
        elif dep in {"nsubj", "nsubjpass"}:
            out.append(f"{prefix}subj=" + (low if child.tag_ == "PRP" else str(child.pos_)))
        elif dep == "advmod" and child.tag_ in _WH:
            out.append(f"{prefix}whadv")
    if clause.left_edge.tag_ in _WH:
        out.append(f"{prefix}wh")
    return out


def _quoted(token: Any) -> bool:
    """Whether an odd number of double quotation marks precede the trigger in its sentence."""
    sent = token.sent
    return sum(1 for t in sent if t.i < token.i and t.text in _QUOTES) % 2 == 1


def _statement_features(token: Any, statement: Any) -> list[str]:
    if statement is None:
        return ["stmt=none"]
    out = [f"stmt={statement.kind}"]
    cue = statement.cue
    if cue is None:
        return [*out, "cue=none"]
    doc = token.doc
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None:
        return [*out, "cue=unaligned"]
    head = span.root
    gap = head.i - token.i
    out.append("cue=" + ("after" if gap > 0 else "before"))
    out.append("cuegap=" + _bucket(abs(gap)))
    out.append(f"cuetag={head.tag_}")
    if token.sent.start != head.sent.start:
        out.append("cue=other-sentence")
    return out


def status_features(token: Any, statement: Any, status: str, cue: str | None) -> list[str]:
    """The trigger's features for the model, each also crossed with the rules' status ``status``;
    ``statement`` is the statement holding the trigger (or None) and ``cue`` the word the rules name."""
    feats = [
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"hdep={token.head.dep_}",
        f"hpos={token.head.pos_}",
    ]
    if cue is not None and status != "claimed":
        feats.append("why=" + cue.lower().replace("\u2019", "'"))
    if token.pos_ in {"NOUN", "PROPN"}:
        det = "none"
        for child in token.children:
            det = "poss" if child.dep_ == "poss" else (child.lower_ if child.dep_ == "det" else det)
        feats.append(f"det={det}")
    clause, labels = _clause_head(token)
    feats.append("path=" + ">".join(labels[:3]))
    feats += sorted(f"on={lab}" for lab in set(labels[1:]))
    feats += _clause_features(clause, "c")
    if clause.head.i != clause.i:
        upper, _ = _clause_head(clause.head)
        feats += _clause_features(upper, "u")
    words = [t for t in token.sent if not t.is_space]
    if any("?" in t.text for t in words[-3:]):
        feats.append("question")
    if _quoted(token):
        feats.append("quoted")
    feats += _statement_features(token, statement)
    return [*feats, *(f"{status}&{x}" for x in feats), f"rule={status}"]


@functools.cache
def status_model() -> StatusModel | None:
    """The shipped weights (``knowledge/status_model.json``), or None when no file is shipped."""
    try:
        data = read_json("status_model.json")
    except KnowledgeError:
        return None
    weights = {str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()}
    return StatusModel(
        weights, tuple(float(x) for x in data["bias"]), float(data["margin"]), bool(data["adopted"])
    )


def scores(model: StatusModel, features: Sequence[str]) -> list[float]:
    """The model's logits over ``CLASSES`` for one trigger's features."""
    out = list(model.bias)
    for name in set(features):
        row = model.weights.get(name)
        if row is not None:
            out = [a + b for a, b in zip(out, row, strict=True)]
    return out


def correct(model: StatusModel, features: Sequence[str], status: str) -> str:
    """The model's class for a trigger the rules gave ``status``, kept as the rules' unless the model's
    best class beats it by more than the model's margin (a status outside ``CLASSES``, denied, stays)."""
    if status not in CLASSES:
        return status
    logits = scores(model, features)
    best = max(range(len(CLASSES)), key=lambda k: (logits[k], -k))
    rule = CLASSES.index(status)
    if best == rule or not math.isfinite(logits[best]) or logits[best] - logits[rule] <= model.margin:
        return status
    return CLASSES[best]


def revise(model: StatusModel, token: Any, statement: Any, status: str, cue: str | None) -> str:
    """The status after the model's correction of the rules' ``status`` (and ``cue``) for the trigger
    ``token`` held by ``statement`` (or None): :func:`correct` over :func:`status_features`."""
    return correct(model, status_features(token, statement, status, cue), status)
