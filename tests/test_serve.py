"""The HTTP server, tested against a real server thread on 127.0.0.1."""

from __future__ import annotations

import email
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from audioreview.errors import OutputError
from audioreview.feed.library import build_feed
from audioreview.serve import ReviewServer, content_type, make_server, parse_range
from audioreview.feed.settings import FeedSettings
from test_feed import make_library, write_outputs

MP3 = "/tom-and-jerry/tom-and-jerry.mp3"


def start(server: ReviewServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, ReviewServer]]:
    """DIR with two rendered reviews and a feed built without --base-url."""
    root = make_library(tmp_path / "site")
    write_outputs(root, build_feed(root, FeedSettings(title="Local reviews")))
    (root / "tom-and-jerry" / "tom-and-jerry.epub").write_bytes(b"PK\x03\x04 not really an epub")
    (tmp_path / "secret.txt").write_text("outside DIR", encoding="utf-8")
    server = make_server(root, "127.0.0.1", 0, quiet=True)
    start(server)
    yield root, server
    server.shutdown()
    server.server_close()


def request(server: ReviewServer, path: str, method: str = "GET", headers: dict[str, str] | None = None,
            ) -> tuple[int, http.client.HTTPMessage, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def raw_reply(server: ReviewServer, data: bytes) -> bytes:
    """Send bytes exactly as given and return the whole reply, read until the server closes."""
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as sock:
        sock.sendall(data)
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
    return reply


def raw_status(server: ReviewServer, target: bytes, head: bytes = b"Host: 127.0.0.1\r\n") -> int:
    """Send a request line exactly as given (NUL, backslashes...) and return the status."""
    reply = raw_reply(server, b"GET " + target + b" HTTP/1.1\r\n" + head + b"Connection: close\r\n\r\n")
    assert reply.startswith(b"HTTP/1."), reply[:100]
    return int(reply.split(b" ", 2)[1])


# ------------------------------------------------------------------------ basics


def test_feed_is_rewritten_for_the_servers_address(site: tuple[Path, ReviewServer]) -> None:
    import feedparser

    root, server = site
    status, headers, body = request(server, "/feed.xml")
    assert status == 200
    assert headers["Content-Type"].startswith("application/rss+xml")
    assert headers["Access-Control-Allow-Origin"] == "*"
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0
    port = server.server_address[1]
    urls = [e.enclosures[0].href for e in parsed.entries]
    assert sorted(urls) == sorted(f"http://127.0.0.1:{port}/{s}/{s}.mp3" for s in ("tom-and-jerry", "lighthouses"))
    # The links in the served feed resolve on this server, byte for byte.
    for url in urls:
        status, _h, data = request(server, url.split(str(port), 1)[1])
        assert status == 200 and data == (root / url.split(f"{port}/", 1)[1]).read_bytes()
    # The feed on disk was left alone.
    assert b"127.0.0.1:8000" in (root / "feed.xml").read_bytes()


def test_the_host_header_never_goes_into_links(site: tuple[Path, ReviewServer]) -> None:
    """Issue 11, defect 12: links name this server, whatever Host the client sends."""
    _root, server = site
    own = f'url="http://127.0.0.1:{server.server_address[1]}/tom-and-jerry/tom-and-jerry.mp3"'.encode()
    base = f"http://127.0.0.1:{server.server_address[1]}/".encode()
    for host in ("reviews.lan:8123", "evil.example", "127.0.0.1:1", "[::1]:80"):
        status, _h, body = request(server, "/feed.xml", headers={"Host": host})
        assert status == 200 and own in body, host
        assert host.encode() not in body.replace(base, b""), host


def test_static_feed_is_served_as_built(tmp_path: Path) -> None:
    root = make_library(tmp_path / "site")
    files = build_feed(root, FeedSettings(base_url="https://pods.example.org/r/"))
    write_outputs(root, files)
    server = make_server(root, "127.0.0.1", 0, quiet=True)
    start(server)
    try:
        status, _h, body = request(server, "/feed.xml")
        assert status == 200 and body == files["feed.xml"]
        # An explicit base URL for the server wins over the stored one.
    finally:
        server.shutdown()
        server.server_close()
    server = make_server(root, "127.0.0.1", 0, base_url="http://proxy.example:9000/x", quiet=True)
    start(server)
    try:
        _s, _h, body = request(server, "/feed.xml")
        assert b'url="http://proxy.example:9000/x/lighthouses/lighthouses.mp3"' in body
    finally:
        server.shutdown()
        server.server_close()


def test_content_types(site: tuple[Path, ReviewServer]) -> None:
    _root, server = site
    expected = {
        MP3: "audio/mpeg",
        "/tom-and-jerry/tom-and-jerry.vtt": "text/vtt",
        "/tom-and-jerry/tom-and-jerry.srt": "application/x-subrip",
        "/tom-and-jerry/tom-and-jerry.chapters.json": "application/json+chapters",
        "/tom-and-jerry/review.json": "application/json",
        "/tom-and-jerry/tom-and-jerry.epub": "application/epub+zip",
        "/cover.png": "image/png",
    }
    for path, ctype in expected.items():
        status, headers, _ = request(server, path)
        assert status == 200, path
        assert headers["Content-Type"].split(";")[0] == ctype, path
        assert headers["Access-Control-Allow-Origin"] == "*"
    assert content_type("x.bin") == "application/octet-stream"


def test_index_page_and_no_directory_listing(site: tuple[Path, ReviewServer]) -> None:
    _root, server = site
    status, headers, body = request(server, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert b'href="feed.xml"' in body and b"tom-and-jerry/tom-and-jerry.mp3" in body
    assert request(server, "/tom-and-jerry/")[0] == 404
    assert request(server, "/tom-and-jerry")[0] == 404


def test_missing_file_is_404(site: tuple[Path, ReviewServer]) -> None:
    assert request(site[1], "/nope.mp3")[0] == 404


def test_request_log_and_quiet(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    root = make_library(tmp_path / "site")
    for quiet in (False, True):
        server = make_server(root, "127.0.0.1", 0, quiet=quiet)
        start(server)
        try:
            request(server, MP3, headers={"Range": "bytes=0-1"})
        finally:
            server.shutdown()
            server.server_close()
        err = capfd.readouterr().err
        if quiet:
            assert err == ""
        else:
            assert f'"GET {MP3} HTTP/1.1" 206 2' in err


# ------------------------------------------------------------------------ ranges


def test_range_first_two_bytes(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    status, headers, body = request(server, MP3, headers={"Range": "bytes=0-1"})
    assert status == 206
    assert body == data[:2] and len(body) == 2
    assert headers["Content-Range"] == f"bytes 0-1/{len(data)}"
    assert headers["Content-Length"] == "2"
    assert headers["Accept-Ranges"] == "bytes"
    assert headers["Content-Type"] == "audio/mpeg"


def test_suffix_open_and_clamped_ranges(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    n = len(data)
    status, headers, body = request(server, MP3, headers={"Range": "bytes=-100"})
    assert (status, body, headers["Content-Range"]) == (206, data[-100:], f"bytes {n - 100}-{n - 1}/{n}")
    status, headers, body = request(server, MP3, headers={"Range": f"bytes={n - 5}-"})
    assert (status, body) == (206, data[-5:])
    status, headers, body = request(server, MP3, headers={"Range": f"bytes=10-{n + 500}"})
    assert (status, body, headers["Content-Range"]) == (206, data[10:], f"bytes 10-{n - 1}/{n}")
    status, headers, body = request(server, MP3, headers={"Range": f"bytes=-{n + 50}"})
    assert (status, body) == (206, data)


def test_unsatisfiable_range_is_416(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    n = (root / MP3[1:]).stat().st_size
    for spec in (f"bytes={n}-", f"bytes={n + 10}-{n + 20}", "bytes=-0"):
        status, headers, body = request(server, MP3, headers={"Range": spec})
        assert status == 416, spec
        assert headers["Content-Range"] == f"bytes */{n}"
        assert body == b""


def test_invalid_range_header_is_ignored(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    for spec in ("bytes=5-2", "items=0-1", "bytes=abc", "bytes=1-2-3", "bytes=", "bytes=²-3"):
        status, _h, body = request(server, MP3, headers={"Range": spec})
        assert (status, body) == (200, data), spec


def test_multiple_ranges_are_multipart(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    n = len(data)
    status, headers, body = request(server, MP3, headers={"Range": "bytes=0-1, 10-19, -3"})
    assert status == 206
    ctype = headers["Content-Type"]
    assert ctype.startswith("multipart/byteranges; boundary=")
    assert int(headers["Content-Length"]) == len(body)
    msg = email.message_from_bytes(b"Content-Type: " + ctype.encode() + b"\r\n\r\n" + body)
    parts = [(p["Content-Range"], p.get_payload(decode=True)) for p in msg.get_payload()]
    assert parts == [
        (f"bytes 0-1/{n}", data[0:2]),
        (f"bytes 10-19/{n}", data[10:20]),
        (f"bytes {n - 3}-{n - 1}/{n}", data[-3:]),
    ]
    assert all(p.get_content_type() == "audio/mpeg" for p in msg.get_payload())


def test_parse_range_unit() -> None:
    assert parse_range("bytes=0-1", 10) == [(0, 1)]
    assert parse_range("bytes=-3", 10) == [(7, 9)]
    assert parse_range("bytes=8-", 10) == [(8, 9)]
    assert parse_range("bytes=10-", 10) == []
    assert parse_range("bytes=0-0,-1", 0) == []
    assert parse_range("bytes=3-1", 10) is None
    assert parse_range(",".join(["bytes=0-1"] + ["2-3"] * 40), 10) is None  # too many ranges


def test_head(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    n = (root / MP3[1:]).stat().st_size
    status, headers, body = request(server, MP3, method="HEAD")
    assert (status, body) == (200, b"")
    assert headers["Content-Length"] == str(n) and headers["Content-Type"] == "audio/mpeg"
    status, headers, body = request(server, MP3, method="HEAD", headers={"Range": "bytes=0-9"})
    assert (status, body, headers["Content-Length"]) == (206, b"", "10")
    status, headers, _ = request(server, "/feed.xml", method="HEAD")
    assert status == 200 and int(headers["Content-Length"]) == len(request(server, "/feed.xml")[2])


def test_conditional_requests(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    _s, headers, _b = request(server, MP3)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and modified.endswith("GMT")
    status, h304, body = request(server, MP3, headers={"If-None-Match": etag})
    assert (status, body, h304["ETag"]) == (304, b"", etag)
    assert request(server, MP3, headers={"If-None-Match": f'"other", W/{etag}'})[0] == 304
    assert request(server, MP3, headers={"If-None-Match": '"other"'})[0] == 200
    assert request(server, MP3, headers={"If-Modified-Since": modified})[0] == 304
    assert request(server, MP3, headers={"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200
    assert request(server, MP3, headers={"If-Modified-Since": "not a date"})[0] == 200
    # If-None-Match wins over If-Modified-Since.
    assert request(server, MP3, headers={"If-None-Match": '"other"', "If-Modified-Since": modified})[0] == 200
    # The generated feed has an ETag too.
    _s, fh, _b = request(server, "/feed.xml")
    assert request(server, "/feed.xml", headers={"If-None-Match": fh["ETag"]})[0] == 304
    # A changed file gets a new ETag.
    os.utime(root / MP3[1:], (time.time() + 5, time.time() + 5))
    assert request(server, MP3, headers={"If-None-Match": etag})[0] == 200


def test_if_range(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    _s, headers, _b = request(server, MP3)
    ok = request(server, MP3, headers={"Range": "bytes=0-1", "If-Range": headers["ETag"]})
    assert (ok[0], ok[2]) == (206, data[:2])
    ok = request(server, MP3, headers={"Range": "bytes=0-1", "If-Range": headers["Last-Modified"]})
    assert ok[0] == 206
    stale = request(server, MP3, headers={"Range": "bytes=0-1", "If-Range": '"stale"'})
    assert (stale[0], stale[2]) == (200, data)


def test_cors_preflight(site: tuple[Path, ReviewServer]) -> None:
    status, headers, body = request(site[1], "/tom-and-jerry/tom-and-jerry.vtt", method="OPTIONS")
    assert status == 204 and body == b""
    assert headers["Access-Control-Allow-Origin"] == "*"
    assert "Range" in headers["Access-Control-Allow-Headers"]
    assert "GET" in headers["Access-Control-Allow-Methods"]


# ---------------------------------------------------------------------- safety

TRAVERSALS = [
    b"/../secret.txt",
    b"/tom-and-jerry/../../secret.txt",
    b"/%2e%2e/secret.txt",
    b"/%2E%2E/secret.txt",
    b"/%2e%2e%2fsecret.txt",
    b"/tom-and-jerry%2f..%2f..%2fsecret.txt",
    b"/..%5csecret.txt",
    b"/..\\secret.txt",
    b"/tom-and-jerry\\..\\..\\secret.txt",
    b"//etc/passwd",
    b"/%2fetc/passwd",
    b"/etc/passwd",
    b"/feed.xml%00.mp3",
    b"/feed.xml\x00.mp3",
    b"/%252e%252e/secret.txt",
    b"/.feed-settings.json",
    b"/C:/Windows/win.ini",
    b"http://127.0.0.1/../secret.txt",
]


@pytest.mark.parametrize("target", TRAVERSALS, ids=[t.decode("latin-1").replace("\x00", "NUL") for t in TRAVERSALS])
def test_traversal_is_refused(site: tuple[Path, ReviewServer], target: bytes) -> None:
    assert raw_status(site[1], target) in (400, 403, 404)


def test_symlinks(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    (root / "leak.txt").symlink_to(root.parent / "secret.txt")
    (root / "leakdir").symlink_to(root.parent)
    (root / "alias.mp3").symlink_to(root / MP3[1:])
    assert request(server, "/leak.txt")[0] == 403
    assert request(server, "/leakdir/secret.txt")[0] == 403
    status, _h, body = request(server, "/alias.mp3")
    assert status == 200 and body == (root / MP3[1:]).read_bytes()


def test_dot_files_are_not_served(site: tuple[Path, ReviewServer]) -> None:
    root, server = site
    (root / ".feed.xml.abc.part").write_text("half written", encoding="utf-8")
    assert request(server, "/.feed.xml.abc.part")[0] == 404


def test_other_methods_are_refused(site: tuple[Path, ReviewServer]) -> None:
    assert request(site[1], "/feed.xml", method="POST")[0] == 501


# ------------------------------------------------------------------- bad input


def test_port_in_use(tmp_path: Path) -> None:
    root = make_library(tmp_path / "site")
    first = make_server(root, "127.0.0.1", 0, quiet=True)
    try:
        port = first.server_address[1]
        with pytest.raises(OutputError) as info:
            make_server(root, "127.0.0.1", port, quiet=True)
        assert str(info.value) == f"port {port} on 127.0.0.1 is in use"
    finally:
        first.server_close()


def test_bad_directory_and_base_url(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="no such directory"):
        make_server(tmp_path / "missing", port=0)
    with pytest.raises(OutputError, match="base URL"):
        make_server(tmp_path, port=0, base_url="ftp://x/")


def test_empty_directory_has_no_feed(tmp_path: Path) -> None:
    server = make_server(tmp_path, "127.0.0.1", 0, quiet=True)
    start(server)
    try:
        assert request(server, "/feed.xml")[0] == 404
        assert request(server, "/")[0] == 200
    finally:
        server.shutdown()
        server.server_close()


def test_new_review_appears_in_the_served_feed(site: tuple[Path, ReviewServer]) -> None:
    from test_feed import make_review, write_rendered

    root, server = site
    before = etree.fromstring(request(server, "/feed.xml")[2]).findall("channel/item")
    write_rendered(root, "fresh", make_review("Fresh", [["New today."]]), first_rendered="2025-06-01T00:00:00+00:00")
    after = etree.fromstring(request(server, "/feed.xml")[2]).findall("channel/item")
    assert len(after) == len(before) + 1 and after[0].findtext("title") == "Fresh"


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_stops_cleanly(tmp_path: Path, signum: int) -> None:
    root = make_library(tmp_path / "site")
    # A shell's background job starts with SIGINT ignored; restore the terminal
    # behaviour so the test means the same everywhere.
    code = ("import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
            f"from audioreview.serve import serve; serve({str(root)!r}, '127.0.0.1', 0)")
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert "Serving" in line and "Ctrl-C" in line
        port = int(line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn.request("GET", "/")
        assert conn.getresponse().status == 200  # the serving loop is running
        conn.close()
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert "Stopped." in err and "Traceback" not in err
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_command_line_settings_override_stored_ones(tmp_path: Path) -> None:
    root = make_library(tmp_path / "site")
    write_outputs(root, build_feed(root, FeedSettings(title="Stored title", author="Stored author")))
    server = make_server(root, "127.0.0.1", 0, quiet=True, settings=FeedSettings(title="CLI title"))
    start(server)
    try:
        ch = etree.fromstring(request(server, "/feed.xml")[2]).find("channel")
        assert ch.findtext("title") == "CLI title"
        assert ch.findtext("{http://www.itunes.com/dtds/podcast-1.0.dtd}author") == "Stored author"
    finally:
        server.shutdown()
        server.server_close()
    # settings.base_url is the server's base URL.
    server = make_server(root, "127.0.0.1", 0, quiet=True, settings=FeedSettings(base_url="https://cdn.example/p"))
    start(server)
    try:
        assert b'url="https://cdn.example/p/lighthouses/lighthouses.mp3"' in request(server, "/feed.xml")[2]
    finally:
        server.shutdown()
        server.server_close()


# ------------------------------------------------------- hostile clients (issue 11)


@pytest.fixture
def logged(site: tuple[Path, ReviewServer], capfd: pytest.CaptureFixture[str]) -> Iterator[tuple[Path, ReviewServer]]:
    """The site with its request log on; afterwards the log must hold no traceback."""
    site[1].quiet = False
    yield site
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Error on request" not in err, err


def test_huge_numbers_in_a_range_are_answered(logged: tuple[Path, ReviewServer]) -> None:
    """Defect 11: 4,400 digits in a Range header dropped the connection."""
    root, server = logged
    data = (root / MP3[1:]).read_bytes()
    n, big = len(data), "9" * 4400
    cases = {
        f"bytes={big}-": (416, b""),  # starts past the end
        f"bytes=0-{big}": (206, data),  # clamped to the end
        f"bytes=-{big}": (206, data),  # a suffix longer than the file
        f"bytes={'0' * 4400}5-9": (206, data[5:10]),  # leading zeros are still 5
        f"bytes=0-1,{big}-": (206, data[:2]),
        "bytes=" + ",".join(["0-1"] * 5000): (200, data),  # too many ranges: ignored
    }
    for spec, (status, body) in cases.items():
        got = request(server, MP3, headers={"Range": spec})
        assert (got[0], got[2]) == (status, body), spec[:40]
        if status == 416:
            assert got[1]["Content-Range"] == f"bytes */{n}"
    assert parse_range(f"bytes={big}-{big}", n) == []
    assert parse_range(f"bytes=-{big}", n) == [(0, n - 1)]


def test_long_path_segments_and_urls_are_answered(logged: tuple[Path, ReviewServer]) -> None:
    """Defect 11: a path segment over 255 characters dropped the connection."""
    _root, server = logged
    assert raw_status(server, b"/" + b"a" * 256) == 404
    assert raw_status(server, b"/" + b"a" * 300 + b".mp3") == 404
    assert raw_status(server, b"/tom-and-jerry/" + b"%C3%A9" * 200) == 404
    assert raw_status(server, b"/" + b"/".join([b"b" * 250] * 20)) == 404  # past PATH_MAX, under the URL limit


def test_oversized_request_heads_are_refused(logged: tuple[Path, ReviewServer]) -> None:
    _root, server = logged
    assert raw_status(server, b"/" + b"a" * 9000) == 414
    assert raw_status(server, b"/" + b"a" * 100_000) == 414
    assert raw_status(server, b"/x?" + b"q" * 9000) == 414
    assert raw_status(server, b"http://[::1/feed.xml") == 400  # werkzeug would raise on it
    assert raw_status(server, b"/feed.xml", b"Host: 127.0.0.1\r\nX-Big: " + b"a" * 40_000 + b"\r\n") == 431
    assert raw_status(server, b"/feed.xml", b"Host: 127.0.0.1\r\nX-Big: " + b"a" * 100_000 + b"\r\n") == 431
    many = b"".join(b"X-%d: %s\r\n" % (i, b"a" * 200) for i in range(150))
    assert raw_status(server, b"/feed.xml", b"Host: 127.0.0.1\r\n" + many) == 431
    fine = b"".join(b"X-%d: %s\r\n" % (i, b"a" * 200) for i in range(50))
    assert raw_status(server, b"/feed.xml", b"Host: 127.0.0.1\r\n" + fine) == 200


BAD_HOSTS = ["evil.example:99999", "x" * 5000, "x" * 254, 'evil"><x', "a b", "evil.example:0", "evil.example:",
             "evil.example:http", "user@evil.example", "evil.example/x", "[::1", "", "127.0.0.1,evil.example"]


@pytest.mark.parametrize("host", BAD_HOSTS, ids=[h[:30] or "empty" for h in BAD_HOSTS])
def test_an_invalid_host_is_400(logged: tuple[Path, ReviewServer], host: str) -> None:
    """Defect 12: a bad port, a 5,000-character host or odd characters in Host are 400."""
    assert raw_status(logged[1], b"/feed.xml", b"Host: " + host.encode() + b"\r\n") == 400


def test_host_rules(logged: tuple[Path, ReviewServer]) -> None:
    server = logged[1]
    assert raw_status(server, b"/feed.xml", b"") == 400  # HTTP/1.1 needs a Host
    assert raw_status(server, b"/feed.xml", b"Host: a\r\nHost: b\r\n") == 400  # and only one
    reply = raw_reply(server, b"GET /feed.xml HTTP/1.0\r\n\r\n")
    assert reply.split(b" ", 2)[1] == b"200"  # HTTP/1.0 may leave it out
    assert raw_status(server, b"http://evil.example:99999/feed.xml") == 400  # absolute form: its host counts
    for host in (b"reviews.lan:8123", b"[::1]:8000", b"LOCALHOST", b"my_box.local."):
        assert raw_status(server, b"/feed.xml", b"Host: " + host + b"\r\n") == 200, host


def test_the_feed_names_the_address_the_client_reached(site: tuple[Path, ReviewServer]) -> None:
    """Listening on all interfaces, links carry the local address of the connection."""
    _root, server = site
    port = server.server_address[1]
    # As if it listened on all interfaces (its own fallback name would be [::1]);
    # the socket stays on 127.0.0.1, which is what the connection reached.
    server.server_address = ("::", port)
    body = request(server, "/feed.xml", headers={"Host": "evil.example:8080"})[2]
    assert f'url="http://127.0.0.1:{port}/lighthouses/lighthouses.mp3"'.encode() in body
    assert b"evil.example" not in body


def test_slow_clients_do_not_stall_the_others(site: tuple[Path, ReviewServer]) -> None:
    """Slowloris: 50 sockets dribbling their request heads; normal requests are still answered within 1 s."""
    root, server = site
    data = (root / MP3[1:]).read_bytes()
    slow = [socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=5) for _ in range(50)]
    try:
        for sock in slow:
            sock.sendall(b"GET /feed.xml HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        for _round in range(5):
            for sock in slow:
                sock.sendall(b"a")
            began = time.monotonic()
            status, _h, body = request(server, MP3, headers={"Range": "bytes=0-99"})
            assert (status, body) == (206, data[:100])
            assert time.monotonic() - began < 1.0
    finally:
        for sock in slow:
            sock.close()


def test_request_heads_have_a_deadline(site: tuple[Path, ReviewServer]) -> None:
    """A silent socket is closed after idle_timeout, a dribbling one after head_timeout."""
    import selectors

    _root, server = site
    server.idle_timeout, server.head_timeout = 0.8, 2.0
    port = server.server_address[1]
    closed: dict[str, float] = {}
    with socket.create_connection(("127.0.0.1", port), timeout=5) as idle, \
            socket.create_connection(("127.0.0.1", port), timeout=5) as dribbling, \
            selectors.DefaultSelector() as selector:
        dribbling.sendall(b"GET /feed.xml HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        selector.register(idle, selectors.EVENT_READ, "idle")
        selector.register(dribbling, selectors.EVENT_READ, "dribbling")
        began = time.monotonic()
        while len(closed) < 2 and time.monotonic() - began < 6:
            if "dribbling" not in closed:
                try:
                    dribbling.sendall(b"a")  # a byte every 0.2 s: never idle
                except OSError:
                    closed["dribbling"] = time.monotonic() - began
            for key, _events in selector.select(timeout=0.2):
                try:
                    gone = key.fileobj.recv(100) == b""
                except OSError:
                    gone = True
                if gone and key.data not in closed:
                    closed[key.data] = time.monotonic() - began
                    selector.unregister(key.fileobj)
    assert 0.7 < closed["idle"] < 3
    assert 1.9 < closed["dribbling"] < 4.5


def test_200_parallel_requests_all_succeed(site: tuple[Path, ReviewServer]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    root, server = site
    data = (root / MP3[1:]).read_bytes()
    feed = request(server, "/feed.xml")[2]

    def one(i: int) -> bool:
        if i % 3 == 0:
            return request(server, "/feed.xml")[::2] == (200, feed)
        if i % 3 == 1:
            return request(server, MP3, headers={"Range": f"bytes={i}-{i + 999}"})[::2] == (206, data[i:i + 1000])
        return request(server, MP3)[::2] == (200, data)

    with ThreadPoolExecutor(max_workers=200) as pool:
        results = list(pool.map(one, range(200), timeout=60))
    assert results.count(True) == 200
