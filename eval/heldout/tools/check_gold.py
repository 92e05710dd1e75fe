#!/usr/bin/env python3
"""Sanity checks for /work/heldout/gold: JSON parses, quotes are verbatim substrings, and
every heading / deadline / milestone / metadata string can be found in the source."""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = 0

def err(msg):
    global errors
    errors += 1
    print("  ERROR:", msg)

for gp in sorted(glob.glob(os.path.join(ROOT, "gold", "*.json"))):
    stem = os.path.basename(gp)[:-5]
    print(stem)
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        err(f"JSON does not parse: {e}"); continue
    tp = os.path.join(ROOT, "corpus", g["file"])
    if not os.path.exists(tp):
        err("source missing"); continue
    raw = open(tp, "rb").read()
    text = raw.decode("utf-8")
    n = len(text)
    if not (3000 <= n <= 9000):
        err(f"length {n} outside 3000-9000")
    flat = re.sub(r"\s+", "", text)
    m = g["meta"]
    if m["title"].replace(" ", "") not in flat:
        err(f"title not in text (whitespace-insensitive): {m['title']}")
    for k in ("issuer", "docNumber"):
        if m[k] and m[k] not in text:
            err(f"meta {k} not in text: {m[k]}")
    labels = set()
    for h in g["headings"]:
        labels.add(h["label"])
        if (h["label"] + h["title"]).replace(" ", "") not in flat and h["title"] not in text:
            err(f"heading not found: {h}")
    for q in g["quantities"]:
        c = text.count(q["quote"])
        if c == 0:
            err(f"quote not verbatim: {q['quote']}")
        elif c > 1:
            print(f"  note: quote occurs {c}x: {q['quote']}")
        if q["heading"] not in labels and q["heading"] != "":
            err(f"quantity heading label unknown: {q['heading']}")
        if q["deadline"] and q["deadline"]["text"] not in text:
            err(f"deadline text not in source: {q['deadline']}")
        if q["comparator"] not in (">=", ">", "<=", "<", "=", "~"):
            err(f"bad comparator {q['comparator']}")
        if not isinstance(q["value"], (int, float)):
            err(f"value not a number: {q}")
        # digits of the value (or a Chinese numeral) should be visible in the quote
        v = q["value"]
        vs = ("%g" % v)
        if vs not in q["quote"] and not re.search(r"[一二两三四五六七八九十百千万]", q["quote"]):
            if not any(s in q["quote"] for s in (("%g" % (v / 10000)), ("%g" % (v / 1e8)))):
                err(f"value {v} not visible in quote: {q['quote']}")
        for key in ("kind", "indicator", "comparator", "value", "unit", "deadline", "scope", "heading", "quote"):
            if key not in q:
                err(f"missing key {key} in {q}")
    titles = {(h["label"], h["title"]) for h in g["headings"]}
    for r in g["responsibilities"]:
        if r["heading"] and (r["heading"], r["headingTitle"]) not in titles:
            err(f"responsibility heading not a heading: {r['heading']} {r['headingTitle']}")
        for u in r["lead"] + r["support"]:
            if u not in text:
                err(f"unit not in text: {u}")
    for ms in g["milestones"]:
        if ms["text"] not in text:
            err(f"milestone text not in source: {ms}")
    print("  ok: %d headings, %d quantities, %d responsibilities, %d milestones, %d chars" % (
        len(g["headings"]), len(g["quantities"]), len(g["responsibilities"]), len(g["milestones"]), n))

print("errors:", errors)
sys.exit(1 if errors else 0)
