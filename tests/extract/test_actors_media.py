"""Actor codes for the press, Phoenix sectors that are no CAMEO role and religious titles (issue #5)."""

from __future__ import annotations

import pytest

from watchfloor.extract.actors import code_actor, code_person


@pytest.mark.parametrize(
    ("mention", "code"),
    [
        ("Fox", "USAMED"),
        ("CNN", "USAMED"),
        ("the Washington Examiner", "USAMED"),
        ("The Associated Press", "USAMED"),
        ("Reuters", "GBRMED"),
        ("Vicente Fox", None),  # a one-word outlet after a capitalised word ends a person's name
    ],
)
def test_code_actor_media_by_country(mention: str, code: str | None) -> None:
    assert code_actor(mention).code == code


def test_code_actor_people_are_civilians_not_ppl() -> None:
    assert code_actor("Chinese people").code == "CHNCVL"
    assert code_actor("people").sector == "CVL"


def test_code_person_pastor_is_religious_not_legislator() -> None:
    assert code_person("Darrell Scott", "Republican pastor").code == "USAREL"
    assert code_person("Darrell Scott", "Pastor").sector == "REL"
