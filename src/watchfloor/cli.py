"""The ``watchfloor`` command: a thin click shell over library calls.

Exit codes: 0 clean; 1 done, with rejected records; 2 usage or settings error (an unknown
article id too); 3 fatal store or knowledge error. Tables go to stdout, progress and logs to
stderr; ``--json`` prints one JSON document on stdout (``extract``: one per article, a line each).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, TextIO, cast

import click

from . import __version__
from .errors import Errors, KnowledgeError, SettingsError, StoreError, WatchfloorError
from .ingest import stream_jsonl
from .model import EvidentialStatus, Extraction, RawDocument, Reject
from .pipeline import LinkStats, Pipeline, RunStats, extract_records, read_records, relink
from .settings import Settings
from .store import Store

__all__ = ["main", "sample_corpus"]

EXIT_OK, EXIT_REJECTS, EXIT_USAGE, EXIT_FATAL = 0, 1, 2, 3


def sample_corpus() -> Path:
    """The folder of the bundled sample corpus."""
    return Path(str(resources.files("watchfloor") / "sample"))


def _fail(exc: WatchfloorError) -> NoReturn:
    click.echo(str(exc), err=True)
    if isinstance(exc, SettingsError) or exc.code == Errors.E503.code:  # E503: no such article
        sys.exit(EXIT_USAGE)
    if isinstance(exc, StoreError | KnowledgeError):
        sys.exit(EXIT_FATAL)
    sys.exit(EXIT_REJECTS)


@contextmanager
def _errors(debug: bool, db: str | None = None) -> Iterator[None]:
    """Errors as one line and an exit code; ``db``: the store read, named if SQLite fails on it."""
    try:
        yield
    except WatchfloorError as exc:
        if debug:
            raise
        _fail(exc)
    except sqlite3.DatabaseError as exc:  # a damaged store file, a full disk, a lock held too long
        if debug:
            raise
        _fail(StoreError(Errors.E501.format(path=db or "the store", reason=exc)))


def _settings(ctx: click.Context) -> Settings:
    obj: dict[str, Any] = ctx.obj
    settings = obj.get("settings")
    if settings is None:
        with _errors(obj["debug"]):
            settings = Settings.load(obj["config"], obj["overrides"])
        obj["settings"] = settings
    assert isinstance(settings, Settings)
    return settings


def _echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="watchfloor")
@click.option("--config", type=click.Path(dir_okay=False), help="settings file (watchfloor.toml)")
@click.option("--set", "sets", multiple=True, metavar="NAME=VALUE", help="override one setting")
@click.option("-v", "--verbose", count=True, help="more log output on stderr")
@click.option("-q", "--quiet", is_flag=True, help="only errors on stderr")
@click.option("--debug", is_flag=True, help="show tracebacks")
@click.pass_context
def cli(
    ctx: click.Context, config: str | None, sets: Sequence[str], verbose: int, quiet: bool, debug: bool
) -> None:
    """watchfloor: who claims what, about which event, when — and whether the record backs it up."""
    level = (
        logging.ERROR
        if quiet
        else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    )
    logging.basicConfig(level=level, stream=sys.stderr, format="%(levelname)s %(message)s")
    overrides: dict[str, str] = {}
    for item in sets:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--set")
        overrides[name.strip()] = value.strip()
    ctx.obj = {"config": config, "overrides": overrides, "debug": debug, "settings": None}


def _progress_runner(pipeline: Pipeline, sources: list[str], store: Store, show: bool) -> RunStats:
    if not show:
        return pipeline.run(sources, store)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=__import__("rich.console").console.Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("ingesting", total=None)

        def update(counts: dict[str, int]) -> None:
            bar.update(
                task,
                description=(
                    f"seen {counts.get('seen', 0)}  ingested {counts.get('ingested', 0)}"
                    f"  statements {counts.get('statements', 0)}"
                ),
            )

        return pipeline.run(sources, store, progress=update)


def _run(
    ctx: click.Context, sources: Sequence[str], db: str, as_json: bool, link: bool = True
) -> tuple[RunStats, LinkStats | None]:
    settings = _settings(ctx)
    debug = ctx.obj["debug"]
    with _errors(debug, db), Store(db) as store:
        stats = _progress_runner(
            Pipeline(settings), list(sources), store, sys.stderr.isatty() and not as_json
        )
        linked = relink(store, settings) if link else None
    return stats, linked


def _print_stats(stats: RunStats, linked: LinkStats | None, as_json: bool) -> None:
    if as_json:
        _echo_json({**stats.to_json(), "link": linked.to_json() if linked else None})
        return
    click.echo(
        f"seen {stats.seen}, ingested {stats.ingested}, duplicates {stats.duplicates}, "
        f"rejected {stats.rejected}; statements {stats.statements}, events {stats.events}, "
        f"timexes {stats.timexes} ({stats.seconds:.1f}s)"
    )
    if linked:
        click.echo(
            f"ledger: {linked.claims} claims; alerts: {linked.alerts} ({linked.new_alerts} new)"
            f" ({linked.seconds:.1f}s)"
        )
    for code, n in sorted(stats.rejects.items()):
        click.echo(f"  {code}: {n} record(s) rejected (see the rejects table)", err=True)


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="watchfloor.db", show_default=True, help="store file")
@click.option("--json", "as_json", is_flag=True, help="print the run's counts as JSON")
@click.option("--no-link", is_flag=True, help="skip rebuilding the claim ledger and alerts")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], db: str, as_json: bool, no_link: bool) -> None:
    """Ingest files, folders, feeds or URLs into the store (idempotent), then relink."""
    stats, linked = _run(ctx, sources, db, as_json, link=not no_link)
    _print_stats(stats, linked, as_json)
    sys.exit(EXIT_REJECTS if stats.rejected else EXIT_OK)


cli.add_command(ingest, name="run")


def summary(store: Store, top: int = 10) -> dict[str, Any]:
    """What the store holds: counts, statements per speaker, the most repeated claims."""
    return {
        "counts": store.counts(),
        "speakers": store.speakers(limit=top),
        "claims": store.claims(limit=top),
    }


@cli.command()
@click.option("--db", default="watchfloor-sample.db", show_default=True, help="store file")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def demo(ctx: click.Context, db: str, as_json: bool) -> None:
    """Run the main job on the bundled sample corpus and print a summary."""
    # the corpus's articles, not the folder: its README is no article (a folder warns of files it skips)
    articles = [str(p) for p in sorted(sample_corpus().iterdir()) if p.is_file() and p.name != "README.md"]
    stats, linked = _run(ctx, articles, db, as_json)
    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        data = summary(store)
    if as_json:
        _echo_json({"run": stats.to_json(), "link": linked.to_json() if linked else None, **data})
        return
    _print_stats(stats, linked, False)
    _print_summary(data)


def _print_summary(data: dict[str, Any]) -> None:
    counts = data["counts"]
    click.echo(
        f"\nstore: {counts['articles']} articles, {counts['statements']} statements, "
        f"{counts['events']} events, {counts['claims']} claims, {counts['alerts']} alerts"
    )
    click.echo("\nstatements per speaker:")
    for sp in data["speakers"]:
        role = f" ({sp['role']})" if sp.get("role") else ""
        click.echo(f"  {sp['statements']:4d}  {sp['name']}{role}")
    if data["claims"]:
        click.echo("\ntop claims:")
        for claim in data["claims"]:
            click.echo(f"  [{claim['status']}] x{claim['appearances']}  {claim['text'][:100]}")


@cli.command()
@click.argument("file", required=False)
@click.option("--input", "input_path", help="JSONL of {id, text, published?} records ('-': standard input)")
@click.option("--output", "output_path", help="write one JSON line per input record here (FILE or --input)")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="print JSON, one article per line (the public output contract; with 'text' for HTML, feeds, WARC)",
)
@click.pass_context
def extract(
    ctx: click.Context, file: str | None, input_path: str | None, output_path: str | None, as_json: bool
) -> None:
    """Extract statements, events and time expressions (no store)."""
    settings = _settings(ctx)
    if (file is None) == (input_path is None):
        raise click.UsageError("give either FILE or --input JSONL")
    source = file or input_path
    assert source is not None
    if output_path and _same_file(source, output_path):
        raise click.BadParameter(
            f"{output_path} is the input file; writing it would erase the input", param_hint="--output"
        )
    out = _open_output(output_path) if output_path else sys.stdout
    failed = 0
    with _errors(ctx.obj["debug"]):
        raws = _stdin_records(settings) if input_path == "-" else read_records([source], settings)
        results = extract_records(raws, settings)
        if input_path is not None or output_path:
            try:
                for result in results:
                    if isinstance(result, Reject):
                        failed += 1
                        click.echo(result.message, err=True)
                        line: dict[str, Any] = reject_line(result)
                    else:
                        line = _with_derived_text(result)
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
            finally:
                if out is not sys.stdout:
                    out.close()
        else:
            for result in results:
                if isinstance(result, Reject):
                    failed += 1
                    click.echo(result.message, err=True)
                elif as_json:  # one object per line: a file of many articles is JSON Lines
                    click.echo(json.dumps(_with_derived_text(result), ensure_ascii=False, default=str))
                else:
                    click.echo(render_article(result))
    sys.exit(EXIT_REJECTS if failed else EXIT_OK)


def _stdin_records(settings: Settings) -> Iterator[RawDocument | Reject]:
    """The JSONL records of standard input (``--input -``), spooled so big inputs stream."""
    with tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024) as spool:
        shutil.copyfileobj(click.get_binary_stream("stdin"), spool)
        spool.seek(0)
        yield from stream_jsonl("<stdin>", cast(BinaryIO, spool), settings)


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or Path(a).samefile(b)
    except OSError:
        return False


def _open_output(path: str) -> TextIO:
    try:
        return open(path, "w", encoding="utf-8")  # closed by the caller
    except OSError as exc:
        raise click.BadParameter(
            f"cannot write {path} ({exc.strerror or exc})", param_hint="--output"
        ) from None


# formats whose article text is derived from the input (markup taken off), not the input itself
_DERIVED_TEXT_FORMATS = frozenset({"html", "rss", "warc"})


def _with_derived_text(ex: Extraction) -> dict[str, Any]:
    """The public JSON of ``ex``, plus ``text`` when the offsets index a text derived from the
    input (an HTML page, a feed entry, a WARC record) rather than the input as given."""
    data = ex.to_json()
    if ex.article.format in _DERIVED_TEXT_FORMATS:
        data["text"] = ex.article.text
    return data


def reject_line(reject: Reject) -> dict[str, Any]:
    """The output line of ``extract --input`` for a record that was rejected: the record's own
    ``id`` (``null`` when it could not be read), where it was (``record``, e.g. ``line 7``) and
    the error."""
    return {"id": reject.external_id, "record": reject.record, "error": reject.to_json()}


def render_article(ex: Extraction, style: Callable[[str, str], str] | None = None) -> str:
    """The article text with statement sources, cues and contents marked inline.

    ``[[source]]``, ``{{cue}}`` and ``«content»`` mark the spans; a numbered list of the
    statements follows.
    """
    text = ex.article.text
    marks: set[tuple[int, int, str]] = set()  # (offset, order, mark): a shared source marked once
    for s in ex.statements:
        marks |= {(s.content.start, 2, "«"), (s.content.end, 0, "»")}
        if s.source:
            marks |= {(s.source.start, 2, "[["), (s.source.end, 0, "]]")}
        if s.cue:
            marks |= {(s.cue.start, 2, "{{"), (s.cue.end, 0, "}}")}
    out: list[str] = []
    pos = 0
    for offset, _order, mark in sorted(marks):
        out.append(text[pos:offset])
        out.append(style(mark, "mark") if style else mark)
        pos = offset
    out.append(text[pos:])
    lines = ["".join(out), ""]
    a = ex.article
    lines.insert(0, f"article {a.id}  published {a.published or '?'}  {a.title or ''}".rstrip())
    for n, s in enumerate(ex.statements, 1):
        role = s.speaker.role if s.speaker.role and s.speaker.role != s.speaker.name else None
        who = s.speaker.name + (f", {role}" if role else "")
        lines.append(f"{n:3d}. {who} [{s.kind}] {s.cue.text if s.cue else '-'}: {s.content.text}")
    return "\n".join(lines)


@cli.command()
@click.argument("article_id")
@click.option("--db", default="watchfloor.db", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(ctx: click.Context, article_id: str, db: str, as_json: bool) -> None:
    """Print an article's text with its statements marked."""
    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        ex = store.extraction(article_id)
    if as_json:
        _echo_json({"text": ex.article.text, **ex.to_json()})
    else:
        click.echo(render_article(ex))


