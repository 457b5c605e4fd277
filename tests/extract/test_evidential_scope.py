"""Status rules of the third and fourth revisions of 26 Nov (issue #5): what a reported content asserts
and what it only takes for granted, and what it leaves unrealised; words of saying assert what they
report, known events stay known under the verbs and intentions above them, a gerund after a noun names
a course of action, and "unable to" / "insufficient to" say what was not done. The sixth revision's
rules, written for unseen articles: a negated past modal of ability ("could not support") and a negated
word of one's own will ("doesn't want to offer", "no intention of backing") say the event did not
happen; the present "can't", a generic subject, a perfect and another's will do not."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.evidential import classify_status
from watchfloor.model import EvidentialStatus, Span, Speaker, Statement, StatementKind


def _statement(text: str, content: str, cue: str, kind: StatementKind = StatementKind.INDIRECT) -> Statement:
    start = text.index(content)
    cue_start = text.index(cue)
    return Statement(
        id="s1",
        source=None,
        cue=Span.of(text, cue_start, cue_start + len(cue)),
        content=Span.of(text, start, start + len(content)),
        kind=kind,
        speaker=Speaker(name="someone"),
        sentence=Span.of(text, 0, len(text)),
    )


def _status(nlp: Any, text: str, word: str, statements: Statement | list[Statement]) -> EvidentialStatus:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify_status(trigger, statements if isinstance(statements, list) else [statements]).status


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a free relative names what was said or done and takes it as known
        (
            "The senator recalled that the governor did what he said.",
            "the governor did what he said",
            "recalled",
            "said",
            EvidentialStatus.OBSERVED,
        ),
        # opened after a connective ("Therefore, what he said …")
        (
            '"Therefore, what Obama said when he spoke, he was doing the bidding of Cameron," '
            "Farage told the BBC.",
            '"Therefore, what Obama said when he spoke, he was doing the bidding of Cameron,"',
            "told",
            "said",
            EvidentialStatus.OBSERVED,
        ),
        # the head of the relative's own clause is still asserted
        (
            "The senator recalled that the governor did what he said.",
            "the governor did what he said",
            "recalled",
            "did",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_free_relative_is_taken_for_granted(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, _statement(text, content, cue)) is status


def test_classify_status_pseudo_cleft_performative_stays_claimed(nlp: Any) -> None:
    text = '"What I would also say is that the bill passed," the spokesman said.'
    statement = _statement(
        text, '"What I would also say is that the bill passed,"', "said", StatementKind.DIRECT
    )
    assert _status(nlp, text, "say", statement) is EvidentialStatus.CLAIMED


def test_classify_status_conjoined_infinitive_with_its_own_to(nlp: Any) -> None:
    # the parser hangs "to deploy" on "underscores" as a conjunct; its own "to" still makes it unrealised
    text = (
        "Experts say it underscores the regime's determination to mass-produce warheads and "
        "eventually to deploy them on missiles in the field."
    )
    content = (
        "it underscores the regime's determination to mass-produce warheads and eventually to deploy them"
    )
    statement = _statement(text, content, "say")
    assert _status(nlp, text, "deploy", statement) is EvidentialStatus.HYPOTHETICAL


@pytest.mark.parametrize(
    ("word", "judging", "status"),
    [
        ("considering", "scolding", EvidentialStatus.OBSERVED),
        ("considering", "blaming", EvidentialStatus.CLAIMED),
    ],
)
def test_classify_status_what_one_is_judged_for_was_done(
    nlp: Any, word: str, judging: str, status: EvidentialStatus
) -> None:
    text = f'"He keeps {judging} our allies for even considering the vote," the minister said.'
    content = f'"He keeps {judging} our allies for even considering the vote,"'
    statement = _statement(text, content, "said", StatementKind.DIRECT)
    # blaming is accusing: what one is blamed for is the accuser's claim
    assert _status(nlp, text, word, statement) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a relative "when" on a past time: the event dates the time the speaker names
        (
            "Variety said the show had its best ratings since 2012, when Barkley hosted it.",
            "hosted",
            EvidentialStatus.OBSERVED,
        ),
        ("Variety said Barkley hosted the show in 2012.", "hosted", EvidentialStatus.CLAIMED),
        # an intention word that governs only with its complement
        (
            "Officials said the army had a strategy for fighting the rebels.",
            "fighting",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "Officials said there is no legal requirement that candidates release their returns.",
            "release",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # "too … to": what is too early to do is not done; but what is too easy to do is possible
        ("The mayor said it was too early to tell.", "tell", EvidentialStatus.NEGATED),
        (
            "Obama said the law made it too easy for people to acquire rifles.",
            "acquire",
            EvidentialStatus.HYPOTHETICAL,
        ),
    ],
)
def test_classify_status_background_and_unrealised_in_contents(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    content = text[text.index("said") + len("said") + 1 : -1]  # all after "said" but the full stop
    assert _status(nlp, text, word, _statement(text, content, "said")) is status


def test_classify_status_disclaimed_saying_is_negated(nlp: Any) -> None:
    text = '"That\'s not to say that the others were idle," says Gutin.'
    statement = _statement(
        text, '"That\'s not to say that the others were idle,"', "says", StatementKind.DIRECT
    )
    assert _status(nlp, text, "say", statement) is EvidentialStatus.NEGATED


@pytest.mark.parametrize(
    ("cue", "status"),
    [
        # a participle after a saying is no part of the act: the quotation is still said
        ("he said, referring to the country's name", EvidentialStatus.CLAIMED),
        # a doing whose participle is the saying stays a saying ("filed a lawsuit alleging")
        ("he filed a lawsuit alleging", EvidentialStatus.CLAIMED),
    ],
)
def test_classify_status_participle_after_the_cue(nlp: Any, cue: str, status: EvidentialStatus) -> None:
    text = f'"We remain open to credible talks with the North," {cue}.'
    statement = _statement(
        text, '"We remain open to credible talks with the North,"', cue, StatementKind.DIRECT
    )
    assert _status(nlp, text, "open", statement) is status


@pytest.mark.parametrize(
    ("sentence", "word", "status"),
    [
        (
            "The stance undercuts its potential appeal to young voters.",
            "appeal",
            EvidentialStatus.HYPOTHETICAL,
        ),
        ("The stance undercuts its broad appeal to young voters.", "appeal", EvidentialStatus.OBSERVED),
        ("The airline criticized the proposed ban on flights.", "ban", EvidentialStatus.HYPOTHETICAL),
        (
            "They endorse putting cameras on officers and accepting refugees.",
            "accepting",
            EvidentialStatus.HYPOTHETICAL,
        ),
        ("They regret putting cameras on officers.", "putting", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_proposed_and_possible_events(
    nlp: Any, sentence: str, word: str, status: EvidentialStatus
) -> None:
    trigger = next(t for t in nlp(sentence) if t.text == word)
    assert classify_status(trigger).status is status


@pytest.mark.parametrize(
    ("text", "content", "word", "status"),
    [
        # "the same attack" points back to one already known
        (
            '"It is still the same false attack," the spokesman said.',
            '"It is still the same false attack,"',
            "attack",
            EvidentialStatus.OBSERVED,
        ),
        (
            '"It is a new attack," the spokesman said.',
            '"It is a new attack,"',
            "attack",
            EvidentialStatus.CLAIMED,
        ),
        # what a free relative names is known, whatever the negation above it
        (
            '"His record does not match what he says as a candidate," Cruz said.',
            '"His record does not match what he says as a candidate,"',
            "says",
            EvidentialStatus.OBSERVED,
        ),
        # a present obligation ("have to", "ought to") leaves the act unrealised
        (
            '"They have to stop and listen and recognize the problem," he said.',
            '"They have to stop and listen and recognize the problem,"',
            "recognize",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            '"Everyone in the country ought to be worried about that," he said.',
            '"Everyone in the country ought to be worried about that,"',
            "worried",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # a hedged performative ("I would venture to say") is said in the saying
        (
            '"I would venture to say we have never had this much attention," he said.',
            '"I would venture to say we have never had this much attention,"',
            "say",
            EvidentialStatus.CLAIMED,
        ),
        # "declined to" is a negative implicative, like "refused to"
        (
            '"Trump has so far declined to release any tax returns," the paper said.',
            '"Trump has so far declined to release any tax returns,"',
            "release",
            EvidentialStatus.NEGATED,
        ),
        # the last of several conjoined infinitives shares the first one's "to"
        (
            '"He encourages his sons to cheat, steal or kill their way to glory," the critic said.',
            '"He encourages his sons to cheat, steal or kill their way to glory,"',
            "kill",
            EvidentialStatus.HYPOTHETICAL,
        ),
    ],
)
def test_classify_status_in_quotations_third_round(
    nlp: Any, text: str, content: str, word: str, status: EvidentialStatus
) -> None:
    statement = _statement(text, content, "said", StatementKind.DIRECT)
    assert _status(nlp, text, word, statement) is status


@pytest.mark.parametrize(
    ("text", "content", "word", "status"),
    [
        # a gerund weighed against another names a course of action, not an occurrence
        (
            '"Cutting the deficit is more important than defending the nation," he said.',
            '"Cutting the deficit is more important than defending the nation,"',
            "defending",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            '"This is a choice between taking the hill and charging ahead or retreating," she said.',
            '"This is a choice between taking the hill and charging ahead or retreating,"',
            "retreating",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # what a speaker only supposes is not asserted; what she knows is
        (
            '"I imagine it pulled him out of bed this morning," she said.',
            '"I imagine it pulled him out of bed this morning,"',
            "pulled",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            '"I know it pulled him out of bed this morning," she said.',
            '"I know it pulled him out of bed this morning,"',
            "pulled",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_compared_and_supposed(
    nlp: Any, text: str, content: str, word: str, status: EvidentialStatus
) -> None:
    statement = _statement(text, content, "said", StatementKind.DIRECT)
    assert _status(nlp, text, word, statement) is status


# the fourth revision of 26 Nov (issue #5): rules read off batches 1-14


@pytest.mark.parametrize("cue", ["concluded", "reiterated"])
def test_classify_status_saying_verbs_assert_a_quotation(nlp: Any, cue: str) -> None:
    text = f'"The sanctions show that the regime funds the militias," they {cue}.'
    statement = _statement(
        text, '"The sanctions show that the regime funds the militias,"', cue, StatementKind.DIRECT
    )
    assert _status(nlp, text, "funds", [statement]) is EvidentialStatus.CLAIMED


@pytest.mark.parametrize(
    ("text", "content", "cue", "word", "status"),
    [
        # a named event as object is known history, whatever the cue
        (
            "The mayor noted the Sept. 11 attacks and her work for the police.",
            "the Sept. 11 attacks and her work for the police",
            "noted",
            "attacks",
            EvidentialStatus.OBSERVED,
        ),
        # an indefinite object of the same cue is still what the source reports
        (
            "The mayor noted an attack on the police station.",
            "an attack on the police station",
            "noted",
            "attack",
            EvidentialStatus.CLAIMED,
        ),
    ],
)
def test_classify_status_named_event_objects(
    nlp: Any, text: str, content: str, cue: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, [_statement(text, content, cue)]) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a possessed event noun the verb acts on is there already, under an intention or a modal
        (
            "In 2008 she sought to counter the senator's appeal to young voters.",
            "appeal",
            EvidentialStatus.OBSERVED,
        ),
        (
            "The governor plans to end the army's occupation of the valley.",
            "occupation",
            EvidentialStatus.OBSERVED,
        ),
        # the object of a light verb is the event to be held
        ("The governor plans to hold his meeting with the unions.", "meeting", EvidentialStatus.HYPOTHETICAL),
        # a gerund after for/to/against on a noun names a course of action
        (
            "The law set up a process for admitting and resettling refugees.",
            "admitting",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "The law set up a process for admitting and resettling refugees.",
            "resettling",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "There is strong resistance to welcoming refugees in the town.",
            "welcoming",
            EvidentialStatus.HYPOTHETICAL,
        ),
        # not on a noun that judges or answers what was done
        ("The town got credit for welcoming the refugees.", "welcoming", EvidentialStatus.OBSERVED),
        (
            "In addition to releasing the prisoners, the army withdrew.",
            "releasing",
            EvidentialStatus.OBSERVED,
        ),
        # an infinitive after "unable" / "insufficient", also when the parser hangs it on the copula
        ("The evidence is insufficient to support a prosecution.", "support", EvidentialStatus.NEGATED),
        ("Congress was unable to act on the bill.", "act", EvidentialStatus.NEGATED),
    ],
)
def test_classify_status_known_objects_courses_and_inability(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a verb whose object is determined by "no" did not happen; not a saying that quotes a "no"
        ("The company offers no paid leave to its workers.", "offers", EvidentialStatus.NEGATED),
        ("The company offers paid leave to its workers.", "offers", EvidentialStatus.OBSERVED),
        ("When I said no boots on the ground, I meant it.", "said", EvidentialStatus.OBSERVED),
        # litotes: "not the first time" says it has happened before
        (
            "It is not the first time that the company has broken the rules.",
            "broken",
            EvidentialStatus.OBSERVED,
        ),
        ("It is not something that the company has done.", "done", EvidentialStatus.NEGATED),
        # a bare plural in the phrase of a modal verb is as unrealised as the verb
        ("Officials could still be subject to sanctions.", "sanctions", EvidentialStatus.HYPOTHETICAL),
        ("Officials could still be subject to the sanctions.", "sanctions", EvidentialStatus.OBSERVED),
        # a record of doing something says it was done
        ("There is a long precedent for opposing the tax.", "opposing", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_no_objects_litotes_and_bare_plurals(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


def test_classify_status_command_after_an_interjection(nlp: Any) -> None:
    text = '"Yes, ask the governor," she replied.'
    statement = _statement(text, '"Yes, ask the governor,"', "replied", StatementKind.DIRECT)
    assert _status(nlp, text, "ask", [statement]) is EvidentialStatus.HYPOTHETICAL


# the fifth revision (issue #5, claimed precision on unseen articles): a verb conjoined to a modal copula
# shares the modal, an aspectual verb's gerund its infinitive, a frequency phrase makes a habit, a subjectless
# participle clause takes its clause's mood, "than to" weighs a course, "as we have said" is known, a cue's
# prepositional gerund is its topic, a quoted first-person performative is claimed, "promise to" with an
# impersonal subject forecasts
_CASES = [
    # a verb conjoined to a copula under a modal shares the modal
    (
        '"The city should be thankful for the grant and even agree to repay part of it," she wrote.',
        '"The city should be thankful for the grant and even agree to repay part of it,"',
        "wrote",
        "agree",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # without a modal the conjoined verb is asserted, and the copula's negation is not shared
    (
        "The mayor said the council is not a party body and backs candidates of every stripe.",
        "the council is not a party body and backs candidates of every stripe",
        "said",
        "backs",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # the gerund of an aspectual verb under a to-infinitive is as unrealised as the infinitive
    (
        "The governor said he had instructed the envoy to continue negotiating with the rebels.",
        "he had instructed the envoy to continue negotiating with the rebels",
        "said",
        "negotiating",
        StatementKind.INDIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # a finite aspectual verb reports what is going on
    (
        "The governor said the envoy continued negotiating with the rebels.",
        "the envoy continued negotiating with the rebels",
        "said",
        "negotiating",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # a frequency phrase with a simple present states a habit
    (
        '"He visits the troops a lot," the aide said.',
        '"He visits the troops a lot,"',
        "said",
        "visits",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # the speakers' own earlier saying in an "as" clause is taken as known
    (
        'The spokesman said: "As we have said since March, the minister has been helping the inquiry."',
        '"As we have said since March, the minister has been helping the inquiry."',
        "said:",
        "said",
        StatementKind.DIRECT,
        EvidentialStatus.OBSERVED,
    ),
    # a gerund in a prepositional phrase of the cue names its topic: the cue is still a saying
    (
        '"I would say the answer to that is yes," the senator said of accepting the offer.',
        '"I would say the answer to that is yes,"',
        "said of accepting",
        "say",
        StatementKind.DIRECT,
        EvidentialStatus.CLAIMED,
    ),
    # a first-person performative in the quoted words is claimed whatever the cue
    (
        'The governor went on to compare the plans. "So I would simply say to the voters: read them."',
        'the plans. "So I would simply say to the voters: read them."',
        "went on to compare",
        "say",
        StatementKind.MIXED,
        EvidentialStatus.CLAIMED,
    ),
    # "promise to" with an impersonal subject forecasts; it is no promise
    (
        '"That," he added, "promises to make life harder for our children."',
        '"promises to make life harder for our children."',
        "added",
        "promises",
        StatementKind.DIRECT,
        EvidentialStatus.HYPOTHETICAL,
    ),
    # with a person as subject the promise was made
    (
        "The aide said the senator promised to make life easier for farmers.",
        "the senator promised to make life easier for farmers",
        "said",
        "promised",
        StatementKind.INDIRECT,
        EvidentialStatus.CLAIMED,
    ),
]


@pytest.mark.parametrize(("text", "content", "cue", "word", "kind", "status"), _CASES)
def test_classify_status_fifth_revision(
    nlp: Any, text: str, content: str, cue: str, word: str, kind: StatementKind, status: EvidentialStatus
) -> None:
    doc = nlp(text)
    start = text.index(content)
    trigger = next(t for t in doc if t.text == word and t.idx >= start)
    statement = _statement(text, content, cue, kind)
    assert classify_status(trigger, [statement]).status == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a subjectless participle clause hangs on a modal clause: it takes the modal
        ("The agency will publish the figures next week, adding a forecast.", "adding", "hypothetical"),
        # on a past clause it happened
        ("The agency published the figures last week, adding a forecast.", "adding", "observed"),
        # its negation is not shared: the citing happened
        ("The minister did not comment, citing the inquiry.", "citing", "observed"),
        # a gerund after a preposition under "than" is a course weighed against another
        (
            "Nothing matters more to the party than to winning the next election.",
            "winning",
            "hypothetical",
        ),
    ],
)
def test_classify_status_participle_and_course(nlp: Any, text: str, word: str, status: str) -> None:
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    assert str(classify_status(trigger, []).status) == status


@pytest.mark.parametrize(
    ("text", "word", "content", "status"),
    [
        # a past inability about a fact: the supporting did not happen
        ("A voter said she could not support Trump.", "support", "she could not support Trump", "negated"),
        ("The campaign could not provide the documents.", "provide", None, "negated"),
        # a perfect is counterfactual; a degree ("couldn't get any worse") too
        (
            "He said he could not have known about it.",
            "known",
            "he could not have known about it",
            "hypothetical",
        ),
        ("Just when you thought it couldn't get any worse, it did.", "get", None, "hypothetical"),
        # the present "can't" is mostly a rule or a judgement: it stays modal
        ("Democrats can't win without winning women.", "win", None, "hypothetical"),
    ],
)
def test_classify_status_negated_past_ability(
    nlp: Any, text: str, word: str, content: str | None, status: str
) -> None:
    statements = [_statement(text, content, "said")] if content is not None else []
    assert _status(nlp, text, word, statements) == EvidentialStatus(status)


@pytest.mark.parametrize(
    ("text", "word", "content", "status"),
    [
        (
            "He said he doesn't want to offer predictions.",
            "offer",
            "he doesn't want to offer predictions",
            "negated",
        ),
        ("They have no intention of backing Clinton.", "backing", None, "negated"),
        ("The administration did not want to equate him with spies.", "equate", None, "negated"),
        # advice to anyone, not a will
        (
            "You don't want to be squeezing in ten counties in the last week.",
            "squeezing",
            None,
            "hypothetical",
        ),
        # another's act: what was not required may still happen
        (
            "The deals did not require witnesses to cooperate with Congress.",
            "cooperate",
            None,
            "hypothetical",
        ),
        # a will that is not negated leaves the act intended
        ("He said he wants to offer predictions.", "offer", "he wants to offer predictions", "hypothetical"),
    ],
)
def test_classify_status_negated_will(
    nlp: Any, text: str, word: str, content: str | None, status: str
) -> None:
    statements = [_statement(text, content, "said")] if content is not None else []
    assert _status(nlp, text, word, statements) == EvidentialStatus(status)


# The seventh revision (issue #5): hearsay markers pass an event on as claimed, and a named or personal
# agent's "will not" is a refusal, negated; predictions, vows, passives and questions stay hypothetical.


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The FBI is reportedly making arrangements to interview her.", "making", EvidentialStatus.CLAIMED),
        ("Weiner allegedly sent lurid photos to another woman.", "sent", EvidentialStatus.CLAIMED),
        ("She recounted what happened after the alleged assault.", "assault", EvidentialStatus.CLAIMED),
        (
            "According to the activist group, at least 38 people have been killed since the decree.",
            "killed",
            EvidentialStatus.CLAIMED,
        ),
        # the source the phrase names is no event passed on, and a known event stays known
        ("Clinton leads by six points, according to a new poll.", "poll", EvidentialStatus.OBSERVED),
        (
            "Clinton attended the meeting alone, according to a pool report.",
            "meeting",
            EvidentialStatus.OBSERVED,
        ),
        # a modal still outranks the hearsay
        ("The FBI reportedly could interview her next week.", "interview", EvidentialStatus.HYPOTHETICAL),
        # no marker: the writer's own report
        ("The FBI is making arrangements to interview her.", "making", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_hearsay_marker_is_claimed(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        (
            "According to the activist group, at least 38 people have been killed.",
            "killed",
            "the activist group",
        ),
        (
            "Troops shelled the town, according to John Kirby, the Pentagon spokesman.",
            "shelled",
            "John Kirby",
        ),
        # an adverb or adjective of report names no one
        ("The FBI is reportedly making arrangements to interview her.", "making", None),
        ("She recounted what happened after the alleged assault.", "assault", None),
    ],
)
def test_classify_status_hearsay_names_the_cited_source(
    nlp: Any, text: str, word: str, source: str | None
) -> None:
    doc = nlp(text)
    decision = classify_status(next(t for t in doc if t.text == word), [])
    assert decision.status is EvidentialStatus.CLAIMED
    assert decision.source == source


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        (
            "Weber announced earlier this month that he will not support Trump.",
            "support",
            EvidentialStatus.NEGATED,
        ),
        ("Kasich says he won't take the low road.", "take", EvidentialStatus.NEGATED),
        # a prediction: a passive, a thing or a generic subject, a state; a vow; a question; a condition
        ("Women won't be punished for exercising their rights.", "punished", EvidentialStatus.HYPOTHETICAL),
        ("That won't happen, they believe.", "happen", EvidentialStatus.HYPOTHETICAL),
        ("Workers won't end up seeing the savings.", "end", EvidentialStatus.HYPOTHETICAL),
        ("We won't be able to take more refugees.", "take", EvidentialStatus.HYPOTHETICAL),
        ("I will never let you down.", "let", EvidentialStatus.HYPOTHETICAL),
        ("Why won't he release his tax returns?", "release", EvidentialStatus.HYPOTHETICAL),
        ("If Donald remains Donald, I will not vote for him.", "vote", EvidentialStatus.HYPOTHETICAL),
    ],
)
def test_classify_status_agent_will_not_is_a_refusal(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a subjectless conjunct or participle clause shares the habit of the verb it hangs on
        (
            "Typically, I take my daughter to the store weekly and help her shop for food.",
            "help",
            EvidentialStatus.HYPOTHETICAL,
        ),
        (
            "He routinely spends time with the company, mulling over potential acquisitions.",
            "mulling",
            EvidentialStatus.HYPOTHETICAL,
        ),
        ("Voters consistently reject establishment Republicans.", "reject", EvidentialStatus.HYPOTHETICAL),
        # a past habit reports what happened, and a conjunct with its own subject has its own tense
        ("He took his daughter to the store and helped her shop.", "helped", EvidentialStatus.OBSERVED),
        ("I usually take the bus, and yesterday she drove me.", "drove", EvidentialStatus.OBSERVED),
    ],
)
def test_classify_status_habit_is_shared_by_conjuncts(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        # a passive gerund subject of a modal clause is as unrealised as the clause
        ("Being convicted of a crime can raise the stakes.", "convicted", EvidentialStatus.HYPOTHETICAL),
        ("Changing the policy could lead to fraud.", "Changing", EvidentialStatus.HYPOTHETICAL),
        # a sentence-opening participle clause with a subject after it is an adverbial, not a subject
        ("Being convicted of a crime, he lost his job.", "convicted", EvidentialStatus.OBSERVED),
        # a noun event placed after the time of writing
        ("They talked about the coming debate.", "debate", EvidentialStatus.HYPOTHETICAL),
        ("They spoke before the next primary.", "primary", EvidentialStatus.HYPOTHETICAL),
    ],
)
def test_classify_status_gerund_subject_and_future_noun_are_unrealised(
    nlp: Any, text: str, word: str, status: EvidentialStatus
) -> None:
    assert _status(nlp, text, word, []) is status
