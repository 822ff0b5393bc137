"""A small HTTP server for a directory of rendered reviews, so podcast apps on
the local network (or a test) can subscribe to the feed.

What it does, and why:

* Content types podcast clients and browsers expect (RSS, MP3, WebVTT, SubRip,
  JSON chapters, EPUB, PNG).
* HTTP ranges (single, suffix, open-ended and multiple as
  ``multipart/byteranges``), ``If-Range``, HEAD, ``ETag``/``If-None-Match`` and
  ``Last-Modified``/``If-Modified-Since``: players seek in MP3s with ranges
  and re-check feeds with conditional requests.
* ``Access-Control-Allow-Origin: *`` on every response (web players fetch
  transcripts and chapters cross-origin) and an OPTIONS pre-flight answer.
* Never anything outside DIR: traversal (``..``, ``%2e%2e``, encoded slashes or
  backslashes, NUL, absolute paths) is 404, a symlink resolving outside is 403;
  dot-files (such as half-written ``.part`` files) are never served; no
  directory listings, only a small index page at ``/``.
* When the feed was made without ``--base-url`` (or ``make_server`` gets a
  ``base_url``), ``/feed.xml`` is generated in memory for the address the
  client used (the Host header), so the enclosure links work wherever the
  server runs.
"""

from __future__ import annotations

import email.utils
import errno
import hashlib
import html
import os
import re
import signal
import sys
import threading
import time
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from .errors import AudioreviewError, OutputError
from .podcast import build_feed, merge_settings, stored_settings
from .writers.feed import FeedSettings, check_base_url

CHUNK = 64 * 1024
MAX_RANGES = 32
FEED = "feed.xml"

_TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".epub": "application/epub+zip",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".xml": "application/xml",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/markdown; charset=utf-8",
}
_SAFE_HOST = re.compile(r"(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
_DIGITS = re.compile(r"[0-9]+")


def content_type(name: str) -> str:
    """The Content-Type for a file name."""
    lower = name.lower()
    if lower == FEED or lower.endswith("/" + FEED):
        return "application/rss+xml; charset=utf-8"
    if lower.endswith(".chapters.json"):
        return "application/json+chapters"
    return _TYPES.get(os.path.splitext(lower)[1], "application/octet-stream")


def parse_range(header: str, size: int) -> list[tuple[int, int]] | None:
    """Byte ranges of a Range header as inclusive (first, last) pairs.

    None: the header is not a valid ``bytes=`` range set (it is then ignored
    and the whole file is sent, as RFC 9110 allows); []: no range is
    satisfiable (416).
    """
    unit, eq, spec = header.partition("=")
    if not eq or unit.strip().lower() != "bytes":
        return None
    parts = [p.strip() for p in spec.split(",")]
    if len(parts) > MAX_RANGES or not any(parts):
        return None
    ranges: list[tuple[int, int]] = []
    for part in parts:
        if not part:
            continue
        first, dash, last = (s.strip() for s in part.partition("-"))
        if not dash:
            return None
        if first == "":
            if not _DIGITS.fullmatch(last):
                return None
            n = int(last)
            if n > 0 and size > 0:
                ranges.append((max(0, size - n), size - 1))
            continue
        if not _DIGITS.fullmatch(first) or (last and not _DIGITS.fullmatch(last)):
            return None
        a = int(first)
        if last and int(last) < a:
            return None
        if a < size:
            ranges.append((a, min(int(last), size - 1) if last else size - 1))
    return ranges


@dataclass
class _Resource:
    name: str
    size: int
    mtime: float
    etag: str
    ctype: str
    data: bytes | None = None
    path: Path | None = None

    def open(self) -> BinaryIO:
        import io

        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return open(self.path, "rb")


class ReviewServer(ThreadingHTTPServer):
    """ThreadingHTTPServer that knows its DIR and how to make the feed."""

    daemon_threads = True

    def __init__(self, root: Path, address: tuple[str, int], settings: FeedSettings,
                 base_url: str | None, dynamic: bool, quiet: bool) -> None:
        self.root = root.resolve()
        self.settings = settings
        self.fixed_base_url = base_url
        self.dynamic = dynamic
        self.quiet = quiet
        self._cache: tuple[object, dict[str, bytes] | None, float] | None = None
        self._lock = threading.Lock()
        if ":" in address[0]:
            import socket

            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can stall on a
        # machine without DNS; the name is not needed.
        import socketserver

        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
        if ":" in str(host) and not str(host).startswith("["):
            host = f"[{host}]"
        return f"http://{host}:{port}/"

    def feed_files(self, host_header: str | None) -> dict[str, bytes] | None:
        """The in-memory feed and its files for this request's address, cached
        until a rendered review changes. None when DIR holds no reviews."""
        base = self.fixed_base_url
        if base is None:
            base = f"http://{host_header}/" if host_header and _SAFE_HOST.fullmatch(host_header) else self.url
        key = (base, self._signature())
        with self._lock:
            if self._cache is not None and self._cache[0] == key:
                return self._cache[1]
            try:
                files: dict[str, bytes] | None = build_feed(self.root, replace(self.settings, base_url=base))
            except OutputError:
                files = None
            self._cache = (key, files, time.time())
            return files

    def _signature(self) -> tuple[tuple[str, int, int], ...]:
        """What the feed depends on: names, sizes and mtimes of the rendered files."""
        sig = []
        for sub in sorted(self.root.iterdir()):
            if not sub.is_dir() or sub.name.startswith("."):
                continue
            for f in sorted(sub.iterdir()):
                if f.suffix in (".json", ".mp3") and f.is_file():
                    st = f.stat()
                    sig.append((f"{sub.name}/{f.name}", st.st_size, st.st_mtime_ns))
        return tuple(sig)

    def log(self, line: str) -> None:
        if not self.quiet:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"
    server_version = "audioreview"
    timeout = 30

    # ------------------------------------------------------------------ methods
    def do_GET(self) -> None:  # noqa: N802
        self._serve(head=False)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(head=True)

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response_only(HTTPStatus.NO_CONTENT)
        self._common_headers()
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Range, If-None-Match, If-Modified-Since, If-Range")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.log_request(HTTPStatus.NO_CONTENT, 0)

    # ------------------------------------------------------------------ logging
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        self.server.log(f"{self.address_string()} - {format % args}")

    # ----------------------------------------------------------------- response
    def _common_headers(self) -> None:
        self.send_header("Date", self.date_time_string())
        self.send_header("Server", self.server_version)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "Content-Length, Content-Range, Accept-Ranges, ETag")

    def _error(self, code: int, head: bool) -> None:
        body = f"{code} {HTTPStatus(code).phrase}\n".encode()
        self.send_response_only(code)
        self._common_headers()
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)
        self.log_request(code, len(body))

    def _serve(self, head: bool) -> None:
        try:
            found = self._resolve()
        except AudioreviewError as exc:
            self.server.log(f"audioreview: {exc}")
            found = HTTPStatus.INTERNAL_SERVER_ERROR
        if isinstance(found, int):
            self._error(found, head)
            return
        res = found
        try:
            fh = res.open()
        except OSError:
            self._error(HTTPStatus.NOT_FOUND, head)
            return
        with fh:
            try:
                self._send(res, fh, head)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    def _send(self, res: _Resource, fh: BinaryIO, head: bool) -> None:
        last_modified = email.utils.formatdate(int(res.mtime), usegmt=True)
        if self._not_modified(res):
            self.send_response_only(HTTPStatus.NOT_MODIFIED)
            self._common_headers()
            self.send_header("ETag", res.etag)
            self.send_header("Last-Modified", last_modified)
            self.end_headers()
            self.log_request(HTTPStatus.NOT_MODIFIED, 0)
            return
        ranges = None
        range_header = self.headers.get("Range")
        if range_header and self._if_range_ok(res, last_modified):
            ranges = parse_range(range_header, res.size)
            if ranges is not None and sum(b - a + 1 for a, b in ranges) > 2 * res.size + 1:
                ranges = None  # overlapping-range abuse: send the file once instead
        if ranges == []:
            self.send_response_only(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self._common_headers()
            self.send_header("Content-Range", f"bytes */{res.size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            self.log_request(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE, 0)
            return

        def headers(code: int, length: int, ctype: str) -> None:
            self.send_response_only(code)
            self._common_headers()
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(length))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", res.etag)
            self.send_header("Last-Modified", last_modified)
            if res.name == FEED:
                self.send_header("Cache-Control", "no-cache")

        if not ranges:
            headers(HTTPStatus.OK, res.size, res.ctype)
            self.end_headers()
            if not head:
                self._copy(fh, 0, res.size)
            self.log_request(HTTPStatus.OK, res.size)
        elif len(ranges) == 1:
            a, b = ranges[0]
            headers(HTTPStatus.PARTIAL_CONTENT, b - a + 1, res.ctype)
            self.send_header("Content-Range", f"bytes {a}-{b}/{res.size}")
            self.end_headers()
            if not head:
                self._copy(fh, a, b - a + 1)
            self.log_request(HTTPStatus.PARTIAL_CONTENT, b - a + 1)
        else:
            boundary = "audioreview-" + hashlib.sha1(f"{res.etag}{ranges}".encode()).hexdigest()[:20]
            part_heads = [
                (f"--{boundary}\r\nContent-Type: {res.ctype}\r\nContent-Range: bytes {a}-{b}/{res.size}\r\n\r\n").encode()
                for a, b in ranges
            ]
            tail = f"--{boundary}--\r\n".encode()
            length = sum(len(h) + (b - a + 1) + 2 for h, (a, b) in zip(part_heads, ranges)) + len(tail)
            headers(HTTPStatus.PARTIAL_CONTENT, length, f"multipart/byteranges; boundary={boundary}")
            self.end_headers()
            if not head:
                for h, (a, b) in zip(part_heads, ranges):
                    self.wfile.write(h)
                    self._copy(fh, a, b - a + 1)
                    self.wfile.write(b"\r\n")
                self.wfile.write(tail)
            self.log_request(HTTPStatus.PARTIAL_CONTENT, length)

    def _copy(self, fh: BinaryIO, start: int, length: int) -> None:
        fh.seek(start)
        while length > 0:
            chunk = fh.read(min(CHUNK, length))
            if not chunk:
                # The file shrank under us: the promised length cannot be kept.
                self.close_connection = True
                return
            self.wfile.write(chunk)
            length -= len(chunk)

    # -------------------------------------------------------------- conditionals
    def _not_modified(self, res: _Resource) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return "*" in tags or res.etag in tags
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                since = email.utils.parsedate_to_datetime(ims)
            except (TypeError, ValueError, IndexError):
                return False
            if since is None:
                return False
            return int(res.mtime) <= since.timestamp()
        return False

    def _if_range_ok(self, res: _Resource, last_modified: str) -> bool:
        value = self.headers.get("If-Range")
        if value is None:
            return True
        value = value.strip()
        if value.startswith(('"', "W/")):
            return value == res.etag  # strong comparison: a weak tag never matches
        return value == last_modified

    # -------------------------------------------------------------- path lookup
    def _resolve(self) -> _Resource | int:
        target = self.path
        if target.startswith(("http://", "https://")):
            target = urlsplit(target).path or "/"
        raw = target.split("?", 1)[0].split("#", 1)[0]
        if not raw.startswith("/") or "\\" in raw or "\x00" in raw or re.search(r"%(2f|5c|00)", raw, re.I):
            return HTTPStatus.NOT_FOUND
        try:
            rel = unquote(raw, errors="strict")[1:]
        except UnicodeDecodeError:
            return HTTPStatus.NOT_FOUND
        if rel in ("", "index.html") and not (self.server.root / "index.html").is_file():
            return self._index()
        segments = rel.split("/")
        for seg in segments:
            if seg in ("", ".", "..") or seg.startswith(".") or "\\" in seg or "\x00" in seg or ":" in seg:
                return HTTPStatus.NOT_FOUND
        rel = "/".join(segments)
        if self.server.dynamic:
            files = None
            if rel == FEED or not (self.server.root / rel).exists():
                files = self.server.feed_files(self.headers.get("Host"))
            if rel == FEED and files is None:
                return HTTPStatus.NOT_FOUND
            if files is not None and rel in files:
                return self._memory(rel, files[rel])
        return self._file(rel)

    def _memory(self, rel: str, data: bytes) -> _Resource:
        mtime = float(self.server._cache[2]) if self.server._cache else 0.0
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        return _Resource(rel, len(data), mtime, etag, content_type(rel), data=data)

    def _file(self, rel: str) -> _Resource | int:
        root = self.server.root
        try:
            resolved = (root / rel).resolve(strict=True)
        except (OSError, RuntimeError):
            return HTTPStatus.NOT_FOUND
        if not resolved.is_relative_to(root):
            return HTTPStatus.FORBIDDEN
        try:
            st = resolved.stat()
        except OSError:
            return HTTPStatus.NOT_FOUND
        if not resolved.is_file():
            return HTTPStatus.NOT_FOUND
        etag = f'"{st.st_size:x}-{st.st_mtime_ns:x}"'
        return _Resource(rel, st.st_size, st.st_mtime, etag, content_type(rel), path=resolved)

    def _index(self) -> _Resource:
        root = self.server.root
        rows = []
        for sub in sorted(root.iterdir()):
            if sub.is_dir() and not sub.name.startswith(".") and (sub / "review.json").is_file():
                links = " ".join(
                    f'<a href="{html.escape(sub.name)}/{html.escape(f.name)}">{html.escape(f.suffix[1:])}</a>'
                    for f in sorted(sub.iterdir())
                    if f.is_file() and f.suffix in (".mp3", ".epub", ".vtt", ".srt")
                )
                rows.append(f"<li>{html.escape(sub.name)}: {links}</li>")
        page = (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>audioreview</title></head>"
            f"<body><h1>Reviews</h1><p><a href=\"{FEED}\">Podcast feed</a></p><ul>{''.join(rows)}</ul></body></html>\n"
        ).encode("utf-8")
        etag = '"' + hashlib.sha256(page).hexdigest()[:32] + '"'
        return _Resource("index.html", len(page), root.stat().st_mtime, etag, "text/html; charset=utf-8", data=page)


# ----------------------------------------------------------------------- public


def make_server(directory: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000,
                base_url: str | None = None, quiet: bool = False,
                settings: FeedSettings | None = None) -> ReviewServer:
    """A bound, not yet running server for DIR (``port=0``: any free port).

    ``settings`` are feed options from the command line: fields that differ from
    the defaults override the settings the last build stored in
    DIR/feed-settings.json; ``settings.base_url`` counts as ``base_url``.

    Feed mode: with a base URL the feed is generated for that address; else,
    when DIR/feed.xml was built with a base URL and no other feed option is
    given, that file is served as it is; else the feed is generated for the
    address each client used (the Host header).
    """
    root = Path(directory)
    if not root.is_dir():
        raise OutputError("no such directory", str(root))
    if base_url is None and settings is not None:
        base_url = settings.base_url
    if base_url is not None:
        base_url = check_base_url(base_url)
    stored = stored_settings(root)
    overrides = settings is not None and merge_settings(FeedSettings(), settings) != FeedSettings()
    merged = merge_settings(stored or FeedSettings(), settings)
    static = base_url is None and not overrides and stored is not None and bool(stored.base_url) \
        and (root / FEED).is_file()
    try:
        return ReviewServer(root, (host, port), merged, base_url, not static, quiet)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise OutputError(f"port {port} on {host} is in use") from None
        raise OutputError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None


def serve(directory: str | os.PathLike[str], host: str = "127.0.0.1", port: int = 8000,
          base_url: str | None = None, quiet: bool = False, settings: FeedSettings | None = None) -> None:
    """Serve DIR until Ctrl-C (or SIGTERM), then close the socket and return."""
    server = make_server(directory, host, port, base_url, quiet, settings)
    previous = None
    if threading.current_thread() is threading.main_thread():
        # SIGTERM (kill, systemd, docker stop) stops as cleanly as Ctrl-C.
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        sys.stderr.write(f"Serving {directory} at {server.url} (feed: {server.url}{FEED}); Ctrl-C to stop\n")
        sys.stderr.flush()
        server.serve_forever()
    except KeyboardInterrupt:
        sys.stderr.write("Stopped.\n")
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
