#!/usr/bin/env python3
"""Rewrites assets/tone/<lang>.json in the house layout (one rule key per line, compact values).

Usage: scripts/tone_fmt.py [en fr pl ro]  (all four by default). Used by scripts that edit the
rulebooks, so diffs stay one line per change.
"""
import json
import sys


def compact(v):
    if isinstance(v, dict):
        if not v:
            return "{}"
        return "{ " + ", ".join(f"{json.dumps(k)}: {compact(x)}" for k, x in v.items()) + " }"
    if isinstance(v, list):
        return "[" + ", ".join(compact(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)


def block(d, indent):
    pad = " " * indent
    lines = [f"{pad}  {json.dumps(k)}: {compact(v)}" for k, v in d.items()]
    return pad + "{\n" + ",\n".join(lines) + "\n" + pad + "}"


def dumps(book):
    out = ["{"]
    parts = []
    for k, v in book.items():
        if k in ("scoring", "detect", "negation"):
            parts.append(f'  "{k}": ' + block(v, 2).lstrip())
        elif k == "categories":
            parts.append('  "categories": [\n' + ",\n".join("    " + compact(c) for c in v) + "\n  ]")
        elif k == "rules":
            parts.append('  "rules": [\n' + ",\n".join(block(r, 4) for r in v) + "\n  ]")
        else:
            parts.append(f"  {json.dumps(k)}: {compact(v)}")
    out.append(",\n".join(parts))
    out.append("}")
    return "\n".join(out) + "\n"


def main(langs):
    for lang in langs:
        p = f"assets/tone/{lang}.json"
        book = json.load(open(p, encoding="utf-8"))
        open(p, "w", encoding="utf-8").write(dumps(book))


if __name__ == "__main__":
    main(sys.argv[1:] or ["en", "fr", "pl", "ro"])
