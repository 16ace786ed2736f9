#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-all.sh -- every benchmark in this folder, then one table:
#   benchmark | A median | B median | ratio A/B (wall) | cpu ratio | target | pass/over
#
# Needs a Release build in ../../build-bench with the coach, coachbench and bench-startup
# targets (README.md says how); BUILD=1 configures and builds it first.
# Data goes to WORK=/tmp/coach-bench (library, audio, results); both are reused when present.
# Environment: RUNS, WARMUP, PROBE_PASSES, RUNS_IMPORT are passed on; ONLY=list|startup|import.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$(cd "$HERE/../.." && pwd)
BUILD_DIR=${BUILD_DIR:-$SRC/build-bench}
WORK=${WORK:-/tmp/coach-bench}
export OUTDIR=$WORK/results COACH=${COACH:-$BUILD_DIR/app/cli/coach}
mkdir -p "$OUTDIR"; rm -f "$OUTDIR"/*.txt "$OUTDIR"/*.log
ONLY=${ONLY:-list|startup|import}
export LC_ALL=C QT_QPA_PLATFORM=offscreen

if [ "${BUILD:-0}" = 1 ]; then
  cmake -S "$SRC" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
        -DCMAKE_PROJECT_Coachbench_INCLUDE="$HERE/inject.cmake" >/dev/null &&
  cmake --build "$BUILD_DIR" --target coach coachbench bench-startup || exit 1
fi
grep -q 'CMAKE_BUILD_TYPE:STRING=Release' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null ||
  echo "WARNING: $BUILD_DIR is not a Release build; the figures mean little" >&2

echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(git -C "$SRC" rev-parse --short HEAD 2>/dev/null)$(git -C "$SRC" diff --quiet 2>/dev/null || echo ' (+ uncommitted changes)'); sqlite3 $(sqlite3 --version | cut -d' ' -f1); $(ffmpeg -version | head -1 | cut -d' ' -f1-3)"

LIB=$WORK/lib10k.coachdb
# A library made by an older schema would be migrated (and backed up, 235 MB) by the first
# benchmark run that opens it: make it again instead.
if [ -s "$LIB" ]; then
  fresh=$(mktemp -u /tmp/coach-bench-schema.XXXXXX.coachdb)
  "$COACH" --library "$fresh" check >/dev/null 2>&1
  if [ "$(sqlite3 "$fresh" 'PRAGMA user_version')" != "$(sqlite3 "$LIB" 'PRAGMA user_version')" ]; then
    echo "# $LIB has another schema version than this build: making it again"; rm -f "$LIB" "$LIB".*
  fi
  rm -f "$fresh" "$fresh"-*
fi
if [ ! -s "$LIB" ]; then
  "$HERE/make-library.sh" "$LIB" | tee "$OUTDIR/make-library.txt" || exit 1
else
  echo "# reusing $LIB (delete it to time make-library.sh again)"
fi

[[ list =~ $ONLY ]] && { echo "## bench-list"; "$HERE/bench-list.sh" "$LIB" 2>&1 | tee "$OUTDIR/bench-list.log"; }
[[ startup =~ $ONLY ]] && { echo "## bench-startup"; "$HERE/bench-startup.sh" "$LIB" 2>&1 | tee "$OUTDIR/bench-startup.log"; }
[[ import =~ $ONLY ]] && { echo "## bench-import"; "$HERE/bench-import.sh" "$WORK/audio" 2>&1 | tee "$OUTDIR/bench-import.log"; }

echo
python3 - "$OUTDIR" <<'EOF'
import glob, os, re, sys
out = sys.argv[1]
res = {}
for f in glob.glob(os.path.join(out, "*.txt")) + glob.glob(os.path.join(out, "*.log")):
    for line in open(f, errors="replace"):
        if line.startswith("RESULT "):
            kv = dict(p.split("=", 1) for p in line.split()[1:])
            res[kv["name"]] = kv
        m = re.search(r"total ([0-9.]+) s$", line)
        if m and "make-library" in line:
            res["make-library"] = {"name": "make-library", "total": m.group(1)}
rows = []
def ms(v): return f"{float(v)*1000:.1f} ms"
def s(v): return f"{float(v):.2f} s"
def add(name, label, target, fmt=ms, check=lambda r: float(r["ratio"]) <= 2.0):
    r = res.get(name)
    if not r: return
    cpu = f"{float(r['a_cpu'])/float(r['b_cpu']):.2f}" if "a_cpu" in r and "b_cpu" in r and float(r['b_cpu']) > 0 else "-"
    rows.append((label, fmt(r["a_med"]), fmt(r["b_med"]), f"{float(r['ratio']):.2f}", cpu, target,
                 "pass" if check(r) else "OVER"))
add("list", "list --json --limit 100 vs sqlite3 -json", "<= 2.0x")
add("startup", "GUI start to painted table vs qt-floor", "<= 1.5x, A <= 0.3 s",
    check=lambda r: float(r["ratio"]) <= 1.5 and float(r["a_med"]) <= 0.3)
add("startup-vs-painted-floor", "  (same, vs qt-floor quitting after paint)", "<= 1.5x (info)",
    check=lambda r: float(r["ratio"]) <= 1.5)
add("probe", "probe per file vs ffprobe (ratio of totals)", "<= 1.5x", check=lambda r: float(r["ratio"]) <= 1.5)
r = res.get("import")
if r:
    hasb = float(r["b_med"]) > 0
    rows.append(("import 1000 files" + (" (B: ffprobe -P per file)" if hasb else ""), s(r["a_med"]),
                 s(r["b_med"]) if hasb else "-", f"{float(r['ratio']):.2f}" if hasb else "-",
                 f"cpu/wall {float(r['cpu_per_wall']):.2f}", "cpu/wall > 1.3",
                 "pass" if float(r["cpu_per_wall"]) > 1.3 else "OVER"))
r = res.get("make-library")
if r:
    rows.append(("make-library.sh (10k calls, 1M segments)", s(r["total"]), "-", "-", "-", "< 120 s",
                 "pass" if float(r["total"]) < 120 else "OVER"))
hdr = ("benchmark", "A median", "B median", "ratio", "cpu ratio", "target", "result")
w = [max(len(str(x[i])) for x in rows + [hdr]) for i in range(len(hdr))]
fmtrow = lambda x: "  ".join(str(v).ljust(w[i]) for i, v in enumerate(x))
print(fmtrow(hdr)); print("  ".join("-" * n for n in w))
for x in rows: print(fmtrow(x))
with open(os.path.join(out, "table.tsv"), "w") as t:
    for x in [hdr] + rows: t.write("\t".join(map(str, x)) + "\n")
t = res.get("import-threads")
if t:
    print(f"# import threads: {float(t['on_cpu']):.2f} s on a CPU, {float(t['runnable_wait']):.2f} s runnable but waiting "
          f"for one (other load), in {float(t['wall']):.2f} s wall (threads.py)")
print(f"# table: {out}/table.tsv")
EOF
