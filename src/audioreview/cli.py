"""The ``audioreview`` command line: Click commands only, each a few lines over the library.

Library errors (:class:`~audioreview.errors.AudioreviewError`) become one line on
stderr, ``audioreview: <file>: <cause>``, and exit code 2 at this boundary.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sys
from pathlib import Path
from typing import Any, Callable

import click

from . import __version__
from .errors import AudioreviewError, InternalError
from .render import RenderOptions
from .analysis.options import WarningOptions

FORMATS = ("text", "markdown", "html")


def fail(message: str, code: int = 2) -> None:
    click.echo(f"audioreview: {message}", err=True)
    sys.exit(code)


def library_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one clean CLI error (exit code 2, no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except AudioreviewError as exc:
            fail(str(exc))
        except KeyboardInterrupt:
            fail("interrupted", 130)

    return wrapper


def parse_warn(values: tuple[str, ...]) -> dict[str, int]:
    """``--warn CATEGORY[:SEVERITY]`` values -> {category: severity} (default 2)."""
    from .analysis.content_warnings import parse_warn_option

    return dict(parse_warn_option(v) for v in values)


def input_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that reads a review: the format and warnings."""
    decorators = [
        click.option("--from", "input_format", type=click.Choice(FORMATS),
                     help="Input format (default: from the file extension)."),
        click.option("--warnings", "warnings_mode", type=click.Choice(["auto", "off", "only"]),
                     default="auto", show_default=True,
                     help="auto: detect and add declared warnings; only: declared and --warn ones; off: none."),
        click.option("--warn", "warn", multiple=True, metavar="CATEGORY[:SEVERITY]",
                     help="Declare a content warning (severity 1-3, default 2). Repeatable."),
        click.option("--no-warn", "no_warn", multiple=True, metavar="CATEGORY",
                     help="Never warn about this category. Repeatable."),
        click.option("--warn-threshold", type=click.IntRange(1, 3), default=None,
                     help="Show warnings from this severity (default: 1 for sexual violence, "
                          "self-harm and harm to children, 2 for the rest)."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def warning_options(kw: dict[str, Any]) -> WarningOptions:
    from .analysis.content_warnings import canonical_category

    return WarningOptions(
        mode=kw.pop("warnings_mode"),
        add=parse_warn(kw.pop("warn")),
        remove=[canonical_category(c) for c in kw.pop("no_warn")],
        threshold=kw.pop("warn_threshold"),
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="audioreview")
def cli() -> None:
    """Turn written reviews into accessible editions: narrated MP3 chapters, an
    EPUB 3 with read-along narration, a podcast feed, and content notes.

    Example:

        audioreview render examples/the-lantern-keepers.txt
    """


def batch_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Options of a batch (issue 14): the report, the cache's size limit, a Dask scheduler."""
    decorators = [
        click.option("--report", type=click.Path(dir_okay=False), metavar="FILE.json",
                     help="Write per-input status, timings, cache hits and errors, and totals, as JSON."),
        click.option("--cache-max-size", metavar="SIZE", callback=_size_option,
                     help="Keep the synthesis cache under SIZE (e.g. 500MB, 2GB): least recently used "
                          "entries go after each review."),
        click.option("--scheduler", metavar="tcp://HOST:PORT",
                     help="Render each review as a task on this Dask cluster (pip install "
                          "'audioreview[dask]'); OUT must be the same path on every worker."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _size_option(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from .speech.cache import parse_size

    try:
        return parse_size(value)
    except AudioreviewError as exc:
        raise click.BadParameter(exc.message) from None


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out_dir", metavar="DIRECTORY", default="output", show_default=True,
              help="Output root; each review goes to OUT/<slug>/.")
@click.option("--voice", metavar="NAME", help="Voice profile (see `audioreview voices`). Default: joe (offline).")
@click.option("--preset", type=click.Choice(["podcast", "audiobook"]), default="podcast", show_default=True,
              help="podcast: mono CBR 64 kbps, -16 LUFS; audiobook: 192 kbps, 44.1 kHz, ACX levels.")
@click.option("--no-audio", is_flag=True, help="Skip narration: text-only EPUB, no MP3s.")
@click.option("--no-epub", is_flag=True, help="Skip the EPUB edition.")
@click.option("--feed", is_flag=True, help="Also write OUT/feed.xml over every narrated review in OUT.")
@click.option("--base-url", metavar="URL", help="Public URL of OUT, for the feed's links.")
@click.option("--cover", type=click.Path(dir_okay=False), help="Cover image (PNG/JPEG) for EPUB and MP3 tags.")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Synthesis cache (default: the user cache dir).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the synthesis cache.")
@click.option("--workers", type=click.IntRange(1, 64), help="Synthesis processes (default: up to 2).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary.")
@click.option("--watch", is_flag=True, help="Keep running: render again each input whose file changes "
                                            "(new files in a watched folder too). Ctrl-C stops.")
@batch_options
@input_options
@library_errors
def render(inputs: tuple[str, ...], **kw: Any) -> None:
    """Render each INPUT into OUT/<slug>/: a review file (.txt, .md, .html),
    - for stdin, a folder (every review file under it), a glob ('reviews/**/*.md'),
    or a manifest (.jsonl or .csv, one review a row: path or text, plus
    metadata such as title, author, date, rating, content_warnings).

    Writes review.json, the chapter MP3s and full episode with ID3 chapters,
    timing.json, transcripts, JSON chapters and the EPUB. Options are checked
    before any work (a bad one: one line, exit 2). A failed input (or bad
    manifest row) is reported in one line and the others are still rendered;
    the exit code is 2 when any input failed (1 if the failure was an internal
    error). Run again after a crash: finished reviews are kept, the rest are
    rendered. With --no-audio, --feed lists the narrated reviews already in
    OUT (refused when there are none besides these inputs).

    With --watch the command keeps running and renders an input again when
    its file changes: in the running process an edited sentence costs only
    its own speech and its chapter (under a second for a 700-word review).

    Example:

        audioreview render examples/ reviews.csv --out output --report report.json
    """
    from dataclasses import replace

    from .render import check_options, write_feed
    from .render import render_batch, watch

    warnings = warning_options(kw)
    options = RenderOptions(
        out_dir=kw["out_dir"], voice=kw["voice"], preset=kw["preset"], audio=not kw["no_audio"],
        epub=not kw["no_epub"], feed=kw["feed"], base_url=kw["base_url"], cover=kw["cover"],
        cache_dir=kw["cache_dir"], use_cache=not kw["no_cache"], quiet=kw["quiet"],
        input_format=kw["input_format"], warnings=warnings, workers=kw["workers"],
        cache_max_size=kw["cache_max_size"],
    )
    for note in check_options(options, inputs):  # every option, before any work
        click.echo(f"audioreview: warning: {note}", err=True)
    seen = {"ok": False, "failed": False, "internal": False}

    def report_line(r: Any, say: Callable[..., None]) -> None:
        seen["ok" if r.ok else "failed"] = True
        seen["internal"] = seen["internal"] or isinstance(r.error, InternalError)
        if r.error is not None:
            say(f"audioreview: {r.error}", err=True)
        elif not options.quiet:
            took = f", {r.stats['seconds']:.1f} s" if kw["watch"] and "seconds" in r.stats else ""
            say(f"{r.source} -> {r.out_dir}/ ({len(r.written)} written, {len(r.unchanged)} unchanged{took})")

    if kw["watch"]:
        if kw["scheduler"] or kw["report"]:
            raise click.UsageError("--watch renders here, one change at a time: it takes neither --scheduler "
                                   "nor --report")
        if not options.quiet:
            click.echo("audioreview: rendering, then watching the inputs for changes (Ctrl-C stops)", err=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: the end of watching, not an error
            watch(inputs, options, on_result=report_line)
        return
    render_batch(inputs, replace(options, feed=False), checked=True, scheduler=kw["scheduler"],
                 report=kw["report"], on_result=report_line)
    feed_failed = False
    if options.feed and seen["ok"]:
        try:
            write_feed(options.out_dir, base_url=options.base_url)
        except AudioreviewError as exc:  # after the inputs' own lines
            click.echo(f"audioreview: {exc}", err=True)
            feed_failed = True
    if seen["failed"] or feed_failed:
        sys.exit(1 if seen["internal"] else 2)


@cli.command()
@click.argument("input_path", metavar="INPUT")
@click.option("--json", "as_json", is_flag=True, help="Print the document model as JSON.")
@input_options
@library_errors
def inspect(input_path: str, as_json: bool, **kw: Any) -> None:
    """Show a review's outline: title, metadata, headings, sentence counts,
    byline, disclaimer and content warnings.

    Example:

        audioreview inspect examples/the-lantern-keepers.txt --json
    """
    from .writers.outline import format_outline

    review = _prepared(input_path, kw)
    if as_json:
        click.echo(json.dumps(review.to_dict(), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        click.echo(format_outline(review))


@cli.command()
@click.argument("input_path", metavar="INPUT")
@click.option("--json", "as_json", is_flag=True, help="Print {warnings: [...], note: ...} as JSON.")
@input_options
@library_errors
def warnings(input_path: str, as_json: bool, **kw: Any) -> None:
    """Show the content warnings of a review: categories, severities, evidence
    sentences, and the content note every edition will start with.

    Example:

        audioreview warnings examples/ashes-of-the-delta.txt --json
    """
    from .analysis.content_warnings import format_warnings_text, warnings_report

    options = warning_options(kw)
    review = _prepared(input_path, kw, options)
    if as_json:
        click.echo(json.dumps(warnings_report(review, options), ensure_ascii=False, indent=2, allow_nan=False))
    else:
        click.echo(format_warnings_text(review))


@cli.command()
@library_errors
def voices() -> None:
    """List voice profiles, where each comes from, and whether it works offline.

    Profiles are searched in ./voices, then $AUDIOREVIEW_VOICES, then the
    built-in ones.

    Example:

        audioreview voices
    """
    from .speech.profiles import format_profiles

    click.echo(format_profiles())


def feed_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Channel settings shared by `feed` and `serve`; a TOML --config supplies defaults."""
    decorators = [
        click.option("--base-url", metavar="URL", help="Public http(s) URL where DIR is served."),
        click.option("--config", "config", type=click.Path(dir_okay=False, exists=True),
                     help="TOML file with feed settings (see docs/feed.md)."),
        click.option("--title", help="Podcast title."),
        click.option("--description", help="Podcast description."),
        click.option("--author", help="Podcast author."),
        click.option("--owner-name", help="Owner name (itunes:owner)."),
        click.option("--owner-email", help="Owner e-mail (itunes:owner)."),
        click.option("--language", help="Feed language (BCP 47)."),
        click.option("--category", help="iTunes category, e.g. 'Arts'."),
        click.option("--image", type=click.Path(dir_okay=False), help="Cover PNG/JPEG, 1400-3000 px square."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _feed_settings(kw: dict[str, Any]) -> Any:
    from .feed.settings import load_settings

    return load_settings(kw.pop("config"), **{k: kw.pop(k) for k in list(kw)})


@cli.command()
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False), default="output")
@feed_options
@library_errors
def feed(directory: str, **kw: Any) -> None:
    """Write DIR/feed.xml: one podcast episode per review rendered in DIR.

    Example:

        audioreview feed output --base-url https://reviews.example.org/podcast/
    """
    from .render import write_feed

    for path in write_feed(directory, _feed_settings(kw)):
        click.echo(f"wrote {path}")


@cli.command()
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False), default="output")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("-q", "--quiet", is_flag=True, help="No request log.")
@feed_options
@library_errors
def serve(directory: str, host: str, port: int, quiet: bool, **kw: Any) -> None:
    """Serve DIR's feed and files (byte ranges, ETags, CORS) so podcast apps can subscribe.

    Without --base-url the feed served carries this server's own address.
    Ctrl-C stops it.

    Example:

        audioreview serve output --port 8000
    """
    from .serve import serve as serve_dir

    serve_dir(Path(directory), host=host, port=port, settings=_feed_settings(kw), quiet=quiet)


@cli.command()
@click.argument("directory", metavar="DIR", type=click.Path(file_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), metavar="FILE.epub",
              help="The EPUB to write.")
@click.option("--title", help="The anthology's title (default: Collected reviews).")
@click.option("--no-audio", is_flag=True, help="Text only: leave the narration out.")
@click.option("--order", type=click.Choice(["date", "title"]), default="date", show_default=True,
              help="date: oldest first (the review's date, else its first render); title: A to Z.")
@library_errors
def anthology(directory: str, output: str, title: str | None, no_audio: bool, order: str) -> None:
    """Bind every review rendered in DIR into one EPUB 3: a part per review
    (its title, content note, sections, About page), one table of contents,
    read-along narration for the narrated ones.

    Example:

        audioreview anthology output -o collection.epub --title "A year of reviews"
    """
    from .render import write_anthology

    click.echo(f"wrote {write_anthology(directory, output, title=title, audio=not no_audio, order=order)}")


def _prepared(input_path: str, kw: dict[str, Any], options: WarningOptions | None = None) -> Any:
    """The analysed model of one INPUT (``-``: standard input), from the
    options of :func:`input_options` (or ``options``, already taken from them)."""
    from .render import prepare

    data = sys.stdin.buffer.read() if input_path == "-" else None
    return prepare(input_path, kw.pop("input_format"), options or warning_options(kw), data=data)


def main() -> None:
    cli(prog_name="audioreview")


if __name__ == "__main__":  # pragma: no cover
    main()
