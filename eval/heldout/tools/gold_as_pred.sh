#!/usr/bin/env python3
# Fake "planlens" used only to self-test the gold against ../shared/eval/score.py:
# `gold_as_pred.sh extract FILE --format json` prints the gold in export shape.
import json, os, sys
src = sys.argv[2]
stem = os.path.basename(src)[:-4]
g = json.load(open(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(src))), "gold", stem + ".json"), encoding="utf-8"))
hs = [dict(h, id="h%d" % i) for i, h in enumerate(g["headings"])]
ids = {(h["label"], h["title"]): h["id"] for h in hs}
text = open(src, encoding="utf-8").read()
qs = []
for q in g["quantities"]:
    i = text.find(q["quote"]); qs.append(dict(q, span={"start": i, "end": i + len(q["quote"])}))
rs = [{"heading": ids.get((r["heading"], r["headingTitle"])), "lead": r["lead"], "support": r["support"]} for r in g["responsibilities"]]
print(json.dumps({"schemaVersion": 1, "meta": g["meta"], "headings": hs, "quantities": qs,
                  "responsibilities": rs, "milestones": g["milestones"]}, ensure_ascii=False))
