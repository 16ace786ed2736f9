#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-standup.sh [CORPUS] -- a five-clip standup pack against five ffmpeg clip runs.
#
#   A = coach standup-pack --team Bench --week 2026-W48 --no-highlight --tip 1,…,5 --out DIR
#       (five 30-s Opus clips, each faded and normalised to -16 LUFS / -1 dBTP, plus the
#       playlist and the HTML cue sheet; the CLI writes no PDF)
#   B = five runs, one after the other, of
#       ffmpeg -nostdin -hide_banner -v error -threads 1 -y -ss START -t 30 -i FILE
#              -af afade=t=in:d=0.3,afade=t=out:st=29.7:d=0.3,loudnorm=I=-16:TP=-1.5
#              -ar 48000 -ac 1 -c:a libopus -b:a 24k OUT.opus
# on the same five stretches of ../shared/bench/make-corpus.sh's two-hour call: the middle
# (3600 s) and the end (7140 s) of call-2h.opus, the middle of call-2h.mp3 and
# call-2h.wav, the end of call-2h.m4a. Both sides run through /bin/sh (the pack's folder
# is removed first, ffmpeg overwrites), paired A B A B after a warm-up by paired.py.
# Target (issue 4, "Speed"): A/B < 1.0.
# The library (five calls of team "Bench" on 2026-11-24, five annotations) is made once in
# WORK (default /tmp/coach-bench-standup) and reused; the corpus is made in CORPUS (default
# /tmp/coach-corpus) when missing (~2 min).
# Environment: COACH=… (default ../../build-bench/app/cli/coach, else ../../build-annot/…),
#              RUNS=7, WARMUP=1, JOBS=2 (coach's --jobs).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
SHARED=$(cd "$HERE/../../../shared/bench" 2>/dev/null && pwd || echo /work/shared/bench)
CORPUS=${1:-/tmp/coach-corpus}
WORK=${WORK:-/tmp/coach-bench-standup}
RUNS=${RUNS:-7}; WARMUP=${WARMUP:-1}; JOBS=${JOBS:-2}
if [ -z "${COACH:-}" ]; then
    # The first build whose coach has the command (a Release one first).
    for c in "$HERE/../../build-bench/app/cli/coach" "$HERE/../../build-annot/app/cli/coach"; do
        [ -x "$c" ] && "$c" standup-pack --help >/dev/null 2>&1 && { COACH=$c; break; }
    done
fi
[ -x "${COACH:-}" ] || { echo "bench-standup.sh: no coach binary with standup-pack (set COACH=…)" >&2; exit 2; }
for f in call-2h.opus call-2h.mp3 call-2h.wav call-2h.m4a; do
    [ -s "$CORPUS/$f" ] || { "$SHARED/make-corpus.sh" "$CORPUS"; break; }
done
export LC_ALL=C XDG_DATA_HOME=$WORK/xdg XDG_CACHE_HOME=$WORK/cache
mkdir -p "$WORK"
LIB=$WORK/library.db

# file, start in seconds: the five stretches both sides cut.
CLIPS=("call-2h.opus 3600" "call-2h.opus 7140" "call-2h.mp3 3600" "call-2h.wav 3600" "call-2h.m4a 7140")

if [ ! -s "$WORK/tips" ]; then
    rm -f "$LIB" "$LIB"-*
    {
        echo "file,rep,team,started_at"
        i=0
        for f in call-2h.opus call-2h.mp3 call-2h.wav call-2h.m4a; do
            echo "$f,Rep $i,Bench,2026-11-24T1$i:00:00Z"; i=$((i + 1))
        done
    } >"$WORK/manifest.csv"
    "$COACH" --library "$LIB" import --quiet --manifest "$WORK/manifest.csv" \
        "$CORPUS/call-2h.opus" "$CORPUS/call-2h.mp3" "$CORPUS/call-2h.wav" "$CORPUS/call-2h.m4a" >/dev/null
    tips=()
    for clip in "${CLIPS[@]}"; do
        set -- $clip
        id=$("$COACH" --library "$LIB" annotate "$CORPUS/$1" --at "$2" --to $(( $2 + 30 )) \
                --tag pattern.empathy_bridge --comment "bench" --json |
             python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
        tips+=("$id")
    done
    (IFS=,; echo "${tips[*]}") >"$WORK/tips"
fi
TIPS=$(cat "$WORK/tips")

A="rm -rf '$WORK/pack' && '$COACH' --library '$LIB' standup-pack --team Bench --week 2026-W48 --no-highlight \
--tip $TIPS --format opus --jobs $JOBS --out '$WORK/pack'"
B=""
n=0
for clip in "${CLIPS[@]}"; do
    set -- $clip
    B+="ffmpeg -nostdin -hide_banner -v error -threads 1 -y -ss $2 -t 30 -i '$CORPUS/$1' \
-af afade=t=in:d=0.3,afade=t=out:st=29.7:d=0.3,loudnorm=I=-16:TP=-1.5 -ar 48000 -ac 1 -c:a libopus -b:a 24k \
'$WORK/ff-$n.opus' && "
    n=$((n + 1))
done
B+="true"

echo "# coach: $COACH ($("$COACH" --version)); corpus: $CORPUS; runs: $RUNS (+$WARMUP warm-up); jobs: $JOBS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$HERE/paired.py" --shell --name standup-pack-5 --runs "$RUNS" --warmup "$WARMUP" --a "$A" --b "$B" \
    --json "$WORK/standup.json"
