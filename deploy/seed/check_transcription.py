#!/usr/bin/env python3
"""Check karlstad-strategisk-plan.json: print counts and verify the invariants.

Usage: python3 check_transcription.py [plan.json] [source.txt]

Exits 1 if an invariant fails. Standard library only. If the source text is
found (second argument, $SEED_SOURCE, this folder, or /work/shared/seed/), it
also checks that every paragraph, goal title and indicator title occurs
verbatim in the source (marks stripped, whitespace runs collapsed).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECT = {"targetAreas": 4, "goals": 22, "links": 72, "indicators": 71, "added_goals": 1, "removed_goals": 2}
MARKS = ("unchanged", "added", "removed")

failures = []


def check(cond, msg):
    if not cond:
        failures.append(msg)
    return cond


def paragraphs_of(doc):
    """Yield (where, paragraph) for every paragraph in the file."""
    for s in doc["sections"]:
        for b in s["blocks"]:
            for i, p in enumerate(b["paragraphs"]):
                yield f"section {s['key']}", p
    for ta in doc["targetAreas"]:
        for b in ta["description"]:
            for p in b["paragraphs"]:
                yield f"target area {ta['key']}", p
        for g in ta["goals"]:
            for b in g["description"]:
                for p in b["paragraphs"]:
                    yield f"goal {g['key']}", p
            for p in g.get("motivation") or []:
                yield f"goal {g['key']} (motivation)", p
    for pr in doc["proposals"]:
        st = pr.get("statement")
        if st:
            for p in st["intro"] + st["closing"]:
                yield f"proposal {pr['key']}", p


def find_source(argv):
    cands = []
    if len(argv) > 2:
        cands.append(argv[2])
    if os.environ.get("SEED_SOURCE"):
        cands.append(os.environ["SEED_SOURCE"])
    cands += [os.path.join(HERE, "000_518bcc501697999e.txt"), "/work/shared/seed/000_518bcc501697999e.txt"]
    for c in cands:
        if os.path.isfile(c):
            return c
    return None


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "karlstad-strategisk-plan.json")
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)

    areas = doc["targetAreas"]
    goals = [g for ta in areas for g in ta["goals"]]
    links = [(g, l) for g in goals for l in g["indicators"]]
    defs = doc["indicators"]
    def_keys = {d["key"] for d in defs}
    goal_keys = {g["key"] for g in goals}

    # ---- counts
    check(len(areas) == EXPECT["targetAreas"], f"target areas: {len(areas)} != {EXPECT['targetAreas']}")
    check(len(goals) == EXPECT["goals"], f"goals: {len(goals)} != {EXPECT['goals']}")
    check(len(links) == EXPECT["links"], f"indicator links: {len(links)} != {EXPECT['links']}")
    check(len(defs) == EXPECT["indicators"], f"indicator definitions: {len(defs)} != {EXPECT['indicators']}")
    added = [g for g in goals if g["change"] == "added"]
    removed = [g for g in goals if g["change"] == "removed"]
    check(len(added) == EXPECT["added_goals"], f"goals with change 'added': {len(added)}")
    check(len(removed) == EXPECT["removed_goals"], f"goals with change 'removed': {len(removed)}")

    # ---- keys unique within their kind
    for kind, items in (("section", doc["sections"]), ("target area", areas), ("goal", goals),
                        ("indicator", defs), ("proposal", doc["proposals"])):
        keys = [i["key"] for i in items]
        dup = sorted({k for k in keys if keys.count(k) > 1})
        check(not dup, f"duplicate {kind} keys: {dup}")
        for k in keys:
            check(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", k) is not None, f"{kind} key not kebab-case ASCII: {k}")
    titles = [d["title"] for d in defs]
    check(len(set(titles)) == len(titles), "duplicate indicator titles in the catalogue")

    # ---- links
    linked = set()
    for g, l in links:
        check(l["indicatorKey"] in def_keys, f"goal {g['key']}: unknown indicatorKey {l['indicatorKey']}")
        check(l["change"] in MARKS, f"goal {g['key']}: bad link change {l['change']}")
        linked.add(l["indicatorKey"])
        if "replaces" in l:
            check(l["replaces"] in def_keys, f"goal {g['key']}: replaces unknown indicator {l['replaces']}")
        if g["change"] == "removed":
            check(l["change"] == "removed", f"removed goal {g['key']}: link {l['indicatorKey']} not removed")
        check(not l.get("uncertain") or l.get("note"), f"uncertain link without note: {l['indicatorKey']}")
        keys_in_goal = [x["indicatorKey"] for x in g["indicators"]]
        check(keys_in_goal.count(l["indicatorKey"]) == 1, f"goal {g['key']}: indicator linked twice")
    unlinked = sorted(def_keys - linked)
    check(not unlinked, f"indicator definitions never linked: {unlinked}")
    for g in goals:
        rb = g.get("replacedBy")
        if rb:
            check(rb["indicatorKey"] in def_keys, f"goal {g['key']}: replacedBy unknown indicator")
            check(rb["goalKey"] in goal_keys, f"goal {g['key']}: replacedBy unknown goal")
            target = next((x for x in goals if x["key"] == rb["goalKey"]), None)
            check(target is not None and any(x["indicatorKey"] == rb["indicatorKey"] for x in target["indicators"]),
                  f"goal {g['key']}: replacedBy indicator is not linked under {rb['goalKey']}")
        check(not g.get("uncertain") or g.get("note"), f"uncertain goal without note: {g['key']}")

    # ---- SDGs
    sdg_numbers = [s["number"] for s in doc["sdgs"]]
    check(sorted(sdg_numbers) == list(range(1, 18)), f"sdgs must be exactly 1..17: {sdg_numbers}")
    check(all(s.get("name") for s in doc["sdgs"]), "every SDG needs a name")
    for g in goals:
        check(all(isinstance(n, int) and 1 <= n <= 17 for n in g["sdgs"]), f"goal {g['key']}: bad SDG {g['sdgs']}")
        check(len(set(g["sdgs"])) == len(g["sdgs"]), f"goal {g['key']}: repeated SDG")

    # ---- paragraphs: base and proposed text
    n_par = 0
    for where, p in paragraphs_of(doc):
        n_par += 1
        marks = {s["mark"] for s in p}
        check(marks <= set(MARKS), f"{where}: bad mark {marks}")
        base = "".join(s["text"] for s in p if s["mark"] != "added")
        prop = "".join(s["text"] for s in p if s["mark"] != "removed")
        if marks != {"added"}:
            check(base.strip() != "", f"{where}: empty base text")
        if marks != {"removed"}:
            check(prop.strip() != "", f"{where}: empty proposed text")
        for s in p:
            check(s["text"] != "", f"{where}: empty segment")
            check(not s.get("uncertain") or s.get("note"), f"{where}: uncertain segment without note")
        for a, b in zip(p, p[1:]):
            check(a["mark"] != b["mark"] or a.get("uncertain") != b.get("uncertain"),
                  f"{where}: adjacent segments with the same mark")
        for t, label in ((base, "base"), (prop, "proposed")):
            check("  " not in t, f"{where}: double space in {label} text: …{t[max(0, t.find('  ') - 30):t.find('  ') + 30]}…")

    # ---- optional: verbatim against the source text
    src_path = find_source(argv)
    src_note = "source text not found; verbatim check skipped"
    if src_path:
        raw = open(src_path, encoding="utf-8").read()
        raw = re.sub(r"\*\*(.+?)\*\*|~~(.+?)~~|\[([^\]]+)\]\(#\)", lambda m: m.group(1) or m.group(2) or m.group(3), raw)
        src = norm(raw)
        n = 0
        for where, p in paragraphs_of(doc):
            n += 1
            check(norm("".join(s["text"] for s in p)) in src, f"{where}: paragraph not found verbatim in source")
        for g in goals:
            n += 1
            check(norm(g["title"]) in src, f"goal title not in source: {g['title']}")
            if g["comment"]:
                n += 1
                check(norm(g["comment"]) in src, f"goal comment not in source: {g['key']}")
        for d in defs:
            n += 1
            check(norm(d["title"]) in src, f"indicator title not in source: {d['title']}")
        for _, l in links:
            if l["comment"]:
                n += 1
                check(norm(l["comment"]) in src, f"link comment not in source: {l['indicatorKey']}")
        src_note = f"{n} texts checked verbatim against {src_path}"

    # ---- report
    print(f"target areas: {len(areas)}")
    print(f"goals: {len(goals)} (added {len(added)}, removed {len(removed)})")
    print(f"indicator links: {len(links)} (added {sum(l['change'] == 'added' for _, l in links)}, "
          f"removed {sum(l['change'] == 'removed' for _, l in links)})")
    print(f"distinct indicators: {len(defs)} (with Kolada id: {sum(1 for d in defs if d['koladaKpiId'])})")
    print(f"paragraphs: {n_par}; sections: {len(doc['sections'])}; proposals: {len(doc['proposals'])}")
    unc = sum(1 for _, l in links if l.get("uncertain")) + sum(1 for g in goals if g.get("uncertain")) + sum(
        1 for _, p in paragraphs_of(doc) for s in p if s.get("uncertain"))
    print(f"uncertain items (links, goals, segments): {unc}")
    print(src_note)
    print()
    for ta in areas:
        print(f"[{ta['title']}]")
        for g in ta["goals"]:
            print(f"  {g['title']} | {g['change']} | sdgs {g['sdgs']} | {len(g['indicators'])} indicator links")
    print()
    if failures:
        for f in failures:
            print("FAIL:", f)
        print(f"{len(failures)} check(s) failed")
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
