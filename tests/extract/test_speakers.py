from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._speakers import subject_of


def _subject_text(nlp: Any, text: str, cue: str) -> str | None:
    doc = nlp(text)
    verb = next(t for t in doc if t.text == cue)
    subj = subject_of(verb)
    return None if subj is None else str(subj.text)


def test_subject_of_plain_subject(nlp: Any) -> None:
    assert _subject_text(nlp, "The senator said the plan would fail.", "said") == "senator"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the quotation's own subject is not the speaker
        ('"My apologies, I\'m sorry," Quick said after a back-and-forth.', "said", "Quick"),
        # a timestamp line before the name is not the speaker
        (
            "12:15 p.m.:\n\nPresident Barack Obama says that he is not plotting to take away guns.",
            "says",
            "Obama",
        ),
    ],
)
def test_subject_of_nearest_of_several_subjects(nlp: Any, text: str, cue: str, expected: str) -> None:
    assert _subject_text(nlp, text, cue) == expected


def test_subject_of_possessor_of_nominalisation(nlp: Any) -> None:
    text = "Critics attacked Trump’s proposal to ban Muslims from entering the country."
    assert _subject_text(nlp, text, "ban") == "Trump"


def test_subject_of_issuer_of_statement(nlp: Any) -> None:
    text = "His office put out a statement saying the U.S. does not have the capacity to vet refugees."
    assert _subject_text(nlp, text, "saying") == "office"


def test_subject_of_climbs_out_of_reported_clause(nlp: Any) -> None:
    text = (
        "Carson said he plans to preview a strategy for Libya, insisting that U.S. leaders are too concerned."
    )
    assert _subject_text(nlp, text, "insisting") == "Carson"


def test_subject_of_dummy_it_is_no_source(nlp: Any) -> None:
    assert (
        _subject_text(nlp, "It is hard to imagine Republican incumbents surviving in Wisconsin.", "imagine")
        is None
    )


def test_subject_of_verbless_parse(nlp: Any) -> None:
    text = "A Qunnipiac University poll found last week that Clinton would beat Trump 46 to 40 percent."
    assert _subject_text(nlp, text, "found") == "poll"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: "
            "“Hillary Clinton believes that cooperation is essential.”",
            "said",
            "Sullivan",
        ),
        (
            "''I'm more skilled with my hands than I am with my brain,'' said Robin Maynard, half joking.",
            "said",
            "Maynard",
        ),
    ],
)
def test_subject_of_unparsed_subject_beside_verb(nlp: Any, text: str, cue: str, expected: str) -> None:
    assert _subject_text(nlp, text, cue) == expected


def test_subject_of_object_of_causative_acts(nlp: Any) -> None:
    text = "The abrupt announcement led some to speculate that disagreement was to blame."
    assert _subject_text(nlp, text, "speculate") == "some"


def test_subject_of_instrument_object_does_not_act(nlp: Any) -> None:
    text = "Ramos used his acceptance speech to call for the resignation of the president."
    assert _subject_text(nlp, text, "call") == "Ramos"


def test_subject_of_active_verb_tagged_as_participle(nlp: Any) -> None:
    text = (
        "As the Washington Post’s investigative unit reported just today, the State Department "
        "Inspector General issued subpoenas to the Clinton Foundation."
    )
    assert _subject_text(nlp, text, "reported") == "unit"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ('Asked what the deal would cost, the mayor replied: "We will see."', "Asked"),
        ("When asked whom he backed, Mr. Lee smiled and said nothing.", "asked"),
    ],
)
def test_subject_of_unnamed_asker_is_no_source(nlp: Any, text: str, cue: str) -> None:
    assert _subject_text(nlp, text, cue) is None


def test_subject_of_known_for_is_no_speaking(nlp: Any) -> None:
    assert _subject_text(nlp, "She is well known for writing long speeches.", "known") is None


def test_subject_of_it_means_is_no_source(nlp: Any) -> None:
    text = "It means acknowledging that his message is the future of the party."
    assert _subject_text(nlp, text, "acknowledging") is None


def test_subject_of_noun_before_infinitive_is_no_source(nlp: Any) -> None:
    text = "The attacks gave voters good reasons to worry about the crowds."
    assert _subject_text(nlp, text, "worry") is None


