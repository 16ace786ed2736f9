#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""threads.py CMD ARGS... -- run CMD once and say, per thread, where its wall time went
(Linux /proc/PID/task/TID/schedstat, polled every 20 ms): on a CPU, runnable but waiting for
a CPU (other load on the machine), or blocked (I/O, locks, waiting for other threads).
Tells "our threads wait on each other" apart from "the machine is busy" when CPU/wall is low."""
import os, subprocess, sys, time

p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
last, t0 = {}, time.perf_counter()
while p.poll() is None:
    try:
        for tid in os.listdir(f"/proc/{p.pid}/task"):
            try:
                run, wait, _ = map(int, open(f"/proc/{p.pid}/task/{tid}/schedstat").read().split())
                last[tid] = (open(f"/proc/{p.pid}/task/{tid}/comm").read().strip(), run / 1e9, wait / 1e9)
            except (OSError, ValueError):
                pass
    except OSError:
        pass
    time.sleep(0.02)
wall = time.perf_counter() - t0
tot_run = sum(v[1] for v in last.values()); tot_wait = sum(v[2] for v in last.values())
print(f"wall {wall:.2f} s; threads seen {len(last)}; on-cpu {tot_run:.2f} s, runnable-waiting {tot_wait:.2f} s")
for tid, (comm, run, wait) in sorted(last.items(), key=lambda kv: int(kv[0])):
    print(f"  {tid:>7} {comm:16} on-cpu {run:6.2f} s  runnable-waiting {wait:6.2f} s  blocked {max(0.0, wall - run - wait):6.2f} s")
print(f"RESULT name=import-threads wall={wall:.3f} on_cpu={tot_run:.3f} runnable_wait={tot_wait:.3f}")
sys.exit(p.returncode)
