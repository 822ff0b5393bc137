"""A small HTTP server for a directory of rendered reviews, so podcast apps on
the local network (or a test) can subscribe to the feed.

werkzeug does the HTTP: its threaded WSGI server reads requests and its
``Response`` writes answers. This module is the application on top, and the
limits a server open to a network needs. What it does, and why:

* Content types podcast clients and browsers expect (RSS, MP3, WebVTT, SubRip,
  JSON chapters, EPUB, PNG).
* HTTP ranges (single, suffix, open-ended and multiple as
  ``multipart/byteranges``), ``If-Range``, HEAD, ``ETag``/``If-None-Match`` and
  ``Last-Modified``/``If-Modified-Since``: players seek in MP3s with ranges
  and re-check feeds with conditional requests.
* ``Access-Control-Allow-Origin: *`` on every answer of the application (web
  players fetch transcripts and chapters cross-origin) and an OPTIONS
  pre-flight answer.
* Never anything outside DIR: traversal (``..``, ``%2e%2e``, encoded slashes or
  backslashes, NUL, absolute paths) is 404, a symlink resolving outside is 403;
  dot-files (such as half-written ``.part`` files) are never served; no
  directory listings: ``/`` and ``/<slug>/`` answer the web edition's
  ``index.html`` (a small generated index at ``/`` when there is none), and
  ``/<slug>`` redirects to ``/<slug>/``.
* Limits, so one client cannot stall or exhaust the server: a request line over
  8 KiB is 414, a request head over 32 KiB is 431, a socket silent for 15 s is
  closed, and so is one that has not sent its whole request head in 30 s
  (slowloris). An invalid or missing ``Host`` is 400.
* When the feed was made without ``--base-url`` (or ``make_server`` gets a
  ``base_url``), ``/feed.xml`` is generated in memory for this server's own
  address and port, as the client reached them. The Host header never goes
  into links: a client must not be able to point the feed elsewhere.
"""

from __future__ import annotations

import errno
import hashlib
import html
import io
import os
import re
import signal
import socket
import socketserver
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import unquote_to_bytes, urlsplit

from werkzeug.http import http_date
from werkzeug.sansio.http import is_resource_modified
from werkzeug.serving import ThreadedWSGIServer, WSGIRequestHandler
from werkzeug.wrappers import Response

from . import layout
from .errors import AudioreviewError, OutputError
from .feed.library import build_feed
from .feed.settings import FeedSettings, check_base_url, merge_settings, stored_settings

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIEnvironment

CHUNK = 64 * 1024
MAX_RANGES = 32
MAX_REQUEST_LINE = 8 * 1024
MAX_HEADER_BYTES = 32 * 1024
NAME_MAX = 255  # a longer path segment cannot name a file
IDLE_TIMEOUT = 15.0
HEAD_TIMEOUT = 30.0
FEED = layout.FEED_FILE

_HOST = re.compile(r"(?:[A-Za-z0-9._-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::([0-9]{1,5}))?")
_DIGITS = re.compile(r"[0-9]+")
_CONTROL = str.maketrans({c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)]})
_WILDCARDS = ("0.0.0.0", "::", "")


def content_type(name: str) -> str:
    """The Content-Type for a file name."""
    return layout.media_type(name, charset=True)


def valid_host(value: str | None, protocol: str) -> bool:
    """Whether a Host header is one plain ``host[:port]`` (RFC 9112: else 400).

    HTTP/1.0 may leave it out. It is only checked, never used in links."""
    if value is None:
        return protocol == "HTTP/1.0"
    match = _HOST.fullmatch(value)
    return match is not None and (match[1] is None or 0 < int(match[1]) <= 65535)


