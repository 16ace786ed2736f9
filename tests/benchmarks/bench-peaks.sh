#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-peaks.sh [CORPUS] -- `coach peaks` (waveform peaks + per-channel speech, one decode
# pass, cache written) against `ffmpeg -f null` decoding the same file.
#
#   A = coach peaks --rebuild FILE      (analyse again and write the cache: the real first open)
#   B = ffmpeg -nostdin -hide_banner -v error -threads 1 -i FILE -f null -
# for FILE = call-2h.{wav, -ulaw.wav, mp3, m4a, opus} and the call-5m.* files of
# ../shared/bench/make-corpus.sh (made into CORPUS, default /tmp/coach-corpus, when missing;
# ~2 min). Whole processes, start-up included, paired A B A B after a warm-up, medians of
# wall, CPU (user+sys) and peak RSS (/usr/bin/time -f '%e %U %S %M').
# Targets (BASELINES.md): wall A/B <= 1.2 for MP3/AAC/Opus, <= 1.0 for WAV and mu-law WAV;
# peak RSS A/B <= 1.5, and A's RSS the same for the 5-min and the 2-h file.
# Then: the cached open, `coach peaks call-2h.wav` (no decode) vs `cat` of its cache file.
# SCORE=1 also scores the speech ranges with ../shared/bench/score-vad.py against the truth
# (call-5m.wav of CORPUS, and of NOISY=/tmp/coach-corpus-noisy when that exists: make it with
# NOISE_VOL=0.02 CROSSTALK=0.05 make-corpus.sh /tmp/coach-corpus-noisy).
# Environment: COACH=… (default ../../build-bench/app/cli/coach, else ../../build-peaks/…),
#              RUNS=7, WARMUP=1, FILES="call-2h.wav …" to choose files.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=$(cd "$HERE/../../../shared/bench" 2>/dev/null && pwd || echo /work/shared/bench)
CORPUS=${1:-/tmp/coach-corpus}
RUNS=${RUNS:-7}; WARMUP=${WARMUP:-1}
if [ -z "${COACH:-}" ]; then
    for c in "$HERE/../../build-bench/app/cli/coach" "$HERE/../../build-peaks/app/cli/coach"; do
        [ -x "$c" ] && { COACH=$c; break; }
    done
