"""Shared by the event-date tests of rounds 17 to 20 (``test_event_dates_r17``, ``test_timex_anchor_r18_d20``,
``test_timex_anchor_r19_d21``, ``test_event_dates_r20``): one sentence's event date as :func:`event_date`
gives it, against a fixed article date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from watchfloor.extract._timex_anchor import event_date
from watchfloor.extract.timex import find_timexes

PUBLISHED = dt.date(2022, 2, 18)  # a Friday: Wednesday is the 16th, Thursday the 17th
ARTICLE = PUBLISHED.isoformat()


def date_of(nlp: Any, text: str, word: str, published: dt.date = PUBLISHED) -> str | None:
    """The date :func:`event_date` gives the first token ``word`` of ``text`` (article of ``published``)."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return event_date(token, find_timexes(doc, text, published), published.isoformat())
