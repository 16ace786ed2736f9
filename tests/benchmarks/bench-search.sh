#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Library-wide transcript search (BASELINES.md rows d.*): our TranscriptSearch through
# our own SQLite connection (A, bench-search, timed in-process) against the sqlite3 CLI
# running the same SQL on the same file (B, timed with `.timer on`, so neither side's
# start-up counts), paired A B A B. Prints ms per query, the ratio A/B and the targets
# (A/B ≤ 1.5; common word ≤ 100 ms, rare word and phrase ≤ 20 ms). Gates nothing.
#
#   tests/benchmarks/bench-search.sh [TRANSCRIPTS_DB]
#
# TRANSCRIPTS_DB: made by ../shared/bench/make-transcripts.py when missing
# (default /tmp/coach-bench/transcripts-10k.db). Environment: BENCH (the bench-search
# binary; default build-bench/tests/benchmarks/bench-search), WORK (default
# /tmp/coach-bench/search), ROUNDS (paired rounds, default 5).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
src=${1:-/tmp/coach-bench/transcripts-10k.db}
work=${WORK:-/tmp/coach-bench/search}
bench=${BENCH:-$root/build-bench/tests/benchmarks/bench-search}
rounds=${ROUNDS:-5}
lib=$work/search-10k.coachdb
mkdir -p "$work"

command -v sqlite3 >/dev/null || { echo "bench-search: sqlite3 is needed (apt-get install sqlite3)" >&2; exit 1; }
[ -x "$bench" ] || { echo "bench-search: build the bench-search target first ($bench)" >&2; exit 1; }
if [ ! -f "$src" ]; then
    mkdir -p "$(dirname "$src")"
    python3 "$root/../shared/bench/make-transcripts.py" "$src"
fi

# One-off import into our schema: our binary creates the library (all migrations),
# then one sqlite3 transaction copies calls and utterances; the schema's triggers
# fill segments_fts, and an optimize merges its b-trees as a long-lived library's would be.
if [ ! -f "$lib" ] || [ "$src" -nt "$lib" ]; then
    rm -f "$lib" "$lib-wal" "$lib-shm"
    "$bench" --library "$lib"
    echo "importing $src into $lib ..." >&2
    sqlite3 "$lib" <<SQL
ATTACH '$src' AS s;
BEGIN;
INSERT INTO calls (id, recording_path, fingerprint, imported_at, started_at, duration_ms, channels,
                   sample_rate, codec, queue)
    SELECT id, audio_path, 'bench-' || id, 0, CAST(strftime('%s', started_at) AS INTEGER),
           CAST(duration_s * 1000 AS INTEGER), 2, 8000, 'opus', queue FROM s.calls;
INSERT INTO transcripts (id, call_id, source_path, format, imported_at)
    SELECT id, id, '', 'bench', 0 FROM s.calls;
INSERT INTO segments (id, transcript_id, call_id, seq, start_ms, end_ms, speaker, text)
    SELECT id, call_id, call_id, seq, start_ms, max(start_ms, end_ms), speaker, text FROM s.utterances;
COMMIT;
INSERT INTO segments_fts(segments_fts) VALUES ('optimize');
.output /dev/null
PRAGMA wal_checkpoint(TRUNCATE);
SQL
fi

