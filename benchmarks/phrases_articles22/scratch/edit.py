import re, sys, json
ROOT = "/work/main/benchmarks/phrases_articles22/src/"
def edit_text(doc, reps):
    f = ROOT + "articles/" + doc + ".txt"
    t = open(f, encoding="utf-8").read()
    for o, n in reps:
        if t.count(o) != 1:
            sys.exit(f"{doc}: {o!r} occurs {t.count(o)}")
        t = t.replace(o, n)
    open(f, "w", encoding="utf-8").write(t)
def drop_p(doc, phrases):
    f = ROOT + "annotations.py"
    lines = open(f, encoding="utf-8").read().split("\n")
    out = []
    short = doc
    cur = None
    for ln in lines:
        m = re.match(r'D = "(.*)"', ln)
        if m: cur = m.group(1)
        hit = False
        if cur == doc and ln.startswith("p(D, "):
            for ph in phrases:
                if ln.startswith("p(D, " + json.dumps(ph, ensure_ascii=False) + ","):
                    hit = True
        if hit:
            phrases = [x for x in phrases if not ln.startswith("p(D, " + json.dumps(x, ensure_ascii=False) + ",")]
            continue
        out.append(ln)
    if phrases:
        sys.exit(f"{doc}: p rows not found {phrases}")
    open(f, "w", encoding="utf-8").write("\n".join(out))
