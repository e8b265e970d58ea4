import csv, sys, collections
rows = collections.defaultdict(list)
for r in csv.DictReader(open("gold_phrases.csv", encoding="utf-8")):
    rows[r["doc_id"]].append(r)
tone = {r["doc_id"]: r["tone_relation"] for r in csv.DictReader(open("gold_tone.csv"))}
for doc in sys.argv[1:]:
    t = open(f"texts/{doc}.txt", encoding="utf-8").read()
    out, pos = [], 0
    for r in sorted(rows[doc], key=lambda r: int(r["start"])):
        s, e = int(r["start"]), int(r["end"])
        lab = f'{r["polarity"][:3]}{r["strength"]}/{r["frame"][:4]}/{r["voice"][0]}'
        out.append(t[pos:s]); out.append(f"[[{t[s:e]}|{lab}]]"); pos = e
    out.append(t[pos:])
    print(f"===== {doc} tone={tone[doc]} n={len(rows[doc])} words={len(t.split())}")
    print("".join(out))
