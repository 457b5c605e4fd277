"""atheris harness over every reader and the cleaner.

    python fuzz/fuzz_readers.py -atheris_runs=5000        # bounded, as CI runs it
    python fuzz/fuzz_readers.py -max_total_time=600       # a longer local session

The first byte of each input picks the reader; the rest is the file's bytes. Every reader
must yield RawDocument or Reject, and cleaning a RawDocument must give an Article or raise
an InputError — any other exception, or one document taking over MAX_SECONDS, is a crash.
"""

from __future__ import annotations

import sys
import time

import atheris

with atheris.instrument_imports(include=["watchfloor"]):
    from watchfloor.errors import InputError
    from watchfloor.ingest import clean, readers
    from watchfloor.model import Article, RawDocument, Reject
    from watchfloor.settings import Settings

SETTINGS = Settings(max_document_bytes=200_000)
NAMES = readers.names()
MAX_SECONDS = 5.0


def test_one_input(data: bytes) -> None:
    if not data:
        return
    reader = readers.get(NAMES[data[0] % len(NAMES)])
    started = time.monotonic()
    for item in reader(f"fuzz.{reader.name}", data[1:], SETTINGS):
        assert isinstance(item, RawDocument | Reject), type(item)
        if isinstance(item, RawDocument):
            try:
                article = clean(item, SETTINGS)
            except InputError:
                continue
            assert isinstance(article, Article)
            for start, end in article.body:
                assert 0 <= start < end <= len(article.text)
    elapsed = time.monotonic() - started
    if elapsed > MAX_SECONDS:
        raise AssertionError(f"reader {reader.name} took {elapsed:.1f}s on {len(data)} bytes")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
