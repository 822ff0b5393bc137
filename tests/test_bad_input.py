"""Bad input: one-line InputError naming the file and the cause, never a traceback."""

import pytest

from audioreview.errors import InputError
from audioreview.readers import read


def _error(source, **kw) -> InputError:
    with pytest.raises(InputError) as err:
        read(source, **kw)
    e = err.value
    assert "\n" not in str(e)
    return e


def test_missing_file(tmp_path):
    e = _error(tmp_path / "nope.txt")
    assert e.path.endswith("nope.txt") and "no such file" in e.message


def test_directory(tmp_path):
    e = _error(tmp_path)
    assert e.path == str(tmp_path) and "directory" in e.message


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    e = _error(p)
    assert e.path == str(p) and "empty" in e.message


def test_whitespace_only(tmp_path):
    p = tmp_path / "blank.md"
    p.write_bytes(b"  \n\n\t \r\n")
    e = _error(p)
    assert "empty" in e.message and "whitespace" in e.message


def test_binary_nul(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    e = _error(p)
    assert "binary" in e.message and "NUL byte at offset 8" in e.message


def test_binary_control_characters(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20)
    assert "binary" in _error(p).message


def test_broken_utf8_names_byte_and_offset(tmp_path):
    p = tmp_path / "broken.txt"
    data = "Café one. ".encode() + b"\xff" + " naïve two.".encode()
    p.write_bytes(data)
    e = _error(p)
    assert "not UTF-8" in e.message and "0xff" in e.message and f"offset {data.index(0xff)}" in e.message


def test_utf8_bom_accepted(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbfA Title\n\nThe text is fine. It is short.\n")
    r = read(p)
    assert r.title == "A Title"


def test_cp1252_fallback(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("Café review\n\nThe naïve “hero” is fine — mostly. Rating follows.\n".encode("cp1252"))
    r = read(p)
    assert r.title == "Café review"
    assert "The naïve “hero” is fine — mostly." in [s.text for s in r.body_sentences()]


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "wide.txt"
    p.write_bytes("A Title\n\nWide text works too.\n".encode("utf-16"))
    assert read(p).title == "A Title"


def test_malformed_yaml_names_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\ntitle: Fine\nwork: [unclosed\nauthor: X\n---\nBody text.\n", encoding="utf-8")
    e = _error(p)
    assert e.path == str(p) and "malformed YAML front matter at line" in e.message


def test_yaml_field_error_names_field_and_line(tmp_path):
    p = tmp_path / "bad-year.md"
    p.write_text("---\ntitle: Fine\nwork:\n  title: X\n  year: next spring\n---\nBody text.\n", encoding="utf-8")
    e = _error(p)
    assert "'work.year'" in e.message and "(line 5)" in e.message


def test_unclosed_front_matter(tmp_path):
    p = tmp_path / "open.md"
    p.write_text("---\ntitle: Fine\n\nBody text.\n", encoding="utf-8")
    assert "never closed" in _error(p).message


def test_front_matter_not_a_mapping(tmp_path):
    p = tmp_path / "list.md"
    p.write_text("---\n- a\n- b\n---\nBody text.\n", encoding="utf-8")
    assert "mapping" in _error(p).message


def test_html_without_article(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>Nothing</title></head><body><nav><a href='/'>Home</a></nav>"
                 "<footer>© 2025</footer></body></html>", encoding="utf-8")
    e = _error(p)
    assert e.path == str(p) and "no article text" in e.message


def test_review_without_sentences(tmp_path):
    p = tmp_path / "only-meta.md"
    p.write_text("---\ntitle: Just metadata\n---\n\n# Just metadata\n\n## Heading\n\n<div></div>\n", encoding="utf-8")
    e = _error(p)
    assert "no review text" in e.message


def test_text_with_only_byline_and_rating(tmp_path):
    p = tmp_path / "meta.txt"
    p.write_text("Rating: 4/5\n\nBy Someone Else\n", encoding="utf-8")
    assert "no review text" in _error(p).message


def test_unknown_format(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Hello there.", encoding="utf-8")
    e = _error(p, fmt="docx")
    assert "unknown input format" in e.message


def test_stdin_errors_are_labelled():
    e = _error("-", data=b"")
    assert e.path == "<stdin>" and "empty" in e.message
    e = _error("-", data=b"\x00\x01", name="piped.txt")
    assert e.path == "piped.txt" and "binary" in e.message


def test_str_is_one_line_with_path(tmp_path):
    e = _error(tmp_path / "missing.md")
    assert str(e) == f"{tmp_path / 'missing.md'}: no such file"


def test_only_punctuation_has_no_sentences(tmp_path):
    p = tmp_path / "dots.txt"
    p.write_text("...\n\n---\n\n* * *\n", encoding="utf-8")
    assert "no review text" in _error(p).message


def test_separator_paragraphs_are_dropped():
    r = read("-", data=b"First part of the review.\n\n* * *\n\nSecond part. Recommended.\n")
    assert [b.text for b in r.body_blocks()] == ["First part of the review.", "Second part. Recommended."]
