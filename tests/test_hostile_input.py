"""Hostile and unlucky input (issue 11, the readers' half): every reproduction of
the issue as a test, then a hypothesis fuzz over the three readers and front matter.

What must hold for any input: reading ends with a Review or the project's own
error (:class:`AudioreviewError`, one line) within 10 s, and what is read
dumps to strict JSON (no NaN, no lone surrogate). Loading is near-linear: 1 MB
of text of any shape in under 5 s and 500 MB (measured in a child process, so
each case has its own memory peak). Times are CPU seconds, so a busy shared
machine does not fail them.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import audioreview
from audioreview.cli import cli
from audioreview.errors import AudioreviewError, InputError
from audioreview.ids import assign_ids
from audioreview.readers import read, read_html, read_markdown, read_text
from audioreview.readers.frontmatter import MAX_ALIASES, MAX_FRONT_MATTER

SRC = str(Path(audioreview.__file__).resolve().parent.parent)
BODY = "\n\nThe film is a quiet triumph. I liked it a lot, and the ending lands well.\n"
PARAS = "".join(f"<p>This film is a fine piece of work, number {i}. I liked it and would watch it again.</p>"
                for i in range(6))


def page(json_ld: str = "", body: str = PARAS) -> str:
    script = f'<script type="application/ld+json">{json_ld}</script>' if json_ld else ""
    return (f"<html><head><title>A film review</title>{script}</head>"
            f"<body><article><h1>A film review</h1>{body}</article></body></html>")


def md(front: str, body: str = BODY) -> str:
    return f"---\n{front}\n---\n{body}"


def strict_json(review) -> str:
    """The model as the project writes it: strict JSON, encodable as UTF-8."""
    text = json.dumps(review.to_dict(), ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    return text


def input_error(reader, text: str, name: str) -> InputError:
    with pytest.raises(InputError) as err:
        reader(text, name)
    assert "\n" not in str(err.value)
    return err.value


def runner() -> CliRunner:
    import inspect

    return CliRunner(mix_stderr=False) if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters \
        else CliRunner()


def cli_one_line_error(path: Path, *needles: str) -> None:
    result = runner().invoke(cli, ["inspect", str(path)], catch_exceptions=False)
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("audioreview: "), result.stderr
    for needle in needles:
        assert needle in lines[0]


# ------------------------------------------------------------ 1. impossible dates


@pytest.mark.parametrize("value", ["2025-02-30", "2025-13-01", "2025-01-01 24:00:00", "0000-01-01",
                                   "2025-02-29", "2025-01-01T10:00:00+99:00"])
def test_an_impossible_date_is_one_clean_error(value):
    e = input_error(read_markdown, md(f"date: {value}"), "r.md")
    assert "front matter field 'date' is not a real date" in e.message and "(line 2)" in e.message


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "0000-01-01", "2025-01-01 24:00:00"])
def test_a_title_that_looks_like_an_impossible_date_is_just_text(value):
    review = read_markdown(md(f"title: {value}"), "r.md")
    assert review.metadata.title == value


def test_real_dates_still_read():
    assert read_markdown(md("date: 2024-02-29"), "r.md").metadata.date == "2024-02-29"
    assert read_markdown(md("date: 2025-03-14 10:30:00"), "r.md").metadata.date == "2025-03-14"
    assert read_markdown(md("date: '2025-03-14 evening'"), "r.md").metadata.date == "2025-03-14"


def test_impossible_date_on_the_command_line_is_one_line_and_exit_2(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(md("date: 2025-02-30"), encoding="utf-8")
    cli_one_line_error(path, "not a real date")


@pytest.mark.parametrize("value, title", [("!!float abc", "abc"), ("!!int 0x", "0x"), ("!!bool maybe", "maybe"),
                                          ("!!timestamp soon", "soon"), ("7" * 5000, "7" * 5000), (".nan", ".nan")])
def test_scalars_python_cannot_build_stay_text(value, title):
    assert read_markdown(md(f"title: {value}"), "r.md").metadata.title == title


# --------------------------------------------------------------- 2. billion laughs


def laughs(levels: int = 9) -> list[str]:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghijklmnop"
    for i in range(1, levels):
        lines.append(f"{names[i]}: &{names[i]} [" + ",".join([f"*{names[i - 1]}"] * 9) + "]")
    return lines


@pytest.mark.parametrize("field", ["work: {title: *i}", "work: {creator: *i}", "work: {kind: *i}",
                                   "content_warnings: *i", "content_warnings: [*i]", "title: *i"])
def test_billion_laughs_is_refused_at_once(field):
    start = time.process_time()
    e = input_error(read_markdown, md("\n".join(laughs()) + "\n" + field), "r.md")
    assert "front matter expands to more than" in e.message
    assert time.process_time() - start < 2


def test_a_few_aliases_still_work():
    front = "author: &me Ada Kestrel\nwork:\n  title: The Quiet Acre\n  creator: *me"
    review = read_markdown(md(front), "r.md")
    assert review.metadata.work.creator == "Ada Kestrel" and review.metadata.author == "Ada Kestrel"


def test_too_many_aliases_are_refused():
    front = "x: &x 1\ny: [" + ", ".join(["*x"] * (MAX_ALIASES + 1)) + "]"
    assert "aliases" in input_error(read_markdown, md(front), "r.md").message


def test_a_recursive_alias_is_refused():
    e = input_error(read_markdown, md("title: &t [*t]"), "r.md")
    assert "recursive alias" in e.message


def test_merge_keys_chained_through_aliases_are_bounded():
    front = "\n".join([f"m0: &m0 {{x: 1}}"] + [f"m{i}: &m{i} {{<<: *m{i - 1}}}" for i in range(1, 90)])
    review = read_markdown(md(front + "\ntitle: Chained"), "r.md")
    assert review.metadata.title == "Chained"


def test_front_matter_over_the_size_limit_is_refused():
    front = "title: x\n" + "\n".join(f"k{i}: {'v' * 60}" for i in range(MAX_FRONT_MATTER // 60))
    assert "front matter is too long" in input_error(read_markdown, md(front), "r.md").message


# ----------------------------------------------------------------- 3. deep nesting


def test_deeply_nested_yaml_is_one_clean_error():
    e = input_error(read_markdown, md("title: " + "[" * 5000 + "]" * 5000), "r.md")
    assert "nests more than" in e.message


def test_deeply_nested_yaml_on_the_command_line(tmp_path):
    path = tmp_path / "deep.md"
    path.write_text(md("work: {title: " + "[" * 5000 + "]" * 5000 + "}"), encoding="utf-8")
    cli_one_line_error(path, "nests more than")


@pytest.mark.parametrize("json_ld", [
    "[" * 100_000 + "]" * 100_000,
    '{"@graph": ' * 5000 + "{}" + "}" * 5000,
    '{"@graph": ' * 800 + '{"@type": "Review", "reviewRating": {"ratingValue": 4}}' + "}" * 800,
    '{"@type": "Review", "author": ' + "[" * 900 + '"x"' + "]" * 900 + "}",
    '{"@type": ' + "[" * 900 + "]" * 900 + ', "itemReviewed": {"@type": "Movie", "name": "X"}}',
    '{"@type": "Review", "reviewRating": {"ratingValue": ' + "[" * 900 + "]" * 900 + "}}",
])
def test_absurd_json_ld_is_ignored(json_ld):
    review = read_html(page(json_ld), "p.html")
    assert review.metadata.title == "A film review" and review.metadata.rating is None
    strict_json(review)


def test_json_ld_is_still_read():
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": "Review", '
          '"itemReviewed": {"@type": "Movie", "name": "The Quiet Acre", "datePublished": "2019-05-01"}, '
          '"reviewRating": {"ratingValue": "4,5", "bestRating": 5}, "author": [{"name": "Ada Kestrel"}]}]}')
    m = read_html(page(ld), "p.html").metadata
    assert (m.work.title, m.work.kind, m.work.year, m.author) == ("The Quiet Acre", "film", 2019, "Ada Kestrel")
    assert (m.rating.text, m.rating.value, m.rating.scale) == ("4,5/5", 4.5, 5.0)


# ---------------------------------------------------- 4. quadratic time and memory

CHILD = r"""
import json, resource, sys, time
from audioreview.readers import read
from audioreview.errors import AudioreviewError
fmt, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
start, wall = time.process_time(), time.perf_counter()
try:
    review = read("-", fmt, data=data, name="x")
    json.dumps(review.to_dict(), allow_nan=False, ensure_ascii=False).encode("utf-8")
    outcome = {"sentences": sum(1 for _ in review.body_sentences())}
