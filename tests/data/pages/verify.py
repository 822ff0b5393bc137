#!/usr/bin/env python3
"""Verify every sidecar JSON against its HTML page (stdlib only)."""
import json, os, re, sys
from html.parser import HTMLParser

KEYS = ["file", "language", "layout", "title", "author", "work", "furniture",
        "body_first_sentence", "body_last_sentence", "body_word_count"]
LAYOUTS = {"newspaper", "games", "blog", "magazine"}
SKIP = {"script", "style", "head", "template", "noscript"}

class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip, self.lang = [], 0, None
    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")
        if tag in SKIP:
            self.skip += 1
    def handle_endtag(self, tag):
        if tag in SKIP and self.skip:
            self.skip -= 1
    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()

def main(root):
    errors, pages, furn = 0, 0, 0
    for sub in ("tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9", "tuning10", "tuning11", "blind", "blind2", "blind3"):
        d = os.path.join(root, sub)
        for name in sorted(os.listdir(d)):
            if not name.endswith(".json"):
                continue
            pages += 1
            meta = json.load(open(os.path.join(d, name), encoding="utf-8"))
            def bad(msg):
                nonlocal errors
                errors += 1
                print(f"FAIL {sub}/{name}: {msg}")
            if list(meta) != KEYS:
                bad(f"keys {list(meta)}")
            if meta["file"] != name[:-5] + ".html":
                bad("file name mismatch")
            if meta["layout"] not in LAYOUTS:
                bad("layout")
            p = Text()
            raw = open(os.path.join(d, meta["file"]), encoding="utf-8").read()
            if not raw.lstrip().lower().startswith("<!doctype html>"):
                bad("no doctype")
            p.feed(raw)
            text = norm("".join(p.parts))
            for key in ("title", "body_first_sentence", "body_last_sentence"):
                if norm(meta[key]) not in text:
                    bad(f"{key} not in text: {meta[key]!r}")
            for f in meta["furniture"]:
                furn += 1
                if norm(f) not in text:
                    bad(f"furniture not in text: {f!r}")
                if norm(f) in (norm(meta["body_first_sentence"]), norm(meta["body_last_sentence"])):
                    bad(f"furniture equals a body sentence: {f!r}")
            if not isinstance(meta["body_word_count"], int) or not 300 <= meta["body_word_count"] <= 900:
                bad(f"body_word_count {meta['body_word_count']}")
            print(f"ok   {sub}/{meta['file']}  lang_attr={p.lang} language={meta['language']} "
                  f"layout={meta['layout']} words={meta['body_word_count']} furniture={len(meta['furniture'])}")
    print(f"\n{pages} pages, {furn} furniture strings, {errors} errors")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
