from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from watchfloor.extract.evidential import classify_status, statement_for
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _trigger(nlp: Any, sentence: str, word: str) -> Any:
    doc = nlp(sentence)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        ("Russia attacked Ukraine.", "attacked", EvidentialStatus.OBSERVED),
        ("Russia did not attack Ukraine.", "attack", EvidentialStatus.NEGATED),
        ("Russia never attacked Ukraine.", "attacked", EvidentialStatus.NEGATED),
        ("NATO had not seen any signs of withdrawal.", "withdrawal", EvidentialStatus.NEGATED),
        ("Russia may attack Ukraine.", "attack", EvidentialStatus.HYPOTHETICAL),
        ("Russia will attack Ukraine.", "attack", EvidentialStatus.HYPOTHETICAL),
        ("If Russia attacks Ukraine, NATO will respond.", "attacks", EvidentialStatus.HYPOTHETICAL),
        ("Russia plans to invade Ukraine.", "invade", EvidentialStatus.HYPOTHETICAL),
        ("Don't shoot him.", "shoot", EvidentialStatus.HYPOTHETICAL),
        ("Russia denied that its troops attacked Ukraine.", "attacked", EvidentialStatus.DENIED),
        ("Moscow rejected claims that its troops attacked Kyiv.", "attacked", EvidentialStatus.DENIED),
        ("He resigned because of the protests against him.", "protests", EvidentialStatus.OBSERVED),
        ("The plan failed because of opposition by Congress.", "opposition", EvidentialStatus.OBSERVED),
        ("He criticised his failure to release the prisoners.", "release", EvidentialStatus.NEGATED),
        ("The spokesman wouldn't comment.", "comment", EvidentialStatus.NEGATED),
        ("There is no bigger threat to peace than this.", "threat", EvidentialStatus.OBSERVED),
        ("There were no attacks on the city.", "attacks", EvidentialStatus.NEGATED),
        ("He abandoned his announced plans.", "announced", EvidentialStatus.OBSERVED),
        ("He apologized for accusing the senator.", "accusing", EvidentialStatus.OBSERVED),
        ("People tend not to criticize the minister.", "criticize", EvidentialStatus.NEGATED),
        (
            "The program allows investors to gain citizenship by investing.",
            "investing",
            EvidentialStatus.HYPOTHETICAL,
        ),
        ("The rebels can attack the capital.", "attack", EvidentialStatus.HYPOTHETICAL),
        ("The army is going to attack the capital.", "attack", EvidentialStatus.HYPOTHETICAL),
        ("We have got to negotiate with them.", "negotiate", EvidentialStatus.HYPOTHETICAL),
        ("The army went on to attack the capital.", "attack", EvidentialStatus.OBSERVED),
        (
            "That could include indicting the hackers and imposing sanctions.",
            "imposing",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # a tour still under way: its purpose is not yet carried out (but see the past journeys below)
        ("She has gone on a tour to talk with police leaders.", "talk", EvidentialStatus.HYPOTHETICAL),
        ("When he came to meet the managers, he brought his daughter.", "meet", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_without_statements(
    nlp: Any, sentence: str, word: str, status: EvidentialStatus
) -> None:
    assert classify_status(_trigger(nlp, sentence, word)).status is status


def _statement(text: str, content: str, cue: str, kind: StatementKind = StatementKind.INDIRECT) -> Statement:
    start = text.index(content)
    cue_start = text.index(cue)
    return Statement(
        id="s1",
        source=Span.of(text, 0, 9),
        cue=Span.of(text, cue_start, cue_start + len(cue)),
        content=Span.of(text, start, start + len(content)),
        kind=kind,
        speaker=Speaker(name="Officials"),
        sentence=Span.of(text, 0, len(text)),
    )


def test_classify_status_claimed_inside_statement(nlp: Any) -> None:
    text = "Officials said Russian troops attacked the town."
    statement = _statement(text, "Russian troops attacked the town", "said")
    decision = classify_status(_trigger(nlp, text, "attacked"), [statement])
    assert decision.status is EvidentialStatus.CLAIMED and decision.statement is statement
    # the reporting verb itself is the writer's report, not part of the claim
    assert classify_status(_trigger(nlp, text, "said"), [statement]).status is EvidentialStatus.OBSERVED


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # the content is a noun phrase with no cue of saying: the protests are the writer's fact
        (
            "Officials have been unsettled by protests in the city.",
            "protests in the city",
            "have been unsettled by",
            "protests",
            EvidentialStatus.OBSERVED,
        ),
        # a wh-complement presupposes its event
        (
            "Officials explained why the army attacked the town.",
            "why the army attacked the town",
            "explained",
            "attacked",
            EvidentialStatus.OBSERVED,
        ),
        # a definite event as the content's subject is taken as known
        (
            "Officials stressed that the sanctions got results.",
            "the sanctions got results",
            "stressed",
            "sanctions",
            EvidentialStatus.OBSERVED,
        ),
        # an accusation's content is claimed even without a finite clause
        (
            "Officials accused the army of attacking the town.",
            "the army of attacking the town",
            "accused",
            "attacking",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_claimed_only_when_asserted(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    statement = _statement(text, content, cue)
    assert classify_status(_trigger(nlp, text, word), [statement]).status is status


def test_classify_status_negation_beats_claim(nlp: Any) -> None:
    text = "Officials said Russian troops did not attack the town."
    statement = _statement(text, "Russian troops did not attack the town", "said")
    decision = classify_status(_trigger(nlp, text, "attack"), [statement])
    assert decision.status is EvidentialStatus.NEGATED and decision.statement is statement


def test_classify_status_intent_keeps_future_event_real(nlp: Any) -> None:
    trigger = _trigger(nlp, "Japan will provide aid to Haiti.", "provide")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
    assert classify_status(trigger, intent=True).status is EvidentialStatus.OBSERVED


def test_statement_for_uses_fragments_and_skips_cue() -> None:
    text = '"We will leave," said the minister, "and soon."'
    whole = Span.of(text, 1, len(text) - 1)
    statement = Statement(
        id="s1",
        source=Span.of(text, text.index("the minister"), text.index("the minister") + 12),
        cue=Span.of(text, text.index("said"), text.index("said") + 4),
        content=whole,
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="the minister"),
        sentence=Span.of(text, 0, len(text)),
        fragments=(Span.of(text, 1, 15), Span.of(text, text.index("and"), len(text) - 2)),
    )
    assert statement_for(text.index("leave"), [statement]) is statement
    assert statement_for(text.index("soon"), [statement]) is statement
    assert statement_for(text.index("said"), [statement]) is None


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        (
            "It was unclear whether the judges would rule that the mines posed a threat.",
            "threat",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "It is time to create a tax system which asks the rich to pay.",
            "asks",
            EvidentialStatus.HYPOTHETICAL,
        ),
        ("His job was to assist the company.", "assist", EvidentialStatus.OBSERVED),
        ("He proposed dropping the tax as promised.", "promised", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_follows_the_governing_clause(
    nlp: Any, sentence: str, word: str, status: EvidentialStatus
) -> None:
    assert classify_status(_trigger(nlp, sentence, word)).status is status


def test_classify_status_claims_only_through_a_word_of_saying(nlp: Any) -> None:
    text = "Video shows him with his hands up before he was shot."
    content = "him with his hands up before he was shot"
    start, cue = text.index(content), text.index("shows")
    statement = Statement(
        id="s1",
        source=Span.of(text, 0, 5),
        cue=Span.of(text, cue, cue + 5),
        content=Span.of(text, start, start + len(content)),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="Video"),
        sentence=Span.of(text, 0, len(text)),
    )
    decision = classify_status(_trigger(nlp, text, "shot"), [statement])
    assert decision.status is EvidentialStatus.OBSERVED and decision.statement is statement
    text2 = "Russia said that its troops were returning to their bases."
    content2 = "its troops were returning to their bases"
    s2 = text2.index(content2)
    claim = Statement(
        id="s3",
        source=Span.of(text2, 0, 6),
        cue=Span.of(text2, 7, 11),
        content=Span.of(text2, s2, s2 + len(content2)),
        kind=StatementKind.INDIRECT,
        speaker=Speaker(name="Russia"),
        sentence=Span.of(text2, 0, len(text2)),
    )
    assert classify_status(_trigger(nlp, text2, "returning"), [claim]).status is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        # a question is read from the end mark that closes the trigger's own clause
        ("Did the army attack the town in the night", "attack", EvidentialStatus.HYPOTHETICAL),
        ("Why won't he release the prisoners?", "release", EvidentialStatus.HYPOTHETICAL),
        ('Protesters chanted "What curfew?" and kept marching.', "chanted", EvidentialStatus.OBSERVED),
        ('She added, "Who attacked the town?"', "added", EvidentialStatus.OBSERVED),
        ("The army withdrew, but why did it withdraw?", "withdrew", EvidentialStatus.OBSERVED),
        # a comparative correlative is a condition
        ("The sooner he releases the prisoners, the better.", "releases", EvidentialStatus.HYPOTHETICAL),
        # what is only worth doing is not done
        ("The plan is worth examining closely.", "examining", EvidentialStatus.HYPOTHETICAL),
        # "neither … nor" as the subject negates
        ("Neither the army nor the police attacked the protesters.", "attacked", EvidentialStatus.NEGATED),
        # "contradict" rejects the report it takes as object
        (
            "The video contradicted the police's claim that he had attacked officers.",
            "attacked",
            EvidentialStatus.DENIED,
        ),
    ],
)
def test_classify_status_questions_conditions_and_negation(
    nlp: Any, sentence: str, word: str, status: EvidentialStatus
) -> None:
    assert classify_status(_trigger(nlp, sentence, word)).status is status


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a content that is a prepositional phrase of a doing is mentioned, not claimed
        (
            "Officials did not respond to requests for comment.",
            "to requests for comment",
            "did not respond",
            "requests",
            EvidentialStatus.OBSERVED,
        ),
        # a definite event object of a verb that does not report or perform it is taken as known
        (
            "Officials said the police mishandled the investigation.",
            "the police mishandled the investigation",
            "said",
            "investigation",
            EvidentialStatus.OBSERVED,
        ),
        (
            "Officials said the rebels launched the attack.",
            "the rebels launched the attack",
            "said",
            "attack",
            EvidentialStatus.CLAIMED,
        ),
        (
            "Officials announced the arrest of a suspect.",
            "the arrest of a suspect",
            "announced",
            "arrest",
            EvidentialStatus.CLAIMED,
        ),
        # a noun phrase the cue only mentions (citing is no saying), down to its relative clauses
        (
            "The minister cited problems that he blamed on the army.",
            "problems that he blamed on the army",
            "cited",
            "blamed",
            EvidentialStatus.OBSERVED,
        ),
        # a conjunct takes its first conjunct's place
        (
            "Officials said the army focused on the blockade and the sanctions.",
            "the army focused on the blockade and the sanctions",
            "said",
            "sanctions",
            EvidentialStatus.OBSERVED,
        ),
    ],
)
def test_classify_status_mentioned_not_claimed(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    statement = _statement(text, content, cue)
    assert classify_status(_trigger(nlp, text, word), [statement]).status is status


def test_classify_status_have_got_to_is_an_obligation(nlp: Any) -> None:
    # the parse the model gives "we've got to back away and say …": "say" conjoined to "got"
    words = ["we", "'ve", "got", "to", "back", "away", "and", "say", "it", "."]
    heads = [2, 2, 2, 4, 2, 4, 2, 2, 7, 2]
    deps = ["nsubj", "aux", "ROOT", "aux", "xcomp", "advmod", "cc", "conj", "dobj", "punct"]
    tags = ["PRP", "VBP", "VBN", "TO", "VB", "RB", "CC", "VB", "PRP", "."]
    pos = ["PRON", "AUX", "VERB", "PART", "VERB", "ADV", "CCONJ", "VERB", "PRON", "PUNCT"]
    lemmas = ["we", "have", "get", "to", "back", "away", "and", "say", "it", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert classify_status(doc[7]).status is EvidentialStatus.HYPOTHETICAL
    doc2 = Doc(
        nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        tags=tags,
        pos=pos,
        lemmas=[*lemmas[:1], "do", *lemmas[2:]],
    )
    assert classify_status(doc2[7]).status is EvidentialStatus.OBSERVED  # no "have": not "got to"


def test_classify_status_act_conjoined_to_the_cue_is_observed(nlp: Any) -> None:
    # "The minister said it failed and criticized the rebels.", the content drawn over both verbs
    words = ["The", "minister", "said", "it", "failed", "and", "criticized", "the", "rebels", "."]
    heads = [1, 2, 2, 4, 2, 2, 2, 8, 6, 2]
    deps = ["det", "nsubj", "ROOT", "nsubj", "ccomp", "cc", "conj", "det", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "PRP", "VBD", "CC", "VBD", "DT", "NNS", "."]
    pos = ["DET", "NOUN", "VERB", "PRON", "VERB", "CCONJ", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "minister", "say", "it", "fail", "and", "criticize", "the", "rebel", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    text = doc.text
    statement = _statement(text, "it failed and criticized the rebels", "said")
    assert classify_status(doc[4], [statement]).status is EvidentialStatus.CLAIMED
    assert classify_status(doc[6], [statement]).status is EvidentialStatus.OBSERVED


def _quoted(text: str, content: str, cue: str) -> Statement:
    statement = _statement(text, content, cue)
    return Statement(
        id=statement.id,
        source=None,  # the speaker follows the quotation: no offset of it overlaps the quote
        cue=statement.cue,
        content=statement.content,
        kind=StatementKind.DIRECT,
        speaker=statement.speaker,
        sentence=statement.sentence,
    )


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a non-restrictive relative clause is the writer's supplement, the rest the source's claim
        (
            "Officials said the bill, which cut taxes, was passed.",
            "the bill, which cut taxes, was passed",
            "said",
            "cut",
            EvidentialStatus.OBSERVED,
        ),
        (
            "Officials said the bill, which cut taxes, was passed.",
            "the bill, which cut taxes, was passed",
            "said",
            "passed",
            EvidentialStatus.CLAIMED,
        ),
        # a past event in a temporal clause is presupposed
        (
            "Officials said the man was unarmed when he was shot.",
            "the man was unarmed when he was shot",
            "said",
            "shot",
            EvidentialStatus.OBSERVED,
        ),
        # a gerund after "in" is presupposed
        (
            "Officials said the mayor was right in resigning.",
            "the mayor was right in resigning",
            "said",
            "resigning",
            EvidentialStatus.OBSERVED,
        ),
        # the clause of a noun the cue takes is that noun's ("ignore the fact that …"), not a claim
        (
            "Critics ignore the fact that the army attacked the town.",
            "the fact that the army attacked the town",
            "ignore",
            "attacked",
            EvidentialStatus.OBSERVED,
        ),
        # a factive complement stays asserted under "failed to note"
        (
            "Officials said the report failed to note that the army withdrew.",
            "the report failed to note that the army withdrew",
            "said",
            "withdrew",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_supplements_and_presuppositions(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    statement = _statement(text, content, cue)
    assert classify_status(_trigger(nlp, text, word), [statement]).status is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a first-person hedged performative is performed
        ('"What I would say is that the talks failed," the minister said.', "say", "claimed"),
        ('"I want to ask you: will the army withdraw?" the reporter said.', "ask", "claimed"),
        ('"Let me ask you, will the army withdraw?" the reporter said.', "ask", "claimed"),
        ('"To them I say the following: why wait?" the minister said.', "say", "claimed"),
        # but not a possible one
        ('"Maybe I can say it again," the minister said.', "say", "hypothetical"),
        # the main clause of a speaker's conditional argument
        ('"If you cut the budget, you destroy the army," the minister said.', "destroy", "hypothetical"),
        ('"No matter what anyone says, the army withdrew," the minister said.', "says", "hypothetical"),
        # a relative clause on the predicate of a negated copula
        ('"It is not a town that the army attacked," the minister said.', "attacked", "negated"),
    ],
)
def test_classify_status_in_quotations(nlp: Any, text: str, word: str, status: str) -> None:
    statement = _quoted(text, text[: text.index('"', 1) + 1], "said")
    assert str(classify_status(_trigger(nlp, text, word), [statement]).status) == status


def test_classify_status_dash_cue_introduces_a_quotation(nlp: Any) -> None:
    text = "The army attacked the town. ― Maria Lopez"
    statement = _statement(text, "The army attacked the town.", "―")
    decision = classify_status(_trigger(nlp, text, "attacked"), [statement])
    assert decision.status is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        # a temporal clause in the simple present is generic or still to come, and so is a main clause
        # in the simple present that a "when" clause qualifies
        ("When voters hear a candidate attack the press, they stop listening.", "attack", "hypothetical"),
        ("Sanctions work when the allies are united.", "work", "hypothetical"),
        ("The criticism comes a day before the minister meets the rebels.", "meets", "hypothetical"),
        ("The criticism comes a day before the minister meets the rebels.", "comes", "observed"),
        ("When the army attacked the town, the mayor fled.", "attacked", "observed"),
        # a simple present with an adverb of frequency is a habit; a perfect one reports what happened
        ("The minister always attacks the press.", "attacks", "hypothetical"),
        ("The minister has always attacked the press.", "attacked", "observed"),
        # a raising verb is no intention
        ("The blockade appears to be hurting the rebels.", "hurting", "observed"),
        # a past journey to a place or medium for a purpose reports the purpose carried out
        ("The minister went on television to attack the rebels.", "attack", "observed"),
        ("The minister took to Twitter to attack the rebels.", "attack", "observed"),
        # an adverbial clause is no complement of the intention word it hangs on
        ("When the envoy came to meet me, I did not expect him to threaten the rebels.", "meet", "observed"),
        # the that-clause of a noun of false belief is not so
        ("Voters believed the myth that the army had withdrawn.", "withdrawn", "negated"),
        # a named event as subject is known history, whatever modal is said of it
        ("The historian asked how the Korean War would end.", "War", "observed"),
        # lacking what it takes to do it: it was not done
        ("Nobody has the courage to criticize the general.", "criticize", "negated"),
        # a gerund in the predicate of a copula shares its modal and negation
        (
            "Sanctions should not be a condition for negotiating with the rebels.",
            "negotiating",
            "hypothetical",
        ),
        # not a time: a relative "when" after a noun of time, "when it comes to", a loose tense after a
        # past main clause, and a main clause that takes a complement the "when" clause belongs to
        ("We live at a moment when voters demand change.", "demand", "observed"),
        ("When it comes to taxes, the minister supports cuts.", "supports", "observed"),
        ("The admission came after the minister has attacked the press for years.", "attacked", "observed"),
        ("I think when the army withdraws, the rebels attack.", "think", "observed"),
        ("I think when the army withdraws, the rebels attack.", "attack", "hypothetical"),
    ],
)
def test_classify_status_generic_habitual_and_implied(
    nlp: Any, sentence: str, word: str, status: str
) -> None:
    assert str(classify_status(_trigger(nlp, sentence, word)).status) == status


def test_classify_status_wh_word_of_an_inner_clause_is_no_wh_complement(nlp: Any) -> None:
    # "when" opens the adverbial clause inside the content, not the content: it is still a claim
    text = "Officials explained that when the army withdrew, the rebels attacked the town."
    statement = _statement(text, "that when the army withdrew, the rebels attacked the town", "explained")
    assert classify_status(_trigger(nlp, text, "attacked"), [statement]).status is EvidentialStatus.CLAIMED
    text = "Officials explained how the rebels attacked the town."
    statement = _statement(text, "how the rebels attacked the town", "explained")
    assert classify_status(_trigger(nlp, text, "attacked"), [statement]).status is EvidentialStatus.OBSERVED


def test_classify_status_possessed_object_is_presupposed(nlp: Any) -> None:
    text = "Analysts said the sanctions have contributed to weakening the regime's offensive."
    statement = _statement(text, "the sanctions have contributed to weakening the regime's offensive", "said")
    assert classify_status(_trigger(nlp, text, "offensive"), [statement]).status is EvidentialStatus.OBSERVED
    text = "Analysts said the sanctions have contributed to weakening an offensive."
    statement = _statement(text, "the sanctions have contributed to weakening an offensive", "said")
    assert classify_status(_trigger(nlp, text, "offensive"), [statement]).status is EvidentialStatus.CLAIMED


def test_classify_status_copula_negation_does_not_deny_the_gerund(nlp: Any) -> None:
    # the negation denies the predicate ("not the answer"), not the reducing
    trigger = _trigger(nlp, "Cutting taxes isn't the answer to reducing the deficit.", "reducing")
    assert classify_status(trigger).status is not EvidentialStatus.NEGATED


def test_classify_status_habitual_cue_is_no_particular_saying(nlp: Any) -> None:
    # the guidelines (batch 10): "Mr. Obama often says" describes a habit, not one saying
    text = "Climate change, the minister often says, is the greatest threat."
    statement = _statement(text, "is the greatest threat", "often says")
    trigger = _trigger(nlp, text, "says")
    assert classify_status(trigger, [statement]).status is EvidentialStatus.HYPOTHETICAL
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_cue_is_not_scoped_by_its_content(nlp: Any) -> None:
    # the parser hangs "will" of the quotation on "said": the saying is still the writer's report
    text = '"If it does not stop, it will at some point," said the physicist.'
    statement = _statement(text, '"If it does not stop, it will at some point,"', "said")
    trigger = _trigger(nlp, text, "said")
    assert classify_status(trigger, [statement]).status is EvidentialStatus.OBSERVED
    # a cue's own modal still scopes it
    text = "She would say that the talks failed."
    statement = _statement(text, "that the talks failed", "would say")
    trigger = _trigger(nlp, text, "say")
    assert classify_status(trigger, [statement]).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_future_performative_is_a_promise(nlp: Any) -> None:
    text = 'The mayor said, "I will tell the truth."'
    statement = _statement(text, '"I will tell the truth."', "said", StatementKind.DIRECT)
    assert classify_status(_trigger(nlp, text, "tell"), [statement]).status is EvidentialStatus.HYPOTHETICAL
    text = 'The mayor said, "I must tell you the truth."'
    statement = _statement(text, '"I must tell you the truth."', "said", StatementKind.DIRECT)
    assert classify_status(_trigger(nlp, text, "tell"), [statement]).status is EvidentialStatus.CLAIMED


def test_classify_status_writers_own_hedged_saying_is_hypothetical(nlp: Any) -> None:
    # a performative outside any statement is no quoted speech act: "should" scopes it
    trigger = _trigger(nlp, "I should say that my father studied at MIT.", "say")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_quoted_command_with_do_support(nlp: Any) -> None:
    # '"Don't shoot him," she says.' as the parser reads it: a command, not a negated shooting
    words = ['"', "Do", "n't", "shoot", "him", ",", '"', "she", "says", "."]
    spaces = [False, False, True, True, False, False, True, True, False, False]
    heads = [3, 3, 3, 8, 3, 8, 8, 8, 8, 8]
    deps = ["punct", "aux", "neg", "ccomp", "dobj", "punct", "punct", "nsubj", "ROOT", "punct"]
    tags = ["``", "VBP", "RB", "VB", "PRP", ",", "''", "PRP", "VBZ", "."]
    pos = ["PUNCT", "AUX", "PART", "VERB", "PRON", "PUNCT", "PUNCT", "PRON", "VERB", "PUNCT"]
    lemmas = ['"', "do", "not", "shoot", "he", ",", '"', "she", "say", "."]
    doc = Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
    )
    text = doc.text
    statement = Statement(
        id="s1",
        source=Span.of(text, text.index("she"), text.index("she") + 3),
        cue=Span.of(text, text.index("says"), text.index("says") + 4),
        content=Span.of(text, 0, text.index("she") - 1),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="she"),
        sentence=Span.of(text, 0, len(text)),
    )
    assert classify_status(doc[3], [statement]).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_conjunct_under_negative_implicative(nlp: Any) -> None:
    # a conjoined infinitive shares the implicative's negation
    trigger = _trigger(nlp, "He refused to meet the envoy and discuss the plan.", "discuss")
    assert classify_status(trigger).status is EvidentialStatus.NEGATED