def test_subject_of_infinitive_after_prepositional_noun(nlp: Any) -> None:
    text = "The judge pointed to an earlier ruling to say that the order must stand."
    assert _subject_text(nlp, text, "say") == "judge"


def test_subject_of_medium_names_its_author(nlp: Any) -> None:
    text = "Forbes shot back in an article stating that New York was the billionaire capital."
    assert _subject_text(nlp, text, "stating") == "Forbes"


def test_subject_of_passive_experiencer_is_source(nlp: Any) -> None:
    text = "Clinton officials were thrilled with the editorial when it posted."
    assert _subject_text(nlp, text, "thrilled") == "officials"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("“We will win the state,” added another New Hampshire Republican.", "added", "Republican"),
        (
            'Suu Kyi said it was too early to tell but added, "We expect good results."',
            "added",
            "Kyi",
        ),
    ],
)
def test_subject_of_speaker_of_inverted_or_coordinated_cue(
    nlp: Any, text: str, cue: str, expected: str
) -> None:
    assert _subject_text(nlp, text, cue) == expected


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("The council has done nothing to explain the delay to residents.", "explain", "council"),
        ("Garcia was the first mayor in the state to endorse the plan.", "endorse", "Garcia"),
    ],
)
def test_subject_of_infinitive_on_object_or_attribute(nlp: Any, text: str, cue: str, expected: str) -> None:
    assert _subject_text(nlp, text, cue) == expected


def test_subject_of_gerund_after_preposition(nlp: Any) -> None:
    text = "In addition to stating that taxes are too high, the senator has vowed to cut spending."
    assert _subject_text(nlp, text, "stating") == "senator"


def test_subject_of_unlabelled_coordination(nlp: Any) -> None:
    assert (
        _subject_text(nlp, "The senator paused, then revealed why the bill had failed.", "revealed")
        == "senator"
    )


def test_subject_of_name_hung_as_apposition_on_place(nlp: Any) -> None:
    text = "Speaking in Boston, Warren, without naming him, also accused the governor of lying."
    assert _subject_text(nlp, text, "accused") == "Warren"


def test_subject_of_participle_shares_missed_subject_of_its_verb(nlp: Any) -> None:
    # the parse leaves an inverted "said Name" without a subject; the participle after it shares the name
    doc = nlp("“It is valuable,” said Skelly, explaining he worked closely with the party.")
    said = next(t for t in doc if t.text == "said")
    explaining = next(t for t in doc if t.text == "explaining")
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in said.children):
        pytest.skip("the parser found the subject itself; the fallback is not exercised")
    subj = subject_of(explaining)
    assert subj is not None and subj.text == "Skelly"


def test_subject_of_skips_space_token_before_inverted_verb(nlp: Any) -> None:
    doc = nlp("“We need answers,”\u00a0added Gowdy.")
    added = next(t for t in doc if t.text == "added")
    subj = subject_of(added)
    assert subj is not None and subj.text == "Gowdy"


