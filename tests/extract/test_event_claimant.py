"""Who an event's ``claimed_by`` names (issue #5): the statement's speaker, coded as a speech event's
speaker is — by the speaker's own code when it names a party, else by its mention in the text with the
sentence and article around it (round 16: "…, the army said" had no code at all)."""

from __future__ import annotations

import datetime as dt

import pytest

from watchfloor.evaluate._events import code_texts
from watchfloor.model import EvidentialStatus


def _claimed(text: str, trigger: str) -> str | None:
    coded = code_texts([text], [dt.date(2021, 3, 29)], statements=True)[0]
    found = [ev for ev, _ in coded if ev.trigger.text == trigger]
    assert found, [ev.trigger.text for ev, _ in coded]
    assert found[0].status is EvidentialStatus.CLAIMED
    return found[0].claimed_by.code if found[0].claimed_by is not None else None


@pytest.mark.parametrize(
    ("text", "trigger", "prefix"),
    [
        # a sector word with the country in the sentence
        ("Insurgents seized the town of Palma in Mozambique, the army said on Sunday.", "seized", "MOZ"),
        # a party named by its country keeps that code
        ("Russia said on Tuesday that some units were returning to their bases.", "returning", "RUS"),
    ],
)
def test_the_claimant_is_coded_like_a_speaker(text: str, trigger: str, prefix: str) -> None:
    code = _claimed(text, trigger)
    assert code is not None and code.startswith(prefix)