@cli.command()
@click.option("--db", default="watchfloor.db", show_default=True)
@click.option("--speaker", help="speaker name or role contains this")
@click.option("--search", help="full-text search in statement content")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(min=0))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def statements(
    ctx: click.Context, db: str, speaker: str | None, search: str | None, limit: int, as_json: bool
) -> None:
    """List stored statements."""
    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        rows = store.statements(speaker=speaker, search=search, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['published'] or '?':10}  {r['speaker_name']:<24.24} [{r['kind']}] {r['content']}")


@cli.command()
@click.option("--db", default="watchfloor.db", show_default=True)
@click.option("--actor", help="actor code prefix or name")
@click.option(
    "--status",
    multiple=True,
    type=click.Choice([s.value for s in EvidentialStatus], case_sensitive=False),
    help="evidential status (repeatable)",
)
@click.option("--root", help="CAMEO root code")
@click.option("--limit", default=1000, show_default=True, type=click.IntRange(min=0))
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def events(
    ctx: click.Context,
    db: str,
    actor: str | None,
    status: tuple[str, ...],
    root: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """List stored events."""
    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        rows = store.events(actor=actor, status=status, root=root, limit=limit)
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        click.echo(
            f"{r['day'] or r['published'] or '?':10}  {r['actor1_code'] or '-':8} {r['cameo']:5}"
            f" {r['actor2_code'] or '-':8} {r['status']:12} {r['record']['trigger']['text']}"
        )


@cli.command(name="settings")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def settings_cmd(ctx: click.Context, as_json: bool) -> None:
    """Show every setting with its value and where it came from."""
    rows = _settings(ctx).describe()
    if as_json:
        _echo_json(rows)
        return
    for r in rows:
        click.echo(f"{r['name']:<24} {r['value']!s:<28} {r['origin']:<14} {r['help']}")


# -- analytics and export commands (alerts, watch, export) ------------------------------


def _iso_day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A ``--since``/``--until`` value: a day as YYYY-MM-DD, or a usage error naming it."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day; give YYYY-MM-DD") from None