except AudioreviewError as exc:
    outcome = {"error": str(exc)}
# VmHWM is this process's own peak since exec; ru_maxrss starts from the parent's size
# at fork on Linux, so a long test run's large pytest process would be counted too.
try:
    hwm = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
outcome.update(seconds=time.process_time() - start, wall=time.perf_counter() - wall, peak_mb=hwm / 1024)
print(json.dumps(outcome))
"""


def load_in_child(tmp_path: Path, text: str, fmt: str = "text") -> dict:
    """Read ``text`` in a fresh interpreter: its time and its own memory peak."""
    path = tmp_path / "input"
    path.write_bytes(text.encode("utf-8"))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", CHILD, fmt, str(path)], capture_output=True, text=True,
                          timeout=120, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_identical_paragraphs_get_distinct_ids_quickly():
    start = time.process_time()
    review = read_text("\n\n".join(["It is fine."] * 10_000), "fine.txt")
    assert time.process_time() - start < 5
    ids = [s.id for s in review.sentences()]
    assert len(ids) == len(set(ids)) == 10_000
    first = ids[0]
    assert ids[:3] == [first, f"{first}-2", f"{first}-3"] and ids[-1] == f"{first}-10000"


def test_id_allocation_is_unchanged_when_suffixes_collide():
    """The O(1) allocator gives the ids the documented rule gives: the first free
    "-n" in reading order, also when a base already looks like "x-2"."""
    from audioreview.model import Review, Section

    headings = ["Foo", "Foo", "Foo 2", "Foo", "Foo 2", "Foo 3"]
    review = assign_ids(Review(sections=[Section(id="", heading=h, level=2) for h in headings]))
    assert [s.id for s in review.sections] == ["sec-foo", "sec-foo-2", "sec-foo-2-2", "sec-foo-3",
                                               "sec-foo-2-3", "sec-foo-3-2"]


@pytest.mark.parametrize("name, text, limit", [
    ("4,000 sentences, one paragraph", " ".join(f"Sentence number {i} is here." for i in range(4000)), 5),
    ("'1. ' * 20000", "1. " * 20_000, 5),
    ("'Mr. Dr. St. Vol. No. ' * 20000", "Mr. Dr. St. Vol. No. " * 20_000, 5),
    ("'!' * 100000", "It ends" + "!" * 100_000 + " Then more.", 5),
])
def test_pathological_paragraphs_load_in_seconds(name, text, limit):
    start = time.process_time()
    review = read_text(text, "x.txt")
    assert time.process_time() - start < limit, name
    strict_json(review)


def test_sentence_splitting_of_huge_paragraphs_stays_close_to_pysbd():
    from audioreview.readers.sentences import split_sentences

    paragraph = "Mr. Hale plays the keeper. It was shot in the U.S. and it shows. He waits… Then it rains. " * 200
    assert len(paragraph) > 10_000
    pieces = split_sentences(paragraph)
    assert pieces[:4] == ["Mr. Hale plays the keeper.", "It was shot in the U.S. and it shows.", "He waits…",
                          "Then it rains."]
    assert len(pieces) == 800 and " ".join(pieces) == " ".join(paragraph.split())
    assert split_sentences(paragraph, fast=True) == pieces


SHAPES = {
    "prose in paragraphs": "\n\n".join(["The film is a quiet triumph, and Mr. Smith directs it with care. "
                                        "It runs 120 minutes! Is it worth it? Yes, it is, and then some."] * 7700),
    "one line of words": "word " * 200_000,
    "one word": "A-" * 500_000,
    "dotted initials": "A." * 500_000,
    "capitalised words": "Aa Bb Cc " * 110_000,
    "one-letter paragraphs": "a\n\n" * 330_000,
    "sentences in one paragraph": "It is fine. " * 83_000,
    "list markers": "1. " * 330_000,
    "hard-wrapped lines": ("A line of text here\n" * 50_000),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_megabyte_of_any_shape_loads_in_5s_and_500mb(tmp_path, shape):
    text = SHAPES[shape]
    assert len(text) >= 990_000
    result = load_in_child(tmp_path, text)
    assert result["seconds"] < 5 and result["peak_mb"] < 500, result


@pytest.mark.slow
def test_a_5mb_single_line_stays_small(tmp_path):
    result = load_in_child(tmp_path, "word " * 1_000_000)
    assert result["seconds"] < 10 and result["peak_mb"] < 500, result


@pytest.mark.parametrize("word", ["A-", "A.", "Aa.", "A.B.", "A'", "1", "Aa.Bb ", "Aa ", "A. ", "A, ", "Aa Bb, "])
def test_the_work_finder_is_linear_on_hostile_words(word):
    from audioreview.readers.work import Text, find_work

    text = (word * 100_000)[:200_000]
    start = time.process_time()
    find_work(Text(headline=text[:5000], paragraphs=[(text, [])]))
    assert time.process_time() - start < 3


def test_a_title_with_many_hyphens_takes_no_exponential_time():
    from audioreview.readers.work import Text, find_work

    start = time.process_time()
    find_work(Text(headline="A review", paragraphs=[("Title " + "-".join(["a"] * 60) + " (x) is here.", [])]))
    assert time.process_time() - start < 1


@pytest.mark.parametrize("unit", ["*a* ", "`a` ", "a\n", "[a](b) "])
def test_markdown_dense_with_markup_reads_in_linear_time(unit):
    text = "# Title\n\n" + unit * (100_000 // len(unit))
    start = time.process_time()
    review = read_markdown(text, "x.md")
    assert time.process_time() - start < 5
    strict_json(review)


def test_too_many_paragraphs_is_one_clean_error():
    e = input_error(read_text, "a\n\n" * 25_000, "x.txt")
    assert "too long to be a review" in e.message and "paragraphs" in e.message


@pytest.mark.parametrize("body", ["- a\n" * 25_000, "# A\n\n" * 25_000, "> a\n\n" * 25_000])
def test_markdown_with_too_many_blocks_is_refused_before_parsing(body):
    start = time.process_time()
    e = input_error(read_markdown, body, "x.md")
    assert "too long to be a review" in e.message and time.process_time() - start < 2


@pytest.mark.parametrize("body", ["<p>a</p>" * 125_000, "<p></p>" * 140_000, "<b>x</b> " * 100_000])
def test_a_page_of_a_megabyte_of_tiny_elements_is_refused_before_extraction(body):
    start = time.process_time()
    e = input_error(read_html, page("", body), "p.html")
    assert "HTML elements" in e.message and time.process_time() - start < 2


def test_too_many_sentences_is_one_clean_error():
    e = input_error(read_text, "It is. " * 60_000, "x.txt")
    assert "too long to be a review" in e.message and "sentences" in e.message


def test_an_input_over_10mb_is_refused_before_it_is_read(tmp_path):
    from audioreview.readers.decode import MAX_BYTES

    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (MAX_BYTES // 5 + 1))
    with pytest.raises(InputError) as err:
        read(path)
    assert "too large to be a review" in err.value.message
    with pytest.raises(InputError):
        read("-", data=b"word " * (MAX_BYTES // 5 + 1))


# ----------------------------------------------------------------- 5. surrogates


def test_a_lone_surrogate_from_a_yaml_escape_is_replaced():
    review = read_markdown(md('title: "Bad \\ud800 title"\nauthor: "X \\udfff"'), "r.md")
    assert review.metadata.title == "Bad \ufffd title" and review.metadata.author == "X \ufffd"
    strict_json(review)


def test_a_lone_surrogate_in_json_ld_or_html_is_replaced():
    ld = '{"@type": "Review", "author": {"name": "A \\ud800 B"}, "itemReviewed": {"@type": "Movie", "name": "X \\udc00"}}'
    review = read_html(page(ld, PARAS + "<p>Odd &#xd800; character &#55296; here.</p>"), "p.html")
    assert review.metadata.author == "A \ufffd B" and review.metadata.work.title == "X \ufffd"
    strict_json(review)


def test_surrogate_on_the_command_line_renders_json(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(md('title: "Bad \\ud800 title"'), encoding="utf-8")
    result = runner().invoke(cli, ["inspect", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.output)["title"] == "Bad \ufffd title"


# ------------------------------------------------------------ 6. NaN and infinity


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.inf", "1e400"])
def test_a_non_finite_front_matter_rating_is_refused(value):
    e = input_error(read_markdown, md(f"rating: {value}"), "r.md")
    assert "front matter field 'rating'" in e.message


@pytest.mark.parametrize("rating", ['{"ratingValue": 1e400, "bestRating": 1e400}',
                                    '{"ratingValue": NaN, "bestRating": 5}',
                                    '{"ratingValue": "Infinity", "bestRating": "Infinity"}',
                                    '{"ratingValue": 4, "bestRating": -Infinity}'])
def test_a_non_finite_json_ld_rating_is_left_out(rating):
    review = read_html(page('{"@type": "Review", "reviewRating": ' + rating + "}"), "p.html")
    assert review.metadata.rating is None
    strict_json(review)


def test_inspect_json_is_strict_json(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(page('{"@type": "Review", "reviewRating": {"ratingValue": 1e400, "bestRating": 1e400}}'),
                    encoding="utf-8")
    result = runner().invoke(cli, ["inspect", str(path), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr

    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in inspect --json")

    assert json.loads(result.output, parse_constant=refuse)["metadata"]["rating"] is None


def test_the_model_dump_refuses_nan():
    from audioreview.model import Rating
    from audioreview.render import _json_bytes

    review = read_text("Night Ferry\n\nA slow and lovely film. It sails at night.\n", "x.txt")
    review.metadata.rating = Rating(text="nan", value=float("nan"), scale=100.0)
    with pytest.raises(ValueError):
        _json_bytes(review.to_dict())


# --------------------------------------------------------------------- the fuzz

# Pieces that exercise the readers' rules and their limits; hypothesis strings them together.
FRAGMENTS = [
    "The film", " is a ", "quiet triumph", ". ", "! ", "? ", "... ", "…", "!!!", "?!", "Mr. ", "Dr. ", "U.S. ",
    "Vol. 2", "No. 5", "1. ", "9.5/10", "★★★½", "Rating: 4/5", "B+", "\n", "\n\n", "  ", "\t", "# ", "## ",
    "> ", "- ", "* ", "1) ", "*em*", "**strong**", "`code`", "[link](http://x.test)", "![img](i.png)", "<b>",
    "</b>", "<p>", "</p>", "&amp;", "&#xd800;", "&#0;", "By Ada Kestrel", "Director: Kasia Brandt",
    "Runtime: 120 minutes", "(2019)", "’s ", "\"Quoted Title\"", "“Curly”", "—", " – ", "A-", "A.", "---",
    "***", "* * *", "Published: 2025-03-14", "Disclosure: a copy was provided.", "\u200b", "\ufeff", "é", "ß",
    "日本", "🙂", "\u202e", "|", "\\", "{", "}", "[", "]", ":", ",", "'", "\"",
]
YAML_VALUES = [
    "2025-02-30", "2025-13-01", "2025-01-01 24:00:00", "0000-01-01", "2025-03-14", ".nan", ".inf", "-.inf",
    "1e400", "7" * 5000, "!!float abc", "!!int 0x", "!!bool maybe", "!!timestamp x", "!!binary aGk=",
    "!!binary ???", "!!set {a, b}", "!!omap [a: 1]", "!!python/object:os.system x", '"Bad \\ud800 title"',
    '"\\x00"', "|\n  block text\n  more", ">\n  folded", "[a, [b, [c]]]", "{title: X, kind: film}",
    "{title: X, kind: spaceship}", "{year: 20190}", "{year: '1999'}", "&a x", "*a", "*undefined", "<<: *a",
    "~", "yes", "no", "4/5", "8 out of 10", "B+", "none", "[violence, 'gore:3']", "{violence: 4}",
    "[{category: x, severity: 2}]", "'it''s'", "[" * 60 + "]" * 60, "null", "0x1F", "0o17", "1_000",
    "12:30:45", "-", "?", "@", "`", "%", "!", "&", "*", "|", ">",
]
YAML_KEYS = ["title", "author", "date", "work", "rating", "content_warnings", "language", "url",
             "publication", "x", "Title", "work.title", "<<", "? complex", "- item"]

fragments = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=40).map("".join)
printable = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)
front_matter = st.lists(
    st.tuples(st.sampled_from(YAML_KEYS), st.sampled_from(YAML_VALUES) | printable | st.text(max_size=20)),
    max_size=8,
).map(lambda pairs: "\n".join(f"{k}: {v}" for k, v in pairs))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["Review", "Movie", "Book", "CriticReview", "\ud800", "2019-05-01"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["@type", "@graph", "name", "itemReviewed", "reviewRating",
                                       "ratingValue", "bestRating", "author", "datePublished", "director"]),
                      children, max_size=5),
    max_leaves=20,
)

PATHOLOGICAL_MARKDOWN = [
    md("\n".join(laughs()) + "\nwork: {title: *i}"),
    md("\n".join(laughs()) + "\nwork: {creator: *i, kind: *i}\ncontent_warnings: *i"),
    md("title: " + "[" * 5000 + "]" * 5000),
    md('title: "Bad \\ud800 title"'),
    md("date: 2025-02-30"), md("title: 2025-13-01"), md("date: 2025-01-01 24:00:00"), md("date: 0000-01-01"),
    md("rating: .nan"),
    "\n\n".join(["It is fine."] * 10_000),
    " ".join(f"Sentence number {i} is here." for i in range(4000)),
    "1. " * 20_000,
    "Mr. Dr. St. Vol. No. " * 20_000,
    "> " * 5000 + "deep quote",
    "- " * 5000 + "deep list",
    "*" * 50_000 + "a" + "*" * 50_000,
    "[" * 50_000 + "a" + "]" * 50_000,
]
PATHOLOGICAL_HTML = [
    page("[" * 100_000 + "]" * 100_000),
    page('{"@graph": ' * 5000 + "{}" + "}" * 5000),
    page('{"@type": "Review", "reviewRating": {"ratingValue": 1e400, "bestRating": 1e400}}'),
    page("", "<div>" * 5000 + PARAS + "</div>" * 5000),
    page("", PARAS + "<p>" + "<b><i>" * 2000 + "Deep text." + "</i></b>" * 2000 + "</p>"),
]
PATHOLOGICAL_TEXT = ["word " * 1_000_000, "A." * 200_000, "a-" * 200_000]

# 400 text + 400 Markdown + 200 HTML = 1,000 generated inputs a run (about 20 s), besides
# the fixed examples; AUDIOREVIEW_FUZZ_EXAMPLES=5000 for a longer hunt. The time
# limit is checked per input (hypothesis' own deadline would re-run slow ones).
FUZZ = settings(max_examples=int(os.environ.get("AUDIOREVIEW_FUZZ_EXAMPLES", "400")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], database=None)
PEAK_BEFORE = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _status_kib(key: str) -> int:
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith(key + ":"))


def _reset_peak() -> int | None:
    """Set this process's high-water mark back to its present size (Linux: "5" into
    /proc/self/clear_refs) and return that size (KiB); None where that cannot be done.
    Why: in a full test run the process's peak is whatever an earlier test reached
    (speech synthesized in-process), so "1 GB above the peak at import" measured
    the order of the tests, not the reader."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return _status_kib("VmRSS")
    except (OSError, StopIteration):
        return None