def _number(digits: str) -> int:
    """A position in a Range header. Beyond 18 digits it is past the end of any
    file; int() of 4,300+ digits would raise."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= 18 else 10**18


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
            n = _number(last)
            if n > 0 and size > 0:
                ranges.append((max(0, size - n), size - 1))
            continue
        if not _DIGITS.fullmatch(first) or (last and not _DIGITS.fullmatch(last)):
            return None
        a = _number(first)
        if last and _number(last) < a:
            return None
        if a < size:
            ranges.append((a, min(_number(last), size - 1) if last else size - 1))
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
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.path is not None
        return open(self.path, "rb")


def _chunks(fh: BinaryIO, start: int, length: int) -> Iterator[bytes]:
    """``length`` bytes of ``fh`` from ``start``; fewer if the file shrank (the
    connection then closes short of Content-Length, which clients notice)."""
    fh.seek(start)
    while length > 0:
        chunk = fh.read(min(CHUNK, length))
        if not chunk:
            return
        yield chunk
        length -= len(chunk)


def _plain(status: int, headers: dict[str, str] | None = None) -> Response:
    """A short text answer for an error."""
    body = f"{status} {HTTPStatus(status).phrase}\n" if status >= 400 else ""
    return Response(body, status, headers, content_type="text/plain; charset=utf-8")


def _url(host: str, port: int) -> str:
    host = "127.0.0.1" if host in ("0.0.0.0", "") else ("::1" if host == "::" else host)
    if ":" in host:
        host = "[" + host.replace("%", "%25") + "]"
    return f"http://{host}:{port}/"


class ReviewServer(ThreadedWSGIServer):
    """werkzeug's threaded WSGI server, with DIR, the feed and the limits."""

    block_on_close = False  # Ctrl-C must not wait for a slow client's download
    idle_timeout = IDLE_TIMEOUT
    head_timeout = HEAD_TIMEOUT

    def __init__(self, root: Path, host: str, port: int, settings: FeedSettings,
                 base_url: str | None, dynamic: bool, quiet: bool) -> None:
        self.root = root.resolve()
        self.settings = settings
        self.fixed_base_url = base_url
        self.dynamic = dynamic
        self.quiet = quiet
        self._cache: tuple[object, dict[str, bytes] | None, float] | None = None
        self._lock = threading.Lock()
        super().__init__(host, port, self.wsgi, _Handler)

    # ------------------------------------------------------------------ socket
    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can stall on a
        # machine without DNS; werkzeug exits the process on a bind error, where
        # the library raises OutputError.
        try:
            socketserver.TCPServer.server_bind(self)
        except OSError as exc:
            raise _listen_error(exc, self.host, self.port) from None
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def server_activate(self) -> None:
        try:
            super().server_activate()
        except OSError as exc:
            raise _listen_error(exc, self.host, self.port) from None

    @property
    def url(self) -> str:
        """Where a client on this machine reaches the server."""
        return _url(*self.server_address[:2])

    def own_url(self, environ: WSGIEnvironment) -> str:
        """This server's address and port as the client reached them (the local
        end of its connection when listening on all interfaces)."""
        host, port = self.server_address[:2]
        if host in _WILDCARDS:
            try:
                host = environ["werkzeug.socket"].getsockname()[0]
            except (KeyError, OSError):
                return self.url
            host = host.removeprefix("::ffff:") if "." in host else host
        return _url(host, port)

    def log(self, type: str, message: str, *args: Any) -> None:  # noqa: A002
        """werkzeug's log calls, and the request log; nothing with ``quiet``."""
        if not self.quiet:
            sys.stderr.write((message % args if args else message).rstrip("\n") + "\n")
            sys.stderr.flush()

    # ------------------------------------------------------------- application
    def wsgi(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """The WSGI application: every answer gets the CORS headers."""
        response = self.respond(environ)
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Expose-Headers"] = "Content-Length, Content-Range, Accept-Ranges, ETag"
        return response(environ, start_response)

    def respond(self, environ: WSGIEnvironment) -> Response:
        """The answer to one request."""
        if not valid_host(environ.get("HTTP_HOST"), environ.get("SERVER_PROTOCOL", "")):
            return _plain(400)
        method = environ["REQUEST_METHOD"]
        if method == "OPTIONS":
            return _plain(204, {
                "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
                "Access-Control-Allow-Headers": "Range, If-None-Match, If-Modified-Since, If-Range",
                "Access-Control-Max-Age": "86400",
            })
        if method not in ("GET", "HEAD"):
            return _plain(501, {"Allow": "GET, HEAD, OPTIONS"})
        redirect = self._folder_redirect(environ)  # web edition: /<slug> -> /<slug>/
        if redirect is not None:
            return redirect
        try:
            found = self._resolve(environ)
        except AudioreviewError as exc:
            self.log("error", f"audioreview: {exc}")
            return _plain(500)
        except OSError:  # a name too long for the file system, a file gone meanwhile...
            return _plain(404)
        return _plain(found) if isinstance(found, int) else self._send(environ, found)

    def _send(self, environ: WSGIEnvironment, res: _Resource) -> Response:
        modified = datetime.fromtimestamp(int(res.mtime), timezone.utc)
        headers = {"ETag": res.etag, "Last-Modified": http_date(modified), "Accept-Ranges": "bytes"}
        if res.name == FEED:
            headers["Cache-Control"] = "no-cache"
        if not is_resource_modified(http_if_none_match=environ.get("HTTP_IF_NONE_MATCH"),
                                    http_if_modified_since=environ.get("HTTP_IF_MODIFIED_SINCE"),
                                    etag=res.etag, last_modified=modified):
            return Response(None, 304, headers)
        ranges = None
        range_header = environ.get("HTTP_RANGE")
        if range_header and _if_range_ok(environ.get("HTTP_IF_RANGE"), res.etag, headers["Last-Modified"]):
            ranges = parse_range(range_header, res.size)
            if ranges is not None and sum(b - a + 1 for a, b in ranges) > 2 * res.size + 1:
                ranges = None  # overlapping-range abuse: send the file once instead
        if ranges == []:
            return Response(None, 416, {"Content-Range": f"bytes */{res.size}"})
        try:
            fh = res.open()
        except OSError:
            return _plain(404)
        ctype = res.ctype
        if not ranges:
            status, length, body = 200, res.size, _chunks(fh, 0, res.size)
        elif len(ranges) == 1:
            (a, b), status = ranges[0], 206
            length, body = b - a + 1, _chunks(fh, a, b - a + 1)
            headers["Content-Range"] = f"bytes {a}-{b}/{res.size}"
        else:
            status, (ctype, length, body) = 206, _multipart(fh, res, ranges)
        response = Response(body, status, headers, content_type=ctype)
        response.headers["Content-Length"] = str(length)
        response.call_on_close(fh.close)
        return response

    # -------------------------------------------------------------- path lookup
    def _resolve(self, environ: WSGIEnvironment) -> _Resource | int:
        target = environ.get("audioreview.target", "")
        if target.startswith(("http://", "https://")):
            target = urlsplit(target).path or "/"
        raw = target.split("?", 1)[0].split("#", 1)[0]
        if not raw.startswith("/") or "\\" in raw or "\x00" in raw or re.search(r"%(2f|5c|00)", raw, re.I):
            return HTTPStatus.NOT_FOUND
        try:
            rel = unquote_to_bytes(raw.encode("latin-1")).decode("utf-8")[1:]
        except UnicodeError:
            return HTTPStatus.NOT_FOUND
        if rel == "" or rel.endswith("/"):
            rel += layout.WEB_PAGE  # a folder's page (OUT/index.html, OUT/<slug>/index.html)
        if rel == layout.LIBRARY_PAGE and not (self.root / layout.LIBRARY_PAGE).is_file():
            return self._index()
        for seg in rel.split("/"):
            if seg in ("", ".", "..") or seg.startswith(".") or "\\" in seg or "\x00" in seg or ":" in seg \
                    or len(seg.encode("utf-8")) > NAME_MAX:
                return HTTPStatus.NOT_FOUND
        if self.dynamic:
            files = None
            if rel == FEED or not (self.root / rel).exists():
                files = self.feed_files(self.fixed_base_url or self.own_url(environ))
            if rel == FEED and files is None:
                return HTTPStatus.NOT_FOUND
            if files is not None and rel in files:
                return self._memory(rel, files[rel])
        return self._file(rel)

    def _folder_redirect(self, environ: WSGIEnvironment) -> Response | None:
        """Web edition: ``/<slug>`` (a review folder with a page) is a 301 to
        ``/<slug>/``, so the page's relative links resolve."""
        raw = environ.get("audioreview.target", "").split("?", 1)[0].split("#", 1)[0]
        if not re.fullmatch(r"/[A-Za-z0-9][A-Za-z0-9._-]{0,254}", raw):
            return None
        folder = self.root / raw[1:]
        if folder.is_symlink() or not (folder.is_dir() and (folder / layout.WEB_PAGE).is_file()):
            return None
        return _plain(301, {"Location": raw + "/"})

    def feed_files(self, base: str) -> dict[str, bytes] | None:
        """The in-memory feed and its files for links under ``base``, cached
        until a rendered review changes. None when DIR holds no reviews."""
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

    def _memory(self, rel: str, data: bytes) -> _Resource:
        mtime = float(self._cache[2]) if self._cache else 0.0
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        return _Resource(rel, len(data), mtime, etag, content_type(rel), data=data)

    def _file(self, rel: str) -> _Resource | int:
        try:
            resolved = (self.root / rel).resolve(strict=True)
        except (OSError, RuntimeError):
            return HTTPStatus.NOT_FOUND
        if not resolved.is_relative_to(self.root):
            return HTTPStatus.FORBIDDEN
        st = resolved.stat()
        if not resolved.is_file():
            return HTTPStatus.NOT_FOUND
        etag = f'"{st.st_size:x}-{st.st_mtime_ns:x}"'
        return _Resource(rel, st.st_size, st.st_mtime, etag, content_type(rel), path=resolved)

    def _index(self) -> _Resource:
        rows = []
        for sub in sorted(self.root.iterdir()):
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
        return _Resource("index.html", len(page), self.root.stat().st_mtime, etag, "text/html; charset=utf-8",
                         data=page)


def _if_range_ok(value: str | None, etag: str, last_modified: str) -> bool:
    """RFC 9110 If-Range: strong ETag comparison, or the exact Last-Modified date."""
    if value is None:
        return True
    value = value.strip()
    if value.startswith(('"', "W/")):
        return value == etag  # a weak tag never matches
    return value == last_modified


def _multipart(fh: BinaryIO, res: _Resource, ranges: list[tuple[int, int]]) -> tuple[str, int, Iterator[bytes]]:
    """Content-Type, length and body of a ``multipart/byteranges`` answer."""
    boundary = "audioreview-" + hashlib.sha1(f"{res.etag}{ranges}".encode()).hexdigest()[:20]
    heads = [f"--{boundary}\r\nContent-Type: {res.ctype}\r\nContent-Range: bytes {a}-{b}/{res.size}\r\n\r\n".encode()
             for a, b in ranges]
    tail = f"--{boundary}--\r\n".encode()
    length = sum(len(h) + (b - a + 1) + 2 for h, (a, b) in zip(heads, ranges)) + len(tail)

    def body() -> Iterator[bytes]:
        for head, (a, b) in zip(heads, ranges):
            yield head
            yield from _chunks(fh, a, b - a + 1)
            yield b"\r\n"
        yield tail

    return f"multipart/byteranges; boundary={boundary}", length, body()


class _Deadline(io.RawIOBase):
    """Socket reads with a deadline over the whole request head: a client that
    sends it a byte at a time (slowloris) loses its thread after head_timeout,
    one that says nothing after idle_timeout."""

    def __init__(self, sock: socket.socket, idle: float) -> None:
        self.sock, self.idle = sock, idle
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        timeout = self.idle
        if self.deadline is not None:
            timeout = min(timeout, self.deadline - time.monotonic())
            if timeout <= 0:
                raise TimeoutError("the request head took too long")
        self.sock.settimeout(timeout)
        return self.sock.recv_into(buffer)


class _Handler(WSGIRequestHandler):
    """werkzeug's request handler with limits on the request head, timeouts,
    and one log line per request with the length sent."""

    server: ReviewServer
    default_request_version = "HTTP/1.0"  # so even an answer to a garbled request line has a status line

    def setup(self) -> None:
        self.timeout = self.server.idle_timeout
        super().setup()
        self.rfile.close()
        self.clock = _Deadline(self.connection, self.server.idle_timeout)
        self.rfile = io.BufferedReader(self.clock)

    def version_string(self) -> str:
        return "audioreview"

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        super().send_error(code, message, explain)
        self.lingering = True

    def finish(self) -> None:
        super().finish()
        if getattr(self, "lingering", False):
            _linger(self.connection)

    def handle_one_request(self) -> None:
        self.clock.deadline = time.monotonic() + self.server.head_timeout
        self._status: int | None = None
        self._length = "-"
        try:
            super().handle_one_request()
        finally:
            if self._status is not None:
                line = f'"{self.requestline}" {self._status} {self._length}'.translate(_CONTROL)
                self.server.log("info", f"{self.address_string()} - {line}")

    def parse_request(self) -> bool:
        if len(self.raw_requestline) > MAX_REQUEST_LINE:
            self.requestline = self.request_version = self.command = ""
            self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            return False
        if not super().parse_request():
            return False
        if sum(len(k) + len(v) + 4 for k, v in self.headers.items()) > MAX_HEADER_BYTES:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE)
            return False
        try:
            urlsplit(self.path)  # werkzeug's make_environ would raise on "http://[x"
        except ValueError:
            self.send_error(HTTPStatus.BAD_REQUEST)
            return False
        self.clock.deadline = None
        self.connection.settimeout(self.server.idle_timeout)
        return True

    def make_environ(self) -> WSGIEnvironment:
        environ = super().make_environ()
        environ["audioreview.target"] = self.path  # the request target as sent, before any decoding
        return environ

    def send_header(self, keyword: str, value: str) -> None:
        if keyword.lower() == "content-length":
            self._length = value
        super().send_header(keyword, value)

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        self._status = int(code) if isinstance(code, int) else None

    def log(self, type: str, message: str, *args: Any) -> None:  # noqa: A002
        self.server.log(type, f"{self.address_string()} - {message % args if args else message}")


def _linger(sock: socket.socket, seconds: float = 1.0, limit: int = 1 << 20) -> None:
    """Read what the client still sends before the socket closes: closing on
    unread data resets the connection, and the client may then lose an early
    answer (414, 431) it has not read yet."""
    try:
        sock.shutdown(socket.SHUT_WR)
        end = time.monotonic() + seconds
        while limit > 0 and (left := end - time.monotonic()) > 0:
            sock.settimeout(left)
            data = sock.recv(CHUNK)
            if not data:
                return
            limit -= len(data)
    except OSError:
        pass


def _listen_error(exc: OSError, host: str, port: int) -> OutputError:
    if exc.errno == errno.EADDRINUSE:
        return OutputError(f"port {port} on {host} is in use")
    return OutputError(f"cannot listen on {host} port {port}: {exc.strerror or exc}")


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
    given, that file is served as it is; else the feed is generated for this
    server's own address.
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
        return ReviewServer(root, host, port, merged, base_url, not static, quiet)
    except OSError as exc:  # an unknown host name, say
        raise _listen_error(exc, host, port) from None


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
        server.serve_forever()  # werkzeug's: returns on Ctrl-C
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    sys.stderr.write("Stopped.\n")


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
