#!/usr/bin/env python3
"""Prints the catalogue's literal phrases, one per line, for a fixed-string grep baseline.

Reads the `patterns:` lists of Rules/*.yml (without a YAML library) and keeps, for each
pattern, the phrase made of its plain words: patterns of plain words and spaces as they are,
and patterns whose only structure is simple groups `(a|b c|d)` with the first alternative of
each group. Patterns with `~word`, `@class`, gaps, optional elements or nested groups are
skipped: the result is what a phrase-list grep would look for, not what notelint matches.
Only phrases of two or more words are printed (single words would flag most documents).

    python3 Benchmarks/extract-phrases.py Rules > /tmp/phrases.txt
"""

import glob
import os
import re
import sys

WORD = re.compile(r"^[A-Za-z][A-Za-z'’-]*$")
GROUP = re.compile(r"\(([^()]*)\)")


def patterns_of(path):
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    block_indent = None
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        if re.match(r"^\s*patterns:\s*$", line):
            block_indent = indent
            continue
        if block_indent is None or not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- ") and indent >= block_indent:
            item = stripped[2:].strip()
            if len(item) >= 2 and item[0] == item[-1] and item[0] in "\"'":
                item = item[1:-1]
            yield item
        else:
            block_indent = None


def phrase(pattern):
    # Replace each simple group by its first alternative; give up on anything fancier.
    text = GROUP.sub(lambda match: match.group(1).split("|")[0], pattern)
    words = text.split()
    if len(words) < 2 or not all(WORD.match(word) for word in words):
        return None
    return " ".join(words).lower()


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Rules")
    phrases = set()
    for path in sorted(glob.glob(os.path.join(directory, "*.yml"))):
        for pattern in patterns_of(path):
            result = phrase(pattern)
            if result:
                phrases.add(result)
    for result in sorted(phrases):
        print(result)


if __name__ == "__main__":
    main()