def check_reader(reader, text: str, name: str) -> None:
    """No exception but the project's own, within 10 s and 1 GB; the result dumps to strict JSON."""
    base = _reset_peak()
    start = time.process_time()
    try:
        review = reader(text, name)
    except AudioreviewError as exc:
        assert "\n" not in str(exc)
    else:
        strict_json(review)
        ids = [s.id for s in review.sentences()]
        assert len(ids) == len(set(ids))
    assert time.process_time() - start < 10
    # The process's high-water mark (KiB) never rose 1 GB above where it stood.
    if base is not None:
        assert _status_kib("VmHWM") < base + 1024 * 1024
    else:
        assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < PEAK_BEFORE + 1024 * 1024


markdown_inputs = st.one_of(
    st.builds(lambda front, body: f"---\n{front}\n---\n{body}", front_matter, fragments),
    fragments,
)


def _json_ld(value: object) -> str:
    try:
        return json.dumps(value).replace("</", "<\\/")
    except ValueError:
        return "{}"


html_inputs = st.builds(lambda ld, body: page(_json_ld(ld), PARAS + f"<p>{body}</p>"), json_values, fragments)


def with_examples(inputs: list[str]):
    def add(test):
        for text in inputs:
            test = example(text)(test)
        return test
    return add


@pytest.mark.slow
@FUZZ
@given(fragments)
@with_examples(PATHOLOGICAL_TEXT + ["\x00\x01", "\ufeff\n\n"])
def test_fuzz_text_reader(text):
    check_reader(read_text, text, "fuzz.txt")
    check_reader(lambda t, n: read("-", data=t.encode("utf-8"), name=n), text, "fuzz")


@pytest.mark.slow
@FUZZ
@given(markdown_inputs)
@with_examples(PATHOLOGICAL_MARKDOWN)
def test_fuzz_markdown_reader_and_front_matter(text):
    check_reader(read_markdown, text, "fuzz.md")


@pytest.mark.slow
@settings(FUZZ, max_examples=max(1, FUZZ.max_examples // 2))
@given(html_inputs)
@with_examples(PATHOLOGICAL_HTML)
def test_fuzz_html_reader_and_json_ld(text):
    check_reader(read_html, text, "fuzz.html")
