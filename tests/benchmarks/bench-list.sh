#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bench-list.sh LIB.coachdb -- `coach list --json --limit 100` vs the same query in the sqlite3 CLI.
#
#   A = coach --library LIB list --json --limit 100
#   B = sqlite3 -json LIB "<CallRepository::list's SELECT: same 25 columns, same LEFT JOINs,
#        ORDER BY c.started_at DESC, c.id DESC LIMIT 100>"
# Whole processes, start-up included; paired A B A B after a warm-up (paired.py), medians.
# Target: A/B <= 2.0. Then the floor any Qt SQL program starts from
# (qt-list-floor.cpp: the same SELECT through QSQLITE, nothing else) against
# sqlite3, and coach against that floor.
#
# PROFILE=1 also prints where coach's time goes: CPU of start-up floors built in /tmp
# (an empty C program linked with coach's FFmpeg libraries, Qt Core+Sql opening the
# library), the dynamic loader's statistics, and perf's top symbols.
# Environment: COACH=… (default ../../build-bench/app/cli/coach), RUNS=21, WARMUP=3,
#              OUTDIR=/tmp/coach-bench/results
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LIB=${1:?usage: bench-list.sh LIB.coachdb}
COACH=${COACH:-$HERE/../../build-bench/app/cli/coach}
RUNS=${RUNS:-21}; WARMUP=${WARMUP:-3}
OUTDIR=${OUTDIR:-/tmp/coach-bench/results}; mkdir -p "$OUTDIR"
[ -x "$COACH" ] || { echo "bench-list.sh: no coach at $COACH" >&2; exit 2; }
[ -s "$LIB" ] || { echo "bench-list.sh: no library $LIB (make-library.sh makes one)" >&2; exit 2; }
LIB=$(realpath "$LIB")
export LC_ALL=C QT_QPA_PLATFORM=offscreen

# The SELECT of libcoach/storage/CallRepository.cpp (kSelect + orderBy(StartedAt, desc)).
Q="SELECT c.id, c.recording_path, c.fingerprint, c.file_size, c.started_at, c.imported_at, c.duration_ms, \
c.channels, c.agent_channel, c.sample_rate, c.codec, c.codec_name, c.container, c.bit_rate, c.rep_id, r.name, \
t.name, c.queue, c.customer_ref, c.csat, c.felt_heard, c.first_contact_resolution, c.repeat_contact, \
c.handle_time_s, EXISTS (SELECT 1 FROM transcripts x WHERE x.call_id = c.id) \
FROM calls c LEFT JOIN reps r ON r.id = c.rep_id LEFT JOIN teams t ON t.id = r.team_id \
ORDER BY c.started_at DESC, c.id DESC LIMIT 100"

# Same rows from both, or the comparison means nothing.
a_ids=$("$COACH" --library "$LIB" list --json --limit 100 | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
b_ids=$(sqlite3 -json "$LIB" "$Q" | python3 -c 'import json,sys; print(" ".join(str(c["id"]) for c in json.load(sys.stdin)))')
[ "$a_ids" = "$b_ids" ] || { echo "bench-list.sh: coach and sqlite3 list different calls" >&2; exit 1; }
echo "# same 100 calls from both ($(wc -w <<<"$a_ids") ids); load: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 "$HERE/paired.py" --name list --runs "$RUNS" --warmup "$WARMUP" --json "$OUTDIR/list.json" \
  --a "$COACH --library $LIB list --json --limit 100" \
  --b "sqlite3 -json $LIB '$Q'" | tee "$OUTDIR/list.txt"

EXP=$(mktemp -d /tmp/coach-bench-exp.XXXXXX); trap 'rm -rf "$EXP"' EXIT
g++ -O2 -fPIC "$HERE/qt-list-floor.cpp" -o "$EXP/qt-list-floor" $(pkg-config --cflags --libs Qt6Core Qt6Sql)
echo "# floor: qt-list-floor.cpp, a bare Qt SQL program running the same SELECT"
python3 "$HERE/paired.py" --name floor-qt-list --runs "$RUNS" --warmup "$WARMUP" \
  --a "$EXP/qt-list-floor $LIB '$Q'" --b "sqlite3 -json $LIB '$Q'" | grep -E '^(A:|B:|A/B|RESULT)' | sed 's/^/#   /'
echo "# coach against that floor: what coach adds of its own"
python3 "$HERE/paired.py" --name list-vs-qt-floor --runs "$RUNS" --warmup "$WARMUP" \
  --a "$COACH --library $LIB list --json --limit 100" --b "$EXP/qt-list-floor $LIB '$Q'" \
  | grep -E '^(A/B|RESULT)' | sed 's/^/#   /'

[ "${PROFILE:-0}" = 1 ] || exit 0
echo "# --- profile: where coach list's time goes ---"
echo 'int main(void){return 0;}' > "$EXP/empty.c"
cat > "$EXP/qtsql.cpp" <<'EOF'
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    { auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE")); db.setDatabaseName(QString::fromLocal8Bit(argv[1]));
      db.open(); QSqlQuery q(db); q.exec(QStringLiteral("PRAGMA user_version")); q.next(); }
    return 0;
}
EOF
FFLIBS=$(ldd "$COACH" | awk '/libav|libsw/{print $1}' | sed -E 's/^lib([^.]*)\.so.*/-l\1/' | sort -u | tr '\n' ' ')
gcc -O2 "$EXP/empty.c" -o "$EXP/empty-ffmpeg" -Wl,--no-as-needed $FFLIBS
gcc -O2 "$EXP/empty.c" -o "$EXP/empty"
g++ -O2 -fPIC "$EXP/qtsql.cpp" -o "$EXP/qt-sqlite" $(pkg-config --cflags --libs Qt6Core Qt6Sql)
echo "# FFmpeg libraries coach links: $FFLIBS; shared objects loaded: coach $(ldd "$COACH" | wc -l), sqlite3 $(ldd "$(command -v sqlite3)" | wc -l)"
python3 "$HERE/paired.py" --name floor-ffmpeg --runs "$RUNS" --warmup 2 --a "$EXP/empty-ffmpeg" --b "$EXP/empty" | sed 's/^/#   /'
python3 "$HERE/paired.py" --name floor-qt-sqlite --runs "$RUNS" --warmup 2 --a "$EXP/qt-sqlite $LIB" --b "sqlite3 $LIB 'PRAGMA user_version'" | sed 's/^/#   /'
LD_DEBUG=statistics "$COACH" --library "$LIB" list --json --limit 100 2>&1 >/dev/null | grep -E 'total startup time|number of relocations:' | sed 's/^ */#   ld.so: /'
if command -v perf >/dev/null; then
  perf record -q -o "$EXP/perf.data" -F 10000 -g -- sh -c "for i in 1 2 3 4 5 6 7 8 9 10; do $COACH --library $LIB list --json --limit 100 >/dev/null; done" >/dev/null 2>&1 || true
  echo "#   perf, coach only, by shared object:"
  perf report -i "$EXP/perf.data" --comm coach --no-children --sort dso --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -8 | sed 's/^/#   /'
  echo "#   perf, coach only, top symbols:"
  perf report -i "$EXP/perf.data" --comm coach --no-children --sort dso,sym --stdio -g none 2>/dev/null | grep -E '^ +[0-9]' | head -12 | sed 's/^/#   /'
fi
