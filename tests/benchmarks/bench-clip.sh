#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-clip.sh [CORPUS] -- `coach clip` (a 30-s clip, seek + trim + encode) against ffmpeg
# doing the same job, paired A B A B in one run (paired.py), for every two-hour file of
# ../shared/bench/make-corpus.sh (made into CORPUS, default /tmp/coach-corpus, when missing;
# ~100 s) at 0:01:00 and 1:59:00.
#
# Same job = same output format as the input (mu-law WAV gives 16-bit WAV), the same rate
# (8000 Hz, what coach picks for these calls), stereo, and coach's bit rate:
#   loudness  A = coach clip FILE --start S --duration 30 --out A.EXT            (fade 0.3 s, -16 LUFS, TP -1 dBTP)
#             B = ffmpeg -ss S -t 30 -i FILE -af afade=t=in:d=0.3,afade=t=out:st=29.7:d=0.3,
#                 loudnorm=I=-16:TP=-1.5 -ar 8000 -c:a ENC -b:a BR B.EXT
#   plain     A = coach clip FILE --start S --duration 30 --loudness none --fade 0 --out A.EXT
#             B = ffmpeg -ss S -t 30 -i FILE -ar 8000 -c:a ENC -b:a BR B.EXT
# Targets (issue 4): loudness A/B <= 1.0, plain A/B <= 1.2, and A at 1:59:00 the same as at
# 0:01:00. Ratios are medians of wall time, whole processes, start-up included.
# Environment: COACH=… (default ../../build-media/app/cli/coach, else ../../build-bench/…),
#              RUNS=5, WARMUP=1, FILES="call-2h.wav …", OFFSETS="60 7140".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=$(cd "$HERE/../../../shared/bench" 2>/dev/null && pwd || echo /work/shared/bench)
CORPUS=${1:-/tmp/coach-corpus}
RUNS=${RUNS:-5}; WARMUP=${WARMUP:-1}
if [ -z "${COACH:-}" ]; then
    for c in "$HERE/../../build-media/app/cli/coach" "$HERE/../../build-bench/app/cli/coach"; do
        [ -x "$c" ] && { COACH=$c; break; }
    done
fi
[ -x "${COACH:-}" ] || { echo "bench-clip.sh: no coach binary (set COACH=…)" >&2; exit 2; }
[ -s "$CORPUS/call-2h.opus" ] || "$SHARED/make-corpus.sh" "$CORPUS"
export LC_ALL=C
OUT=$(mktemp -d /tmp/coach-bench-clip.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
FILES=${FILES:-"call-2h.wav call-2h-ulaw.wav call-2h.mp3 call-2h.m4a call-2h.opus"}
OFFSETS=${OFFSETS:-"60 7140"}
FF="ffmpeg -nostdin -hide_banner -v error -threads 1 -y"

# encoder and bit rate coach uses for a stereo 8 kHz clip (ClipFormat::bitRateFor)
codec_of() {
    case $1 in
        wav) echo "-c:a pcm_s16le" ;;
        mp3) echo "-c:a libmp3lame -b:a 64k" ;;
        m4a) echo "-c:a aac -b:a 64k" ;;
        opus) echo "-c:a libopus -b:a 48k" ;;
    esac
}

run() { # NAME A-CMD B-CMD → one RESULT line in $OUT/results
    python3 "$HERE/paired.py" --name "$1" --runs "$RUNS" --warmup "$WARMUP" --a "$2" --b "$3" \
        | tee -a "$OUT/log" | grep '^RESULT' >>"$OUT/results"
}

echo "# coach: $COACH; corpus: $CORPUS; runs: $RUNS (+$WARMUP warm-up); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for f in $FILES; do
    ext=${f##*.}
    codec=$(codec_of "$ext")
    for s in $OFFSETS; do
        run "loud.$f@$s" \
            "$COACH clip $CORPUS/$f --start $s --duration 30 --out $OUT/a.$ext" \
            "$FF -ss $s -t 30 -i $CORPUS/$f -af afade=t=in:d=0.3,afade=t=out:st=29.7:d=0.3,loudnorm=I=-16:TP=-1.5 -ar 8000 $codec $OUT/b.$ext"
        run "plain.$f@$s" \
            "$COACH clip $CORPUS/$f --start $s --duration 30 --loudness none --fade 0 --out $OUT/a.$ext" \
            "$FF -ss $s -t 30 -i $CORPUS/$f -ar 8000 $codec $OUT/b.$ext"
    done
done

echo
python3 - "$OUT/results" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    kv = dict(re.findall(r'(\w+)=(\S+)', line))
    rows[kv['name']] = kv
# wall A/B is the target; cpu A/B is shown beside it because on a loaded machine it is the steadier figure
print(f"{'job':30s} {'A s':>7s} {'B s':>7s} {'A/B':>6s} {'pairs':>6s} {'A cpu':>6s} {'B cpu':>6s} {'cpu×':>6s} target ok")
for name, kv in rows.items():
    target = 1.0 if name.startswith('loud.') else 1.2
    r = float(kv['ratio'])
    c = float(kv['a_cpu']) / max(float(kv['b_cpu']), 1e-3)
    print(f"{name:30s} {float(kv['a_med']):7.3f} {float(kv['b_med']):7.3f} {r:6.2f} {float(kv['pair_ratio']):6.2f} "
          f"{float(kv['a_cpu']):6.3f} {float(kv['b_cpu']):6.3f} {c:6.2f} {target:6.1f} {'pass' if r <= target else 'OVER'}")
# offset independence: A at the last offset over A at the first, per file and mode
names = list(rows)
print()
print(f"{'offset (A at end / A at start)':30s} {'wall':>6s} {'cpu':>6s}")
for name in names:
    base, _, off = name.rpartition('@')
    first = [n for n in names if n.startswith(base + '@')]
    if name == first[-1] and len(first) > 1:
        a0, a1 = rows[first[0]], rows[first[-1]]
        print(f"{base:30s} {float(a1['a_med']) / float(a0['a_med']):6.2f} {float(a1['a_cpu']) / float(a0['a_cpu']):6.2f}")
PY