def test_name_before_reads_capitalised_adverb_as_name(nlp: Any) -> None:
    from watchfloor.extract._speakers import _name_before

    doc = nlp("Informed of the lean, Early described it as news to me.")
    verb = next(t for t in doc if t.text == "described")
    early = doc[verb.i - 1]
    if early.tag_ not in ("RB", "MD"):
        pytest.skip("the tagger read the name as a noun; the rule is not exercised")
    assert _name_before(verb) is not None and _name_before(verb).text == "Early"  # type: ignore[union-attr]
    # a quotation's first word is no name
    doc = nlp('He wrote: "Later said they would come."')
    verb = next(t for t in doc if t.text == "said")
    assert _name_before(verb) is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # a noun cue's possessor speaks
        ("Other Republicans joined Pence's call for a special prosecutor.", "call", "Pence"),
        # a preposition cue stands for its noun; the verb that has the noun gives its subject
        ("Senator Rubio also had strong views on the situation.", "on", "Rubio"),
        # a possessive pronoun echoing the verb's subject gives way to it
        ("On Thursday, he expanded upon his calls for more surveillance.", "calls", "he"),
        # an adjective predicated of the subject
        ("He is both strategic and undisciplined about the way he talks.", "undisciplined", "He"),
        # a noun cue's verb through a preposition
        ("Meyer said in a recent interview that Congress had instructed the Fed.", "interview", "Meyer"),
        # a noun with neither is nobody's
        ("The question of a stand-down has loomed over Benghazi.", "question", None),
        # a possessive pronoun stands for the subject of the verb that has the noun
        ("Sanders has toned down his criticism of Clinton.", "criticism", "Sanders"),
        # but not for a subject pronoun it does not agree with
        ("He rejected her criticism of the plan.", "criticism", "her"),
        # nor on a noun in an adjunct: there the possessive pronoun is the source
        ("He also angered prominent Jewish leaders with his comments on Muslims.", "comments", "his"),
        ("In addition to his remarks about abortion, Trump made conflicting statements.", "remarks", "his"),
        # a preposition right after the verb (past a particle) still echoes the subject
        (
            "Republican Donald Trump is doubling down on his support for harsher interrogation.",
            "support",
            "Trump",
        ),
        # an owner phrase names whose it is
        ("There is a sense among voters that the race is over.", "sense", "voters"),
        ("The attack by Trump on the judge was condemned.", "attack", "Trump"),
        # an adjective hanging on a verb describes its subject
        ("The aides left the room, confident that the vote would pass.", "confident", "aides"),
    ],
)
def test_subject_of_nominal_cue(nlp: Any, text: str, cue: str, expected: str | None) -> None:
    assert _subject_text(nlp, text, cue) == expected


def test_subject_of_coordinated_gerund_after_preposition(nlp: Any) -> None:
    text = "Google had a reputation for putting candidates through interviews and asking them brain-teasers."
    doc = nlp(text)
    asking = next(t for t in doc if t.text == "asking")
    if not (asking.dep_ == "conj" and asking.head.dep_ == "pcomp"):
        pytest.skip("the parser did not coordinate the gerunds under the preposition")
    subj = subject_of(asking)
    assert subj is not None and subj.text == "Google"


def test_inverted_reads_name_after_reporting_verb(nlp: Any) -> None:
    from watchfloor.extract._speakers import _inverted

    doc = nlp("“We grow stronger with every vote,” read the email.")
    verb = next(t for t in doc if t.text == "read")
    if verb.tag_ != "VB":
        pytest.skip("the tagger read the verb as past; the base-form rule is not exercised")
    found = _inverted(verb)
    assert found is not None and found.text == "email"
    doc = nlp("He said the plan would fail.")
    assert _inverted(next(t for t in doc if t.text == "said")) is None


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # the "by" phrase hangs on the noun after the verb, not on the verb
        ("Clinton has been attacked on the speeches by Bernie Sanders.", "attacked", "Sanders"),
        ("Mrs. Clinton has been pushed to some of these positions by Mr. Sanders.", "pushed", "Sanders"),
    ],
)
def test_subject_of_passive_agent_past_the_verb(nlp: Any, text: str, cue: str, expected: str) -> None:
    assert _subject_text(nlp, text, cue) == expected


def test_subject_of_asked_ignores_a_late_by_phrase(nlp: Any) -> None:
    text = "He spoke after he was asked about the claim of credit for the attack by an American Muslim."
    assert _subject_text(nlp, text, "asked") is None


def test_subject_of_subordinate_clause_keeps_its_own_subject(nlp: Any) -> None:
    text = "While Will acknowledges Trump’s appeal as a “forceful persona,” he sees Christie as sharing it."
    assert _subject_text(nlp, text, "acknowledges") == "Will"


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        (
            "He did it sideways, acknowledging that Mr. Trump had tapped into a vein but warning that "
            "his style would hurt.",
            "warning",
            "He",
        ),
        (
            "She escalated her criticism on Tuesday, telling CNN that Trump is a faker and questioning "
            "how he has done it.",
            "questioning",
            "She",
        ),
    ],
)
def test_subject_of_cue_hung_in_a_participles_complement(
    nlp: Any, text: str, cue: str, expected: str
) -> None:
    # the parse hangs the cue inside what the participle reports: the participle's speaker speaks
    assert _subject_text(nlp, text, cue) == expected
