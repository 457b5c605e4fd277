"""Round 8 (issue #5): a plain statement (010) is coded by what it reports — criticism, accusation, praise,
optimism, pessimism (``event_statement_cues.tsv``) — and "attack" in politics is verbal. Sentences written
by the team."""

from __future__ import annotations

from typing import Any

import pytest

from watchfloor.extract._event_patterns import cameo, statement_cues
from watchfloor.extract.events import code_sentence


def _coded(nlp: Any, sentence: str) -> dict[str, str]:
    return {c.token.text: c.code for c in code_sentence(next(iter(nlp(sentence).sents)))}


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        # evaluative words about someone: a criticism
        ("The governor said the senator was unelectable and thin-skinned.", "said", "111"),
        ('"His excesses are sickening," the president said on Tuesday.', "said", "111"),
        # a praising word negated criticises
        ("The mayor said the governor is not smart enough to win.", "said", "111"),
        # accusing of a lie
        ("The senator said the governor lied to the voters about the deal.", "said", "112"),
        # praise
        ('"I think he is a terrific guy," the senator told reporters.', "told", "051"),
        ("The mayor said she admired the governor for his courage.", "said", "051"),
        ("The senator told reporters that he likes the governor.", "told", "051"),
        # optimism and pessimism
        ("The adviser said the campaign has momentum in the state.", "said", "013"),
        ("The strategist said the race was hopeless for the senator.", "said", "012"),
        # a refused saying declines comment
        ("The campaign would not say if the aide had been interviewed.", "say", "011"),
    ],
)
def test_code_sentence_statement_content_recodes(nlp: Any, sentence: str, word: str, code: str) -> None:
    assert _coded(nlp, sentence)[word] == code


@pytest.mark.parametrize(
    "sentence",
    [
        # neutral content stays a plain statement
        "The governor said the vote would take place on Tuesday.",
        # a negated criticism word is no criticism
        "The senator said the plan was not a disaster.",
        # "like to" is no praise
        '"I like to think about the future first," the governor told reporters.',
        # an obligation is no appeal by itself
        "The mayor said that we have to remember the victims.",
        # the speaker's own description is not what the statement reports
        "A reckless aide said the weather in Iowa was cold.",
    ],
)
def test_code_sentence_neutral_statement_stays_010(nlp: Any, sentence: str) -> None:
    assert _coded(nlp, sentence)["said" if "said" in sentence else "told"] == "010"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Three senators attacked the program as a violation of free markets.", "attacked"),
        ("Democrats attacked Republicans for how they ran the investigation.", "attacked"),
        ("The two candidates clashed on the debate stage in Miami.", "clashed"),
    ],
)
def test_code_sentence_political_attack_is_criticism(nlp: Any, sentence: str, word: str) -> None:
    assert _coded(nlp, sentence)[word] == "111"


def test_code_sentence_armed_attack_stays_force(nlp: Any) -> None:
    assert _coded(nlp, "Rebels attacked the army base near the border.")["attacked"][:2] == "19"


def test_statement_cues_table_codes_are_cameo_codes() -> None:
    cues = statement_cues()
    codes = {cue.code for entries in cues.values() for cue in entries}
    assert codes <= cameo().keys()
    assert {"111", "112", "051", "013", "012"} <= codes
    assert cues["glide"][0].rest == ("path",)
    assert any(cue.pos == "negated" for cue in cues["smart"])


@pytest.mark.parametrize(
    ("sentence", "word", "code"),
    [
        ("The senator refused to say whether he would run again.", "refused", "011"),
        ("The chairman rejected the idea that the party was divided.", "rejected", "016"),
        ("The governor dismissed the allegation that he had misused funds.", "dismissed", "016"),
    ],
)
def test_code_sentence_refusals_to_comment_and_denials(nlp: Any, sentence: str, word: str, code: str) -> None:
    assert _coded(nlp, sentence)[word] == code
