from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import Errors, SettingsError
from ..model import Article, ParsedArticle
from ..settings import Settings

__all__ = ["load_pipeline", "parse", "parse_one"]


@functools.cache
def _load(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        raise SettingsError(Errors.E201.format(name=name)) from None


def load_pipeline(settings: Settings | None = None) -> Any:
    """The spaCy pipeline named by ``settings.spacy_model``, loaded once per process."""
    return _load((settings or Settings()).spacy_model)


def parse(articles: Iterable[Article], settings: Settings | None = None) -> Iterator[ParsedArticle]:
    """Parse articles with ``nlp.pipe`` in batches of ``settings.batch_size``."""
    settings = settings or Settings()
    nlp = load_pipeline(settings)
    pairs = ((a.body_text(), a) for a in articles)
    for doc, article in nlp.pipe(pairs, batch_size=settings.batch_size, as_tuples=True):
        yield ParsedArticle(article=article, doc=doc)


def parse_one(article: Article, settings: Settings | None = None) -> ParsedArticle:
    """Parse one article."""
    return next(parse([article], settings))
