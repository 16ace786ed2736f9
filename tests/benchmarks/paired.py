#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""paired.py -- paired A/B timing of whole processes (start-up included).

  paired.py [options] --a 'CMD A' --b 'CMD B'
      warm-up (A, B) x --warmup, then --runs iterations of A B (alternating, so drift and
      other load on the shared machine hit both alike); prints medians and the ratio.
  paired.py [options] --files LIST --a 'CMD {}' --b 'CMD {}'
      per-file mode: for every file in LIST (one path a line), A then B on that file;
      --runs passes over the list; the first --warmup files are run once before, uncounted.
      Reports the per-file medians, the ratio of the totals and the median per-file ratio,
      and the same split by file extension.

Commands are split with shlex and exec'd directly (no shell), unless --shell.
stdout/stderr go to /dev/null; a non-zero exit aborts the benchmark (a fast failure is
not a fast run). Wall time: time.perf_counter around spawn+wait; CPU: wait4() rusage
(user+sys of the process and its waited-for children); peak RSS from the same rusage.

--json FILE writes every sample. The last line printed is machine-readable:
  RESULT name=<id> a_med=<s> b_med=<s> ratio=<A/B> pair_ratio=<median of per-pair A/B> ...
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(cmd, shell, env):
    argv = ["/bin/sh", "-c", cmd] if shell else shlex.split(cmd)
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, env=env)
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"paired.py: command failed with exit code {p.returncode}: {cmd}")
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime, "user": ru.ru_utime,
            "sys": ru.ru_stime, "rss_mib": ru.ru_maxrss / 1024.0}


def med(xs):
    return statistics.median(xs) if xs else float("nan")


def summarize(samples):
    return {k: med([s[k] for s in samples]) for k in ("wall", "cpu", "rss_mib")} | {
        "min": min(s["wall"] for s in samples), "max": max(s["wall"] for s in samples),
        "n": len(samples)}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True)
    ap.add_argument("--b", required=True)
    ap.add_argument("--name", default="bench")
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--files")
    ap.add_argument("--shell", action="store_true")
    ap.add_argument("--json")
    o = ap.parse_args()
    env = dict(os.environ)

    if not o.files:
        for _ in range(o.warmup):
            run_once(o.a, o.shell, env)
            run_once(o.b, o.shell, env)
        A, B = [], []
        for _ in range(o.runs):
            A.append(run_once(o.a, o.shell, env))
            B.append(run_once(o.b, o.shell, env))
        sa, sb = summarize(A), summarize(B)
        pr = med([a["wall"] / b["wall"] for a, b in zip(A, B)])
        print(f"A = {o.a}\nB = {o.b}")
        for tag, s in (("A", sa), ("B", sb)):
            print(f"{tag}: wall median {s['wall']*1000:8.1f} ms  (min {s['min']*1000:.1f}, max {s['max']*1000:.1f}, "
                  f"n={s['n']})  cpu {s['cpu']*1000:.1f} ms  peak {s['rss_mib']:.1f} MiB")
        ratio = sa["wall"] / sb["wall"]
        print(f"A/B: ratio of medians {ratio:.2f}, median of paired ratios {pr:.2f}")
        if o.json:
            json.dump({"name": o.name, "a": o.a, "b": o.b, "A": A, "B": B}, open(o.json, "w"), indent=1)
        print(f"RESULT name={o.name} a_med={sa['wall']:.4f} b_med={sb['wall']:.4f} ratio={ratio:.3f} "
              f"pair_ratio={pr:.3f} a_cpu={sa['cpu']:.4f} b_cpu={sb['cpu']:.4f} "
              f"a_rss={sa['rss_mib']:.1f} b_rss={sb['rss_mib']:.1f}")
        return

    files = [l.strip() for l in open(o.files) if l.strip()]
    for f in files[: o.warmup]:
        run_once(o.a.replace("{}", shlex.quote(f)), o.shell, env)
        run_once(o.b.replace("{}", shlex.quote(f)), o.shell, env)
    rows = []  # (file, ext, A sample, B sample)
    for _ in range(o.runs):
        for f in files:
            a = run_once(o.a.replace("{}", shlex.quote(f)), o.shell, env)
            b = run_once(o.b.replace("{}", shlex.quote(f)), o.shell, env)
            rows.append((f, os.path.splitext(f)[1].lstrip(".") or "-", a, b))

    def report(label, rs):
        ta = sum(r[2]["wall"] for r in rs); tb = sum(r[3]["wall"] for r in rs)
        ma = med([r[2]["wall"] for r in rs]); mb = med([r[3]["wall"] for r in rs])
        pr = med([r[2]["wall"] / r[3]["wall"] for r in rs])
        ca = med([r[2]["cpu"] for r in rs]); cb = med([r[3]["cpu"] for r in rs])
        tca = sum(r[2]["cpu"] for r in rs); tcb = sum(r[3]["cpu"] for r in rs)
        print(f"{label:>6}: n={len(rs):5d}  A/file {ma*1000:6.1f} ms (cpu {ca*1000:5.1f})  "
              f"B/file {mb*1000:6.1f} ms (cpu {cb*1000:5.1f})  totals {ta:7.2f} s / {tb:7.2f} s = {ta/tb:.2f}  "
              f"(cpu {tca/tcb:.2f})  median per-file ratio {pr:.2f}")
        return ma, mb, ta / tb, pr, ca, cb

    print(f"A = {o.a}\nB = {o.b}\n{len(files)} files x {o.runs} pass(es), A and B alternating per file")
    for ext in sorted({r[1] for r in rows}):
        report(ext, [r for r in rows if r[1] == ext])
    ma, mb, ratio, pr, ca, cb = report("all", rows)
    if o.json:
        json.dump({"name": o.name, "a": o.a, "b": o.b,
                   "rows": [{"file": r[0], "A": r[2], "B": r[3]} for r in rows]}, open(o.json, "w"), indent=1)
    print(f"RESULT name={o.name} a_med={ma:.4f} b_med={mb:.4f} ratio={ratio:.3f} pair_ratio={pr:.3f} "
          f"a_cpu={ca:.4f} b_cpu={cb:.4f}")


if __name__ == "__main__":
    main()
