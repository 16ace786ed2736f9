#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-import.sh [AUDIO_DIR] -- probing and bulk import of 1,000 short recordings.
#
# (a) per-file probe cost, paired per file (A, B, A, B … over every file):
#       A = coach probe FILE            (FFmpeg probe + decode of one frame + sampled SHA-256)
#       B = ffprobe -v error -show_entries format=duration -of csv=p=0 FILE
#     target: total A / total B <= 1.5 (also printed per format and as the median per-file ratio)
# (b) coach --library FRESH import -q AUDIO_DIR, RUNS_IMPORT times, each on a new library:
#       wall, user+sys CPU (/usr/bin/time -f '%e %U %S'), CPU/wall (target > 1.3: both cores busy)
#     With IMPORT_REF=1, paired with a reference that also uses every core (slow: ~75 s of CPU a run):
#       B = find AUDIO_DIR -type f | xargs -P $(nproc) -n 1 ffprobe … (one ffprobe per file)
#
# AUDIO_DIR defaults to /tmp/coach-bench/audio and is made by make-audio.sh when missing
# (~3 min once). Environment: COACH=…, PROBE_PASSES=1 (PROBE=0 skips (a)), RUNS_IMPORT=3,
#   IMPORT_REF=0, OUTDIR=/tmp/coach-bench/results
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
AUDIO=${1:-/tmp/coach-bench/audio}
COACH=${COACH:-$HERE/../../build-bench/app/cli/coach}
PROBE_PASSES=${PROBE_PASSES:-1}; RUNS_IMPORT=${RUNS_IMPORT:-3}
OUTDIR=${OUTDIR:-/tmp/coach-bench/results}; mkdir -p "$OUTDIR"
[ -x "$COACH" ] || { echo "bench-import.sh: no coach at $COACH" >&2; exit 2; }
export LC_ALL=C QT_QPA_PLATFORM=offscreen
"$HERE/make-audio.sh" "$AUDIO" 1000
AUDIO=$(realpath "$AUDIO")
LIST=$OUTDIR/audio-files.txt
find "$AUDIO" -maxdepth 1 -type f | sort > "$LIST"
echo "# $(wc -l < "$LIST") files, $(du -sh "$AUDIO" | cut -f1); load: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${PROBE:-1}" = 1 ]; then
echo "# (a) probe, per file"
python3 "$HERE/paired.py" --name probe --files "$LIST" --runs "$PROBE_PASSES" --warmup 5 \
  --json "$OUTDIR/probe.json" \
  --a "$COACH probe {}" \
  --b "ffprobe -v error -show_entries format=duration -of csv=p=0 {}" | tee "$OUTDIR/probe.txt"
fi

echo "# (b) import into a fresh library, $RUNS_IMPORT runs$([ "${IMPORT_REF:-0}" = 1 ] && echo ', paired with parallel ffprobe')"
LIBDIR=$(mktemp -d /tmp/coach-bench-import.XXXXXX); trap 'rm -rf "$LIBDIR"' EXIT
REF="find $AUDIO -maxdepth 1 -type f | xargs -P $(nproc) -n 1 ffprobe -v error -show_entries format=duration -of csv=p=0"
: > "$OUTDIR/import.raw"
for ((i = 0; i <= RUNS_IMPORT; i++)); do          # run 0 is the warm-up
  rm -f "$LIBDIR"/lib.coachdb*
  /usr/bin/time -f '%e %U %S' -o "$LIBDIR/t" "$COACH" --library "$LIBDIR/lib.coachdb" import -q "$AUDIO" > "$LIBDIR/out" 2>&1
  imported=$(sqlite3 "$LIBDIR/lib.coachdb" 'SELECT count(*) FROM calls')
  [ "$imported" = "$(wc -l < "$LIST")" ] || { echo "bench-import.sh: imported $imported calls:"; tail -5 "$LIBDIR/out"; exit 1; } >&2
  if [ "${IMPORT_REF:-0}" = 1 ]; then /usr/bin/time -f '%e %U %S' -o "$LIBDIR/tb" sh -c "$REF" > /dev/null 2>&1
  else echo "0 0 0" > "$LIBDIR/tb"; fi
  [ "$i" -gt 0 ] && echo "$(cat "$LIBDIR/t") $(cat "$LIBDIR/tb")" >> "$OUTDIR/import.raw"
done
# Where the threads' time went in one more run: a CPU/wall below 1.3 means little while other
# jobs load the machine, and "runnable-waiting" shows exactly that.
rm -f "$LIBDIR"/lib.coachdb*
python3 "$HERE/threads.py" "$COACH" --library "$LIBDIR/lib.coachdb" import -q "$AUDIO" | tee "$OUTDIR/import-threads.txt"
python3 - "$OUTDIR/import.raw" <<'EOF' | tee "$OUTDIR/import.txt"
import statistics as st, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
aw = st.median(r[0] for r in rows); ac = st.median(r[1] + r[2] for r in rows)
bw = st.median(r[3] for r in rows); bc = st.median(r[4] + r[5] for r in rows)
par = st.median((r[1] + r[2]) / r[0] for r in rows)
print(f"A import:   wall median {aw:6.2f} s  cpu (user+sys) {ac:6.2f} s  cpu/wall {par:.2f}  (n={len(rows)}; runs: "
      + ", ".join(f"{r[0]:.2f}/{r[1]+r[2]:.2f}" for r in rows) + ")")
if bw > 0:
    print(f"B ffprobe -P: wall median {bw:6.2f} s  cpu {bc:6.2f} s  cpu/wall {bc/bw:.2f}")
    print(f"A/B wall {aw/bw:.2f}")
print(f"RESULT name=import a_med={aw:.3f} b_med={bw:.3f} ratio={aw/bw if bw > 0 else float('nan'):.3f} "
      f"a_cpu={ac:.3f} b_cpu={bc:.3f} cpu_per_wall={par:.3f}")
EOF