# B: TranscriptSearch::search()'s statement, with the MATCH expression our code builds.
sql_for() { # expression offset
    local e=${1//\'/\'\'}
    printf "SELECT s.call_id, s.start_ms, s.end_ms, s.speaker, snippet(segments_fts, 0, char(2), char(3), '…', 32), segments_fts.rank FROM segments_fts CROSS JOIN segments s ON s.id = segments_fts.rowid WHERE segments_fts MATCH '%s' ORDER BY segments_fts.rank LIMIT 50 OFFSET %s" "$e" "$2"
}
# n copies in one statement, so the CLI's 1 ms timer resolution is spread over n queries.
batch_for() { # sql n
    local q="SELECT * FROM ($1)" all i
    all=$q
    for ((i = 1; i < $2; i++)); do all="$all UNION ALL $q"; done
    printf "SELECT count(*), sum(length(\"snippet(segments_fts, 0, char(2), char(3), '…', 32)\")) FROM (%s);" "$all"
}
cli_ms() { # sql n → ms per query
    local batch
    batch=$(batch_for "$1" "$2")
    printf '.output /dev/null\n%s\n.timer on\n%s\n' "$batch" "$batch" | sqlite3 "$lib" \
        | awk -v n="$2" '/^Run Time:/ { printf "%.4f %.4f\n", $4 * 1000 / n, ($6 + $8) * 1000 / n }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-20s %9s %9s %6s %9s %9s %6s %5s  %s\n' benchmark "A ms" "B ms" "A/B" "A cpu ms" "B cpu ms" "cpu" hits \
    "targets: A/B ≤ 1.5; A absolute (wall, and CPU when the machine is loaded)"
run() { # name query offset n limit_ms
    local name=$1 query=$2 offset=$3 n=$4 limit=$5 expr sql a acpu b bcpu hits r
    expr=$("$bench" --expression --query "$query")
    sql=$(sql_for "$expr" "$offset")
    : >"$work/$name.a"; : >"$work/$name.b"
    for ((r = 0; r < rounds; r++)); do
        read -r a acpu hits _ < <("$bench" --library "$lib" --query "$query" --offset "$offset" --repeat "$n")
        echo "$a $acpu" >>"$work/$name.a"
        cli_ms "$sql" "$n" >>"$work/$name.b"
    done
    a=$(cut -d' ' -f1 "$work/$name.a" | median)
    acpu=$(cut -d' ' -f2 "$work/$name.a" | median)
    b=$(cut -d' ' -f1 "$work/$name.b" | median)
    bcpu=$(cut -d' ' -f2 "$work/$name.b" | median)
    awk -v name="$name" -v a="$a" -v b="$b" -v ac="$acpu" -v bc="$bcpu" -v hits="$hits" -v limit="$limit" 'BEGIN {
        ratio = b > 0 ? a / b : 0; cratio = bc > 0 ? ac / bc : 0
        printf "%-20s %9.3f %9.3f %6.2f %9.3f %9.3f %6.2f %5d  %s; A ≤ %d ms: wall %s, cpu %s\n", name, a, b, ratio,
               ac, bc, cratio, hits, (ratio <= 1.5 ? "pass" : "OVER"), limit, (a <= limit ? "pass" : "OVER"),
               (ac <= limit ? "pass" : "OVER") }'
}
run d.top50.rare chargeback 0 40 20
run d.top50.phrase '"cancel my subscription"' 0 40 20
run d.top50.common account 0 3 100
run d.page2.common account 50 3 100
run d.top50.prefix 'refun*' 0 3 100

# Context: BASELINES.md's own d.top50 statement on the generator's database (its utt_fts,
# default tokenizer, 8-token snippets), timed the same way.
echo
echo "reference (BASELINES d.top50 statement on $src, sqlite3 .timer):"
for q in chargeback '"cancel my subscription"' account; do
    e=${q//\'/\'\'}
    base="SELECT u.call_id,u.start_ms,snippet(utt_fts,0,'[',']','...',8) FROM utt_fts JOIN utterances u ON u.id=utt_fts.rowid WHERE utt_fts MATCH '$e' ORDER BY rank LIMIT 50"
    n=$([ "$q" = account ] && echo 3 || echo 40)
    all="SELECT * FROM ($base)"; for ((i = 1; i < n; i++)); do all="$all UNION ALL SELECT * FROM ($base)"; done
    ms=$(printf '.output /dev/null\nSELECT count(*) FROM (%s);\n.timer on\nSELECT count(*) FROM (%s);\n' "$all" "$all" \
         | sqlite3 "$src" | awk -v n="$n" '/^Run Time:/ { printf "%.3f", $4 * 1000 / n }')
    printf '  %-26s %8s ms\n' "$q" "$ms"
done
