"""The event actors' rules for news stories: the article's home country, person pronouns by gender,
first person in a quote, possessive pronouns, city namesakes (team-written sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract.events import extract_events
from watchfloor.model import Article, Event, ParsedArticle, Span, Speaker, Statement, StatementKind

# three US mentions make the USA the article's home country
US = "The United States and American officials met in Washington on Monday. Americans in Ohio were watching. "


def _events(nlp: Any, text: str, statements: list[Statement] | None = None) -> list[Event]:
    # every coded event: these tests are about actors; whether the keep/drop model (refitted as
    # judgements come in) keeps a posed event is test_events_filter's business
    article = Article(id="a1", text=text, body=((0, len(text)),))
    parsed = ParsedArticle(article=article, doc=nlp(article.body_text()))
    return extract_events(parsed, statements or [], [], keep_filter=False)


def _code(events: list[Event], trigger: str, which: str = "actor1") -> str | None:
    event = next(e for e in events if e.trigger.text == trigger)
    actor = getattr(event, which)
    return actor.code if actor is not None else None


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a person no dictionary knows and the text does not describe
        ("Mark Kowalski criticized the plan.", "USA"),
        # a role with no country in its sentence
        ("The judge rejected the appeal.", "USAJUD"),
        # a city the dictionary puts in a country the article never names (Toledo, Spain) is a namesake
        ("The mayor of Toledo criticized the plan.", "USAGOV"),
        ("Protesters in Toledo criticized the plan.", "USAOPP"),
        # US party labels and chambers
        ("Republicans criticized the plan.", "USAPTY"),
    ],
)
def test_extract_events_home_country_codes_news_actors(nlp: Any, sentence: str, code: str) -> None:
    events = _events(nlp, US + sentence)
    assert _code(events, "criticized" if "criticized" in sentence else "rejected") == code


def test_extract_events_no_home_country_without_enough_mentions(nlp: Any) -> None:
    # one sentence naming Spain's Toledo and no home country: the dictionary's country stands
    events = _events(nlp, "The mayor of Toledo criticized the plan.")
    assert _code(events, "criticized") == "ESPGOV"


def test_extract_events_pronoun_skips_person_of_other_gender(nlp: Any) -> None:
    text = US + (
        "Congresswoman Anna Lee of Texas arrived in Ohio. "
        "After Mexican businessman Carlos Ruiz spoke, she criticized the plan."
    )
    assert _code(_events(nlp, text), "criticized") == "USALEG"  # not Carlos Ruiz's MEXBUS


def test_extract_events_possessive_pronoun_gives_person_country(nlp: Any) -> None:
    text = US + "Congresswoman Anna Lee of Texas arrived in Ohio. Her campaign criticized the plan."
    assert _code(_events(nlp, text), "criticized") == "USAPTY"


def test_extract_events_place_naming_a_body_topic_is_not_its_country(nlp: Any) -> None:
    events = _events(nlp, US + "Republicans criticized the House Benghazi Committee.")
    assert _code(events, "criticized", "actor2") == "USAGOVLEG"


def test_extract_events_first_person_in_quote_is_its_speaker(nlp: Any) -> None:
    text = '"We will attack the rebels," Mexican President Felipe Ramos said.'
    content = "We will attack the rebels"
    start = text.index(content)
    cue = text.index("said")
    statement = Statement(
        id="st-1",
        source=None,
        cue=Span.of(text, cue, cue + 4),
        content=Span.of(text, start, start + len(content)),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="Felipe Ramos", role="President", country="MEX"),
        sentence=Span.of(text, 0, len(text)),
    )
    events = _events(nlp, text, [statement])
    assert _code(events, "attack") == "MEXGOV"
    assert _code(_events(nlp, text), "attack") is None  # without the statement, "We" is no one


def test_extract_events_role_word_must_head_a_target(nlp: Any) -> None:
    # "presidential" names a role, but a run is no actor; "the army" is one, of the source's country
    events = _events(nlp, "Senator Mark Kowalski of Ohio is considering a presidential run.")
    assert _code(events, "considering", "actor2") is None
    assert _code(_events(nlp, "Mexican rebels clashed with the army."), "clashed", "actor2") == "MEXMIL"


def test_extract_events_statement_target_not_from_what_is_said(nlp: Any) -> None:
    events = _events(nlp, "Senator Mark Kowalski of Ohio says the league has gone soft like Mexico.")
    assert _code(events, "says", "actor2") is None


def test_extract_events_a_persons_things_are_no_target(nlp: Any) -> None:
    # a possessed noun with no role of its own is what a person has, not who is acted upon
    events = _events(nlp, "Senator Mark Kowalski of Ohio criticized Governor Anna Lee's proposals.")
    assert _code(events, "criticized", "actor2") is None
    events = _events(nlp, "Senator Mark Kowalski of Ohio announced his support for the plan.")
    assert _code(events, "announced", "actor2") is None


def test_extract_events_statement_target_is_whom_the_said_clause_is_about(nlp: Any) -> None:
    # the PolNeAR train judges (round 4) take the actor a statement is about as its target, quoted or not
    quoted = _events(nlp, "“Mexico is a good neighbour,” Senator Mark Kowalski of Ohio said.")
    assert _code(quoted, "said", "actor2") == "MEX"
    reported = _events(nlp, "Senator Mark Kowalski of Ohio said Mexico is a good neighbour.")
    assert _code(reported, "said", "actor2") == "MEX"


def test_extract_events_statement_target_said_of(nlp: Any) -> None:
    events = _events(nlp, US + "“He was a failed candidate,” Mark Kowalski said of Governor Anna Lee.")
    event = next(e for e in events if e.trigger.text == "said")
    assert event.actor2 is not None and event.actor2.name == "Governor Anna Lee"


def test_extract_events_statement_target_owner_of_the_said_subject(nlp: Any) -> None:
    # "what Trump is saying is dangerous": the actor owning the clause's subject
    events = _events(nlp, US + "“Senator Anna Lee's plan is dangerous,” Mark Kowalski said.")
    event = next(e for e in events if e.trigger.text == "said")
    assert event.actor2 is not None and "Anna Lee" in event.actor2.name


def test_extract_events_statement_target_not_the_speaker_nor_anyone(nlp: Any) -> None:
    # in reported speech "he said he …" is the speaker; "any candidate" is nobody in particular
    events = _events(nlp, US + "Senator Mark Kowalski said he would vote against the bill.")
    assert _code(events, "said", "actor2") is None
    events = _events(nlp, US + "“Any candidate should release tax returns,” Senator Mark Kowalski said.")
    assert _code(events, "said", "actor2") is None
    # our campaign is the speakers' own
    events = _events(nlp, US + "“Our campaign has no desire to fight,” Senator Mark Kowalski's aides say.")
    assert _code(events, "say", "actor2") is None


def test_extract_events_statement_target_quoted_pronoun_is_another_person(nlp: Any) -> None:
    text = (
        US + "Governor Anna Lee spoke first. “She was the most popular figure,” Senator Mark Kowalski said."
    )
    event = next(e for e in _events(nlp, text) if e.trigger.text == "said")
    # (named by the person the pronoun refers to, round 13)
    assert event.actor2 is not None and event.actor2.name == "Anna Lee" and event.actor2.code is not None


def test_extract_events_person_pronoun_object_is_target(nlp: Any) -> None:
    text = US + "Governor Anna Lee spoke on Monday. Senator Mark Kowalski accused her of lying."
    event = next(e for e in _events(nlp, text) if e.trigger.text == "accused")
    # (not named Kowalski, the clause's subject the resolver still finds for "her": binding, round 13)
    assert event.actor2 is not None and event.actor2.name == "her" and event.actor2.code is not None


def test_extract_events_source_description_and_venue_are_no_target(nlp: Any) -> None:
    # a place in the source's own description, or where it spoke, is not whom the statement is about
    events = _events(nlp, US + "“The timing is quite suspect,” said Tom Vilsack, a former Iowa governor.")
    assert _code(events, "said", "actor2") is None
    events = _events(nlp, US + "“Today is a day for celebration,” Kowalski said in a speech in Richmond.")
    assert _code(events, "said", "actor2") is None


def test_extract_events_given_name_is_no_country(nlp: Any) -> None:
    # countrynames reads "Alan" as the Aland Islands; a two-word name is a person, not a place
    events = _events(nlp, US + "Alan Krueger criticized the plan.")
    assert _code(events, "criticized") == "USA"


def test_extract_events_description_stops_at_clause_and_other_names(nlp: Any) -> None:
    # the clause on an apposition describes someone else; a name in apposition is another person
    text = US + "Jane Morrow, a strategist who supported Texas Sen. Ted Cruz, criticized the plan."
    assert _code(_events(nlp, text), "criticized") == "USAPTY"
    text = US + "Anna Lee, the chief executive of Intel, criticized the plan."
    assert _code(_events(nlp, text), "criticized") == "USABUS"


def test_extract_events_place_of_a_statement_only_is_skipped(nlp: Any) -> None:
    # a blockade "in the West Bank" has it as target (PLOVER); a statement made in Richmond does not
    events = _events(nlp, "Israel Friday reimposed blockades in the West Bank.")
    assert _code(events, "blockades", "actor2") == "PSE"


def test_extract_events_joint_subject_partner_is_target(nlp: Any) -> None:
    # "Ryan and Trump agreed to meet": the other member of a joint subject of a mutual act
    events = _events(nlp, US + "Mexico and Canada agreed to meet again next month.")
    assert _code(events, "agreed", "actor2") == "CAN"


def test_extract_events_sought_white_house_is_no_target(nlp: Any) -> None:
    text = US + "Senator Mark Kowalski declared his candidacy for the White House."
    assert _code(_events(nlp, text), "declared", "actor2") is None
    # the administration itself stays a target
    text = US + "Senator Mark Kowalski criticized the White House."
    assert _code(_events(nlp, text), "criticized", "actor2") == "USAGOV"


def test_extract_events_press_audience_gives_way_to_what_is_said_about(nlp: Any) -> None:
    text = US + "“Mexico is a paranoid nation,” Senator Mark Kowalski told reporters."
    assert _code(_events(nlp, text), "told", "actor2") == "MEX"
    # with nothing said about anyone, the press it was told to is no target either (issue #5 judges:
    # "told reporters", "told POLITICO" with no one spoken of have no target)
    text = US + "“I am tired,” Senator Mark Kowalski told reporters."
    assert _code(_events(nlp, text), "told", "actor2") is None


def test_extract_events_first_person_coded_by_the_speakers_mention(nlp: Any) -> None:
    # the speaker the attribution stage gives has no code; the mention naming them is coded in the text
    text = US + "“I will attack the rebels,” the senator said."
    content = "I will attack the rebels"
    start = text.index(content)
    cue = text.index("said")
    source = text.index("the senator")
    statement = Statement(
        id="st-1",
        source=Span.of(text, source, source + len("the senator")),
        cue=Span.of(text, cue, cue + 4),
        content=Span.of(text, start, start + len(content)),
        kind=StatementKind.DIRECT,
        speaker=Speaker(name="the senator"),
        sentence=Span.of(text, start - 1, len(text)),
    )
    assert _code(_events(nlp, text, [statement]), "attack") == "USALEG"


# as many mentions abroad as at home (no home country), but the persons named are placed in the USA
MIXED = (
    "North Korea said Pyongyang tested a bomb. North Korean media and Chinese officials in Beijing agreed. "
    "President Barack Obama spoke with Hillary Clinton and with Obama's aides about it. "
)


def test_extract_events_undescribed_person_takes_the_placed_persons_country(nlp: Any) -> None:
    events = _events(nlp, MIXED + "Mark Kowalski criticized the plan.")
    assert _code(events, "criticized") == "USA"


def test_extract_events_undescribed_person_needs_placed_persons(nlp: Any) -> None:
    # with no person placed, no country is guessed
    text = "North Korea said Pyongyang tested a bomb. Chinese officials in Beijing agreed. "
    events = _events(nlp, text + "Mark Kowalski criticized the plan.")
    assert _code(events, "criticized") is None


def test_extract_events_narrator_is_of_the_articles_country(nlp: Any) -> None:
    # a first person no statement attributes: the writer, of the article's home country
    events = _events(nlp, US + "I criticized the plan in my speech.")
    assert _code(events, "criticized") == "USA"


def test_extract_events_far_pronoun_is_a_person_of_the_articles_country(nlp: Any) -> None:
    # "she" with no person named before it in reach: a person of the article's country
    events = _events(nlp, US + "She criticized the plan on Monday.")
    assert _code(events, "criticized") == "USA"


def test_extract_events_quoted_far_pronoun_is_the_statements_target(nlp: Any) -> None:
    events = _events(nlp, US + "“He has said things I was very uncomfortable with,” the senator said.")
    assert _code(events, "said", "actor2") == "USA"


def test_extract_events_country_before_a_split_name_outranks_the_home_country(nlp: Any) -> None:
    text = US + "Carlos Ruiz arrived. The senator talked with Mexican President Carlos Ruiz on Monday."
    events = _events(nlp, text)
    assert _code(events, "talked", "actor2") == "MEXGOV"


def test_extract_events_call_upon_names_the_target(nlp: Any) -> None:
    text = US + "Sen. Bernie Sanders on Wednesday also called upon the United States to press China."
    assert _code(_events(nlp, text), "called", "actor2") == "USA"


def test_extract_events_surname_before_a_date_is_the_person(nlp: Any) -> None:
    # "Cruz Tuesday": a surname the tagger left untagged, before a day name, is the person named in full
    text = US + "Texas Sen. Ted Cruz spoke. Rubio attacked Cruz Tuesday."
    assert _code(_events(nlp, text), "attacked", "actor2") == "USALEG"


def test_extract_events_doubled_apostrophes_quote_a_statement(nlp: Any) -> None:
    # a wire's ''…'' is a quotation like “…”: whom the statement is about is not looked for inside it
    text = US + "''You have all these people who backed different candidates,'' said Brian Baker, an adviser."
    assert _code(_events(nlp, text), "said", "actor2") is None


def test_extract_events_quoted_pronoun_is_not_the_speaker(nlp: Any) -> None:
    # the nearest "she" before the quotation is its speaker, whom a quoted "she" never is
    text = US + "Hillary Clinton spoke in Ohio. Clinton said, “She was the most popular figure in America.”"
    events = _events(nlp, text)
    assert _code(events, "said", "actor1") == "USAELI"
    assert _code(events, "said", "actor2") == "USA"


@pytest.mark.parametrize(
    "sentence",
    [
        # what the speakers own is not whom they speak about
        "Sanders' aides say their campaign has no desire to engage in a fight.",
        "Mayor John Kirby spoke on Friday. Kirby said his agency had not made a decision.",
    ],
)
def test_extract_events_statement_target_is_not_the_speakers_own(nlp: Any, sentence: str) -> None:
    events = _events(nlp, US + sentence)
    trigger = "say" if "say " in sentence else "said"
    assert _code(events, trigger, "actor2") is None


def test_extract_events_codes_a_known_us_figure_by_their_country_not_the_articles(nlp: Any) -> None:
    # a London story: the home-country fallback would make an undescribed "Trump" a Briton
    text = (
        "British ministers met in London on Monday. The British government said Britain would leave the "
        "European Union. Trump criticized the British government on Tuesday."
    )
    article = Article(id="london", text=text, body=((0, len(text)),))
    events = extract_events(ParsedArticle(article=article, doc=nlp(text)), [], [])
    criticism = next(e for e in events if e.trigger.text == "criticized")
    assert criticism.actor1 is not None and criticism.actor1.code == "USA"
    assert criticism.actor2 is not None and criticism.actor2.code == "GBRGOV"


def test_extract_events_an_unseen_act_is_not_the_seers_but_the_claimants(nlp: Any) -> None:
    # the pullback NATO says it has not seen is Russia's (its claimed act nearby), never NATO's own
    text = (
        "NATO said on Tuesday that it had not seen any signs of a pullback after Russia said its "
        "troops were pulling back from the border."
    )
    events = _events(nlp, text)
    pullback = next(e for e in events if e.trigger.text == "pullback")
    assert pullback.status.value == "negated"
    assert pullback.actor1 is not None and (pullback.actor1.code or "").startswith("RUS")


def test_extract_events_an_unseen_act_with_no_claimant_has_no_actor(nlp: Any) -> None:
    events = _events(nlp, "NATO said it had not seen any signs of a pullback on the ground.")
    pullback = next(e for e in events if e.trigger.text == "pullback")
    assert pullback.actor1 is None or not (pullback.actor1.code or "").startswith("NATO")
