"""What a step changed: the difference between two snapshots (Session.snapshot), as plain
data the UI can highlight and tests can assert."""
from __future__ import annotations


def diff(a: dict, b: dict) -> dict:
    """Changes from snapshot ``a`` to snapshot ``b``."""
    out: dict = {"steps": b["step"] - a["step"], "time_ns": b["time_ns"] - a["time_ns"]}
    ga = {g[0]: g for g in a["goroutines"]}
    gb = {g[0]: g for g in b["goroutines"]}
    out["goroutines_created"] = sorted(gb.keys() - ga.keys())
    out["goroutines_exited"] = sorted(ga.keys() - gb.keys())
    out["goroutines_state"] = {i: (ga[i][1], gb[i][1]) for i in ga.keys() & gb.keys()
                               if ga[i][1:3] != gb[i][1:3]}
    out["stacks"] = {i: (ga[i][4], gb[i][4]) for i in ga.keys() & gb.keys() if ga[i][4] != gb[i][4]}
    changed = {}
    for i in sorted(ga.keys() & gb.keys()):
        before = {(f[0], depth, s[0]): s[5] for depth, f in enumerate(reversed(ga[i][6])) for s in f[4]}
        after = {(f[0], depth, s[0]): s[5] for depth, f in enumerate(reversed(gb[i][6])) for s in f[4]}
        for key in after.keys() & before.keys():
            if after[key] != before[key]:
                changed[(i,) + key] = (before[key], after[key])
        for key in after.keys() - before.keys():
            changed[(i,) + key] = (None, after[key])
    out["variables"] = changed  # (goroutine, function, frame depth from the bottom, name) -> (old, new)
    ha = {h[0]: h for h in a["heap"]}
    hb = {h[0]: h for h in b["heap"]}
    out["allocated"] = sorted(hb.keys() - ha.keys())
    out["freed"] = sorted(ha.keys() - hb.keys())
    out["recoloured"] = {addr: (ha[addr][6], hb[addr][6]) for addr in ha.keys() & hb.keys()
                         if ha[addr][6] != hb[addr][6]}
    out["gc"] = (a["gc"], b["gc"]) if a["gc"] != b["gc"] else None
    out["stdout"] = b["output"][0][len(a["output"][0]):]
    out["stderr"] = b["output"][1][len(a["output"][1]):]
    return out
