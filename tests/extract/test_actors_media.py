"""Actor codes for the press and for Phoenix sectors that are no CAMEO role (issue #5, real news)."""

from __future__ import annotations

import pytest

from watchfloor.extract.actors import code_actor


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