def test_classify_status_possibility_adverb(nlp: Any) -> None:
    trigger = _trigger(
        nlp, "The aides were complimentary, perhaps recognizing that imitation is flattery.", "recognizing"
    )
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
    trigger = _trigger(
        nlp, "The aides were complimentary, recognizing that imitation is flattery.", "recognizing"
    )
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED


def test_classify_status_gerund_subject_of_a_modal(nlp: Any) -> None:
    trigger = _trigger(nlp, "Republicans fear that changing the policy could lead to fraud.", "changing")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
    trigger = _trigger(nlp, "Hearing him talk makes me afraid.", "Hearing")
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED


def test_classify_status_correlative_after_that(nlp: Any) -> None:
    trigger = _trigger(
        nlp, "He believes that the more you help wealthy people, the better off we will be.", "help"
    )
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_intention_noun(nlp: Any) -> None:
    trigger = _trigger(nlp, "He said he had no intention of releasing his returns.", "releasing")
    assert classify_status(trigger).status is not EvidentialStatus.OBSERVED


def _joined_paragraphs(nlp: Any, gap: str) -> Doc:
    # "They will not help.<gap>Veterans protested." with the second sentence misread as a complement
    # of the first, as the parser sometimes does across a paragraph break
    words = ["They", "will", "not", "help", ".", gap, "Veterans", "protested", "."]
    spaces = [True, True, True, False, False, False, True, False, False]
    heads = [3, 3, 3, 3, 3, 4, 7, 3, 7]
    deps = ["nsubj", "aux", "neg", "ROOT", "punct", "dep", "nsubj", "ccomp", "punct"]
    tags = ["PRP", "MD", "RB", "VB", ".", "_SP", "NNS", "VBD", "."]
    pos = ["PRON", "AUX", "PART", "VERB", "PUNCT", "SPACE", "NOUN", "VERB", "PUNCT"]
    lemmas = ["they", "will", "not", "help", ".", gap, "veteran", "protest", "."]
    return Doc(
        nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
    )


