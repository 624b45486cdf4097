#!/usr/bin/env python3
"""Adds or replaces entries in both SharedResource files, keeping them in step.

Usage: scripts/resx-add.py FILE.tsv   (lines: key<TAB>English<TAB>Chinese; '#' starts a comment)
       scripts/resx-add.py --remove KEY [KEY ...]
RESX_BASE=src/TechChallenge.Infrastructure/Notifications/MailText scripts/resx-add.py FILE.tsv  (the e-mail texts)
"""
import os
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

BASE = os.environ.get("RESX_BASE", "src/TechChallenge.Web/Resources/SharedResource")
FILES = {"en": BASE + ".resx", "zh": BASE + ".zh-CN.resx"}


def load(path):
    text = open(path, encoding="utf-8").read()
    names = {d.get("name") for d in ET.fromstring(text.encode("utf-8")).findall("data")}
    return text, names


def entry(key, value):
    return f'  <data name="{escape(key, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(value)}</value></data>\n'


def remove(text, key):
    start = text.find(f'<data name="{key}"')
    if start < 0:
        return text
    line_start = text.rfind("\n", 0, start) + 1
    end = text.index("</data>", start) + len("</data>\n")
    return text[:line_start] + text[end:]


def main(argv):
    if argv[:1] == ["--remove"]:
        for lang, path in FILES.items():
            text, _ = load(path)
            for key in argv[1:]:
                text = remove(text, key)
            open(path, "w", encoding="utf-8").write(text)
        return
    rows = []
    for line in open(argv[0], encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        key, en, zh = line.split("\t")
        rows.append((key, {"en": en, "zh": zh}))
    for lang, path in FILES.items():
        text, _ = load(path)
        for key, values in rows:
            text = remove(text, key)
            text = text.replace("</root>", entry(key, values[lang]) + "</root>")
        open(path, "w", encoding="utf-8").write(text)


main(sys.argv[1:])