fi
[ -x "${COACH:-}" ] || { echo "bench-peaks.sh: no coach binary (set COACH=…)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "bench-peaks.sh: needs /usr/bin/time (package time)" >&2; exit 2; }
[ -s "$CORPUS/call-2h.opus" ] || "$SHARED/make-corpus.sh" "$CORPUS"
export LC_ALL=C
# A cache of our own, so the user's is neither used nor filled.
CACHE=$(mktemp -d /tmp/coach-peaks-cache.XXXXXX)
trap 'rm -rf "$CACHE"' EXIT
export XDG_CACHE_HOME=$CACHE
FILES=${FILES:-"call-2h.wav call-2h-ulaw.wav call-2h.mp3 call-2h.m4a call-2h.opus \
call-5m.wav call-5m-ulaw.wav call-5m.mp3 call-5m.m4a call-5m.opus"}

# timed OUT CMD… : appends "wall cpu rss_kib" of one run to OUT; fails if CMD fails.
# Wall from the clock in ns (time's %e has 10 ms steps, too coarse for the cached open).
timed() {
    local out=$1; shift
    local t0 t1
    t0=$(date +%s%N)
    /usr/bin/time -o "$CACHE/t" -f '%U %S %M' "$@" >/dev/null 2>"$CACHE/err" \
        || { echo "bench-peaks.sh: failed: $* ($(tail -1 "$CACHE/err"))" >&2; exit 1; }
    t1=$(date +%s%N)
    awk -v wall="$(( (t1 - t0) / 1000 ))" '{ printf "%.6f %.3f %s\n", wall / 1e6, $1 + $2, $3 }' "$CACHE/t" >>"$out"
}
# pair NAME TARGET A-CMD -- B-CMD : warm-up, RUNS alternating pairs, one table row.
pair() {
    local name=$1 target=$2; shift 2
    local a=() b=(); while [ "$1" != -- ]; do a+=("$1"); shift; done; shift; b=("$@")
    rm -f "$CACHE/a" "$CACHE/b"
    for _ in $(seq "$WARMUP"); do timed /dev/null "${a[@]}"; timed /dev/null "${b[@]}"; done
    for _ in $(seq "$RUNS"); do timed "$CACHE/a" "${a[@]}"; timed "$CACHE/b" "${b[@]}"; done
    python3 - "$name" "$target" "$CACHE/a" "$CACHE/b" <<'PY'
import statistics as st, sys
name, target, fa, fb = sys.argv[1:]
A = [list(map(float, l.split())) for l in open(fa)]
B = [list(map(float, l.split())) for l in open(fb)]
m = lambda xs, i: st.median(x[i] for x in xs)
aw, ac, am, bw, bc, bm = m(A, 0), m(A, 1), m(A, 2) / 1024, m(B, 0), m(B, 1), m(B, 2) / 1024
r = aw / max(bw, 1e-3); ok = "pass" if r <= float(target) and am / bm <= 1.5 else "OVER"
print(f"{name:18s} {aw:8.3f} {bw:8.3f} {r:6.2f} {ac / max(bc, 1e-3):6.2f} {am:7.1f} {bm:7.1f} {am / bm:5.2f} "
      f"{target:>6s} {ok}")
PY
}

echo "# coach: $COACH; corpus: $CORPUS; runs: $RUNS (+$WARMUP warm-up); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# A = coach peaks --rebuild FILE; B = ffmpeg -nostdin -hide_banner -v error -threads 1 -i FILE -f null -"
printf '%-18s %8s %8s %6s %6s %7s %7s %5s %6s %s\n' file "A s" "B s" wall× cpu× "A MiB" "B MiB" mem× target ok
for f in $FILES; do
    case $f in *.wav) target=1.0 ;; *) target=1.2 ;; esac
    pair "$f" "$target" "$COACH" peaks --rebuild "$CORPUS/$f" -- \
        ffmpeg -nostdin -hide_banner -v error -threads 1 -i "$CORPUS/$f" -f null -
done

# The cached open: no decode, so the floor is reading the cache file (the newest one
# after this rebuild).
"$COACH" peaks --rebuild "$CORPUS/call-2h.wav" >/dev/null
cached=$(ls -t "$(find "$CACHE" -type d -name analysis)"/*.analysis | head -1)
echo "# cached: A = coach peaks call-2h.wav (cache hit), B = cat $(basename "$cached") ($(stat -c %s "$cached") bytes)"
pair "cached call-2h.wav" 1.5 "$COACH" peaks "$CORPUS/call-2h.wav" -- cat "$cached"

if [ "${SCORE:-0}" = 1 ]; then
    NOISY=${NOISY:-/tmp/coach-corpus-noisy}
    for dir in "$CORPUS" "$NOISY"; do
        [ -s "$dir/call-5m.wav" ] || continue
        echo "# speech vs truth, $dir/call-5m.wav (score-vad.py)"
        "$COACH" peaks --no-cache --json "$dir/call-5m.wav" | python3 -c '
import json, sys
d = json.load(sys.stdin); end = d["duration_ms"] / 1000
for c, ranges in enumerate(d["speech"]):   # silencedetect-style log: the gaps between speech
    t = 0.0
    for s, e in ranges:
        if s / 1000 > t: print(f"channel: {c} | silence_start: {t:.3f}\nchannel: {c} | silence_end: {s / 1000:.3f}")
        t = e / 1000
    if t < end: print(f"channel: {c} | silence_start: {t:.3f}")' >"$CACHE/vad.log"
        python3 "$SHARED/score-vad.py" "$dir/truth-5m.csv" "$CACHE/vad.log" 300 | sed 's/silencedetect /coach peaks   /'
    done
fi