def test_classify_status_no_scope_across_a_paragraph_break(nlp: Any) -> None:
    assert classify_status(_joined_paragraphs(nlp, "\n\n")[7]).status is EvidentialStatus.OBSERVED
    assert classify_status(_joined_paragraphs(nlp, "  ")[7]).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_generic_you(nlp: Any) -> None:
    text = 'He said: "You walk down the street and you get shot."'
    statement = _statement(
        text, '"You walk down the street and you get shot."', "said:", StatementKind.DIRECT
    )
    assert classify_status(_trigger(nlp, text, "shot"), [statement]).status is EvidentialStatus.HYPOTHETICAL
    # a perfect speaks of the addressee: what "you" did is claimed
    text = 'She said: "You have insulted women for years."'
    statement = _statement(text, '"You have insulted women for years."', "said:", StatementKind.DIRECT)
    assert classify_status(_trigger(nlp, text, "insulted"), [statement]).status is EvidentialStatus.CLAIMED


def test_classify_status_indefinite_object_of_an_infinitive(nlp: Any) -> None:
    trigger = _trigger(
        nlp, "The judges cited the election as a reason to speed release of records.", "release"
    )
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
    # a definite object is there already
    trigger = _trigger(nlp, "The failure to comprehend the threats is a dereliction of duty.", "threats")
    assert classify_status(trigger).status is not EvidentialStatus.HYPOTHETICAL


