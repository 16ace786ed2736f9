#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-startup.sh LIB.coachdb -- the GUI from process start to a painted, scrollable call table,
# against qt-floor (a bare QTableView over the same calls). Both with QT_QPA_PLATFORM=offscreen.
#
#   A = bench-startup --library LIB     (tests/benchmarks/BenchStartup.cpp: what app/gui/main.cpp
#                                         does, quitting right after the table's first paint)
#   B = qt-floor FLOOR.sqlite           (built now from ../shared/bench/qt-floor.cpp, never copied here)
# Target: A/B <= 1.5 (and A <= 0.3 s absolute).
#
# qt-floor reads `SELECT id, started_at, duration_s, agent, queue, customer_phone FROM calls`;
# our schema differs, so FLOOR.sqlite is a separate small file holding the SAME 10k calls in
# qt-floor's shape (started_at as ISO text, duration_s = duration_ms/1000, agent = rep name,
# customer_phone = customer_ref, audio_path = recording_path), built from LIB by this script.
# Also printed: B' = qt-floor patched (in a temp dir) to quit after its first table paint, as
# qt-floor itself quits on the first event-loop pass, before the table has painted.
# And a check that start-up touches no recording (strace on every file syscall).
# Environment: BENCH_STARTUP=… (default ../../build-bench/bench-startup or
#   ../../build-bench/tests/benchmarks/bench-startup), QT_FLOOR_SRC=…, RUNS=21, WARMUP=3, OUTDIR=…
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LIB=${1:?usage: bench-startup.sh LIB.coachdb}
LIB=$(realpath "$LIB")
RUNS=${RUNS:-21}; WARMUP=${WARMUP:-3}
OUTDIR=${OUTDIR:-/tmp/coach-bench/results}; mkdir -p "$OUTDIR"
QT_FLOOR_SRC=${QT_FLOOR_SRC:-$HERE/../../../shared/bench/qt-floor.cpp}
if [ -z "${BENCH_STARTUP:-}" ]; then
  for c in "$HERE/../../build-bench/tests/benchmarks/bench-startup" "$HERE/../../build-bench/bench-startup"; do
    [ -x "$c" ] && BENCH_STARTUP=$c && break; done
fi
[ -x "${BENCH_STARTUP:-}" ] || { echo "bench-startup.sh: build the bench-startup target first (README.md)" >&2; exit 2; }
[ -s "$QT_FLOOR_SRC" ] || { echo "bench-startup.sh: no qt-floor.cpp at $QT_FLOOR_SRC" >&2; exit 2; }
export LC_ALL=C QT_QPA_PLATFORM=offscreen
WORK=$(mktemp -d /tmp/coach-bench-startup.XXXXXX); trap 'rm -rf "$WORK"' EXIT
# Private settings and runtime dir: the benchmark neither reads nor changes the user's.
export XDG_CONFIG_HOME=$WORK/config XDG_RUNTIME_DIR=$WORK/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

QTFLAGS=$(pkg-config --cflags --libs Qt6Widgets Qt6Sql)
g++ -O2 -fPIC "$QT_FLOOR_SRC" -o "$WORK/qt-floor" $QTFLAGS
python3 - "$QT_FLOOR_SRC" "$WORK/qt-floor-painted.cpp" <<'EOF'
import sys
s = open(sys.argv[1]).read()
old = "    QTimer::singleShot(0, &app, [&] {"
assert old in s, "qt-floor.cpp changed; update bench-startup.sh"
new = ("    struct FirstPaint : QObject { bool eventFilter(QObject *, QEvent *e) override {\n"
       "        if (e->type() == QEvent::Paint) QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });\n"
       "        return false; } } firstPaint;\n"
       "    view.viewport()->installEventFilter(&firstPaint);\n"
       "    if (argc > 2) { int rc = app.exec(); std::printf(\"rows=%d\\n\", model.rowCount()); return rc; }\n")
open(sys.argv[2], "w").write(s.replace(old, new + old, 1))
EOF
g++ -O2 -fPIC "$WORK/qt-floor-painted.cpp" -o "$WORK/qt-floor-painted" $QTFLAGS

FLOOR=$WORK/floor.sqlite
sqlite3 "$FLOOR" "ATTACH '$LIB' AS l;
  CREATE TABLE calls(id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, duration_s REAL NOT NULL, agent TEXT NOT NULL,
                     customer_phone TEXT NOT NULL, queue TEXT NOT NULL, audio_path TEXT NOT NULL);
  INSERT INTO calls SELECT c.id, strftime('%Y-%m-%dT%H:%M:%SZ', c.started_at, 'unixepoch'), c.duration_ms / 1000.0,
         coalesce(r.name, ''), c.customer_ref, c.queue, c.recording_path FROM l.calls c LEFT JOIN l.reps r ON r.id = c.rep_id;
  CREATE INDEX calls_started ON calls(started_at);"

out=$("$BENCH_STARTUP" --library "$LIB") || { echo "bench-startup.sh: bench-startup failed: $out" >&2; exit 1; }
echo "# bench-startup: $out"
echo "# qt-floor: $("$WORK/qt-floor" "$FLOOR") from $FLOOR ($(sqlite3 "$FLOOR" 'SELECT count(*) FROM calls') calls, $(($(stat -c %s "$FLOOR") / 1024)) KiB); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# No recording may be touched at start-up: every file syscall, filtered on the recordings' paths/extensions.
REC_DIR=$(sqlite3 "$LIB" "SELECT recording_path FROM calls LIMIT 1" | sed -E 's#/[^/]*$##; s#/[0-9]{4}/[0-9]{2}/[0-9]{2}$##')
if command -v strace >/dev/null; then
  strace -f -qq -e trace=%file -o "$WORK/strace.txt" "$BENCH_STARTUP" --library "$LIB" >/dev/null
  hits=$(grep -E "\"$REC_DIR|\\.(wav|mp3|opus|ogg|m4a|flac)\"" "$WORK/strace.txt" || true)
  echo "# recordings touched at start-up (any file syscall under $REC_DIR or on an audio extension): $(grep -c . <<<"$hits" || true)"
  [ -z "$hits" ] || { echo "$hits" | head -5; echo "RESULT name=startup-audio-opened count=$(grep -c . <<<"$hits")"; }
  cp "$WORK/strace.txt" "$OUTDIR/startup-strace.txt"
fi

python3 "$HERE/paired.py" --name startup --runs "$RUNS" --warmup "$WARMUP" --json "$OUTDIR/startup.json" \
  --a "$BENCH_STARTUP --library $LIB" --b "$WORK/qt-floor $FLOOR" | tee "$OUTDIR/startup.txt"
python3 "$HERE/paired.py" --name startup-vs-painted-floor --runs "$RUNS" --warmup "$WARMUP" \
  --a "$BENCH_STARTUP --library $LIB" --b "$WORK/qt-floor-painted $FLOOR painted" | tee "$OUTDIR/startup-painted.txt"