def _open_for_alerts(db: str, recompute: bool) -> Store:
    if not recompute:
        return Store(db, readonly=True)
    if not Path(db).exists():
        raise StoreError(Errors.E501.format(path=db, reason="no such file"))
    return Store(db)


@cli.command()
@click.option("--db", default="watchfloor.db", show_default=True, help="store file")
@click.option(
    "--since", metavar="DAY", callback=_iso_day, help="only alerts on or after this day (YYYY-MM-DD)"
)
@click.option("--dyad", help="only this dyad, e.g. RUS,NATO")
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True)
@click.option(
    "--recompute/--stored",
    default=True,
    show_default=True,
    help="recompute the alerts from the events first, or only list the stored ones",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def alerts(
    ctx: click.Context,
    db: str,
    since: str | None,
    dyad: str | None,
    level: str,
    recompute: bool,
    as_json: bool,
) -> None:
    """List alerts (a dyad-day far above its 4- and 52-week baselines) with what drives each."""
    from .analytics import Alert, format_alert, parse_dyad, update_alerts

    settings = _settings(ctx)
    with _errors(ctx.obj["debug"], db):
        name = "-".join(parse_dyad(dyad)) if dyad else None
        with _open_for_alerts(db, recompute) as store:
            if recompute:
                update_alerts(store, settings, level="code" if level == "code" else "country")
            rows = store.alerts(since=since, dyad=name)
    found = [Alert.from_json(r["record"]) for r in rows]
    if as_json:
        _echo_json([a.to_json() for a in found])
        return
    if not found:
        click.echo("no alerts", err=True)
    for alert in found:
        click.echo(format_alert(alert) + "\n")


@cli.command()
@click.option("--db", default="watchfloor.db", show_default=True, help="store file (read-only)")
@click.option("--dyad", help="one dyad, e.g. RUS,NATO (default: all)")
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True)
@click.option("--since", metavar="DAY", callback=_iso_day, help="first day (YYYY-MM-DD)")
@click.option("--until", metavar="DAY", callback=_iso_day, help="last day (YYYY-MM-DD)")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def escalation(
    ctx: click.Context,
    db: str,
    dyad: str | None,
    level: str,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """The escalation index per dyad-day (observed and corroborated events; claimed apart)."""
    from .analytics import escalation_index, parse_dyad

    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        pair = parse_dyad(dyad) if dyad else None
        cells = escalation_index(
            store, dyad=pair, level="code" if level == "code" else "country", since=since, until=until
        )
    if as_json:
        _echo_json([c.to_json() for c in cells])
        return
    click.echo(f"{'day':10}  {'dyad':<20} {'index':>7} {'events':>6}  q1 q2 q3 q4 {'mean':>6} {'claimed':>7}")
    for c in cells:
        mean = "" if c.goldstein_mean is None else f"{c.goldstein_mean:.1f}"
        q = " ".join(f"{n:2d}" for n in c.quad_counts)
        name = "-".join(c.dyad)
        click.echo(f"{c.day:10}  {name:<20} {c.escalation:7.1f} {c.events:6d}  {q} {mean:>6} {c.claimed:7d}")


@cli.command(name="export")
@click.option("--format", "fmt", required=True, help="gdelt-tsv (alias gdelt), parquet, claimreview")
@click.option("--db", default="watchfloor.db", show_default=True, help="store file (read-only)")
@click.option("--out", required=True, help="output file (gdelt, claimreview) or folder (parquet)")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def export_cmd(ctx: click.Context, fmt: str, db: str, out: str, as_json: bool) -> None:
    """Export the store: the GDELT 2.0 event table, Parquet per table, or ClaimReview JSON-LD."""
    from .analytics import export

    settings = _settings(ctx)
    with _errors(ctx.obj["debug"], db), Store(db, readonly=True) as store:
        result = export(store, fmt, out, settings)
    if as_json:
        _echo_json(result.to_json())
        return
    rows = ", ".join(f"{table} {n}" for table, n in result.rows.items())
    click.echo(f"{result.format}: {rows}")
    for path in result.files:
        click.echo(f"  {path}")


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default="watchfloor.db", show_default=True, help="store file")
@click.option("--every", default="10m", show_default=True, help="poll interval: 30s, 10m, 1h…")
@click.option("--alert-log", type=click.Path(dir_okay=False), help="append each new alert as a JSON line")
@click.option("--webhook", metavar="URL", help="POST each new alert as JSON to this URL")
@click.option("--max-polls", type=int, help="stop after this many polls (default: until Ctrl-C)")
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True)
@click.option("--ledger/--no-ledger", default=True, show_default=True, help="rebuild the claim ledger")
@click.option("--json", "as_json", is_flag=True, help="new alerts as JSON lines on stdout")
@click.pass_context
def watch(
    ctx: click.Context,
    sources: tuple[str, ...],
    db: str,
    every: str,
    alert_log: str | None,
    webhook: str | None,
    max_polls: int | None,
    level: str,
    ledger: bool,
    as_json: bool,
) -> None:
    """Poll feeds, URLs and folders; ingest what is new; print, log and POST each new alert."""
    import signal

    from .analytics import Alert, format_alert, parse_interval
    from .watch import Watcher

    settings = _settings(ctx)

    def show(alert: Alert) -> None:
        if as_json:
            click.echo(json.dumps(alert.to_json(), ensure_ascii=False, default=str))
        else:
            click.echo(format_alert(alert) + "\n")

    with _errors(ctx.obj["debug"], db):
        watcher = Watcher(
            list(sources),
            db,
            settings=settings,
            every=parse_interval(every),
            alert_log=alert_log,
            webhook=webhook,
            on_alert=show,
            ledger=ledger,
            level="code" if level == "code" else "country",
        )

        def halt(signum: int, frame: object) -> None:
            click.echo("stopping after the current source…", err=True)
            watcher.stop()
            signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C interrupts

        previous = {sig: signal.signal(sig, halt) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            stats = watcher.run(max_polls=max_polls)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    click.echo(
        f"watch: {stats.polls} poll(s), {stats.ingested} new article(s), {stats.alerts} new alert(s),"
        f" {stats.source_failures} failed source poll(s)",
        err=True,
    )


# -- web commands (serve) ----------------------------------------------------------------


@cli.command()
@click.option("--db", default="watchfloor.db", show_default=True, help="store file (opened read-only)")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--write-token",
    envvar="WATCHFLOOR_WRITE_TOKEN",
    help="allow POST /api/articles with this bearer token (env WATCHFLOOR_WRITE_TOKEN)",
)
@click.option("--get", "get_path", metavar="PATH", help="answer one GET request in-process, print it, exit")
@click.pass_context
def serve(
    ctx: click.Context, db: str, host: str, port: int, write_token: str | None, get_path: str | None
) -> None:
    """Serve the dashboard and JSON API over a store (read-only unless given a write token)."""
    settings = _settings(ctx)
    try:
        from .web import create_app, fetch
    except ImportError as exc:
        click.echo(Errors.E706.format(reason=exc), err=True)
        sys.exit(EXIT_USAGE)
    with _errors(ctx.obj["debug"], db):
        app = create_app(db, settings, write_token=write_token or None, warm=get_path is None)
    if get_path is not None:
        response = fetch(app, get_path)
        click.echo(response.text, nl=not response.text.endswith("\n"))
        sys.exit(EXIT_OK if response.status < 400 else EXIT_REJECTS)
    import uvicorn

    click.echo(f"watchfloor serving {db} on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


# -- scale commands (spark-run) ----------------------------------------------------------


@cli.command(name="spark-run")
@click.option("--input", "inputs", multiple=True, required=True, help="file or folder (repeatable)")
@click.option("--output", required=True, help="folder for the Parquet tables")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL")
@click.option("--partitions", type=int, help="extraction tasks (default: 2 per core)")
@click.option("--overwrite", is_flag=True, help="replace the tables in a non-empty --output")
@click.option("--json", "as_json", is_flag=True, help="print the run's counts as JSON")
@click.pass_context
def spark_run_cmd(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str,
    master: str,
    partitions: int | None,
    overwrite: bool,
    as_json: bool,
) -> None:
    """Run the pipeline on Apache Spark; write Parquet tables (needs watchfloor[spark])."""
    from .scale import spark_run

    settings = _settings(ctx)
    with _errors(ctx.obj["debug"]):
        stats = spark_run(
            list(inputs), output, settings=settings, master=master, partitions=partitions, overwrite=overwrite
        )
    if as_json:
        _echo_json(stats.to_json())
    else:
        click.echo(
            f"records {stats.records}, articles {stats.articles}, duplicates {stats.duplicates}, "
            f"rejected {stats.rejected}; statements {stats.statements}, events {stats.events}, "
            f"timexes {stats.timexes}, dyad-days {stats.dyad_days} ({stats.seconds:.1f}s) -> {stats.output}"
        )
        for code, n in sorted(stats.rejects.items()):
            click.echo(f"  {code}: {n} record(s) rejected (see the rejects table)", err=True)
    sys.exit(EXIT_REJECTS if stats.rejected else EXIT_OK)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="watchfloor")


if __name__ == "__main__":
    main()