def test_classify_status_reduced_relative_is_taken_for_granted(nlp: Any) -> None:
    text = "She argued that the epidemic of police officers killing unarmed people is intolerable."
    statement = _statement(
        text, "that the epidemic of police officers killing unarmed people is intolerable", "argued"
    )
    assert classify_status(_trigger(nlp, text, "killing"), [statement]).status is EvidentialStatus.OBSERVED
    # the object of a report is what is reported
    text = "He reported rebels attacking the consulate."
    statement = _statement(text, "rebels attacking the consulate", "reported")
    assert classify_status(_trigger(nlp, text, "attacking"), [statement]).status is EvidentialStatus.CLAIMED


def test_classify_status_indefinite_event_shares_the_clause_modal(nlp: Any) -> None:
    trigger = _trigger(nlp, "It would take weeks to convene the committee for a special meeting.", "meeting")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL
    trigger = _trigger(nlp, "We must break this spiral of escalation.", "escalation")
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED


def test_classify_status_examples_share_the_intention(nlp: Any) -> None:
    # "like"/"including" name instances of the proposed projects
    text = "She is proposing projects like installing solar panels and giving states money."
    trigger = _trigger(nlp, text, "installing")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_demonstrative_subject_is_known(nlp: Any) -> None:
    trigger = _trigger(nlp, "We have to let this investigation unfold.", "investigation")
    assert classify_status(trigger).status is EvidentialStatus.OBSERVED
    trigger = _trigger(nlp, "We have to let an investigation unfold.", "investigation")
    assert classify_status(trigger).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_gapped_passive_shares_the_modal(nlp: Any) -> None:
    # "and the White House fumigated": the modal passive "should be" is gapped, however "fumigated" is tagged
    text = "One post said that Obama should be hanged and the White House fumigated and burned to the ground."
    assert classify_status(_trigger(nlp, text, "fumigated")).status is EvidentialStatus.HYPOTHETICAL
    assert classify_status(_trigger(nlp, text, "burned")).status is EvidentialStatus.HYPOTHETICAL


def test_classify_status_adjectival_passive_with_adverb_is_taken_for_granted(nlp: Any) -> None:
    text = "The company said it became a publicly traded company in 2007."
    statement = _statement(text, "it became a publicly traded company in 2007", "said")
    assert classify_status(_trigger(nlp, text, "traded"), [statement]).status is EvidentialStatus.OBSERVED
