#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# make-library.sh OUT.coachdb -- a deterministic 10k-call library for the benchmarks.
#
#   10,000 calls over 2025 (40 reps in 5 teams, 1-20 min, csat, queues, customer refs,
#   recording paths under /nonexistent/recordings that do not exist), one transcript per
#   call, 1,000,000 segments (100 per call, English customer-service text, indexed by
#   the schema's own FTS5 triggers), 100,000 annotations over the tags the migrations seed.
#
# The schema is the product's: `coach --library OUT check` migrates a fresh file, then
# one sqlite3 transaction fills it. No random(): every "random" choice is a hash of the
# row number, so two runs give the same rows (and, with the same sqlite3, the same bytes).
#
# Environment: COACH=path/to/coach (default: ../../build-bench/app/cli/coach)
#              SCALE=1 (calls = 10000*SCALE; segments and annotations scale with it)
#              CHECK=1 also runs `coach check` on the result (integrity + FTS check; slow)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=${1:?usage: make-library.sh OUT.coachdb}
COACH=${COACH:-$HERE/../../build-bench/app/cli/coach}
SCALE=${SCALE:-1}
NCALLS=$((10000 * SCALE)); NSEG=100; NANN=$((100000 * SCALE))
[ -x "$COACH" ] || { echo "make-library.sh: no coach binary at $COACH (set COACH=)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "make-library.sh: sqlite3 CLI missing" >&2; exit 2; }
export LC_ALL=C QT_QPA_PLATFORM=offscreen
t0=$(date +%s.%N)
rm -f "$OUT" "$OUT-wal" "$OUT-shm" "$OUT-journal"
"$COACH" --library "$OUT" check >/dev/null
t1=$(date +%s.%N)

# mix(x): a 32-bit integer hash (multiply-add + xor-shift, twice). Products stay below
# 2^63, so SQLite never falls back to floating point. SQLite has no XOR: a^b = (a|b)-(a&b).
xs()  { echo "((($1)|(($1)>>15))-(($1)&(($1)>>15)))"; }
mul() { echo "((($1)*747796405+2891336453)%4294967296)"; }
mix() { xs "$(mul "$(xs "$(mul "$1")")")"; }

sqlite3 "$OUT" <<SQL
.bail on
.output /dev/null
-- A fresh file has nothing to lose: a rollback journal is cheaper than a 400 MB WAL.
PRAGMA journal_mode = DELETE;
PRAGMA synchronous = OFF;
PRAGMA cache_size = -400000;
PRAGMA temp_store = MEMORY;
.output stdout
PRAGMA foreign_keys = ON;
BEGIN;

CREATE TEMP TABLE k_team(k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO k_team VALUES (0,'Billing Care'),(1,'Retention'),(2,'Technical Support'),
  (3,'Onboarding'),(4,'Escalations');
CREATE TEMP TABLE k_first(k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO k_first(name) VALUES ('Alexandra'),('Ben'),('Chloe'),('Daniel'),('Emma'),('Farid'),
  ('Grace'),('Hiroshi'),('Isla'),('Jamal'),('Katarzyna'),('Liam'),('Maya'),('Noah'),('Olivia'),
  ('Priya'),('Quentin'),('Rosa'),('Samuel'),('Tariq');
UPDATE k_first SET k = k - 1;
CREATE TEMP TABLE k_last(k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO k_last(name) VALUES ('Morgan'),('Okafor'),('Lindqvist'),('Nakamura'),('Fernandes'),
  ('Walsh'),('Kowalski'),('Haddad'),('Brennan'),('Dubois'),('Mensah'),('Schneider'),('Rossi');
UPDATE k_last SET k = k - 1;
CREATE TEMP TABLE k_queue(k INTEGER PRIMARY KEY, name TEXT);
INSERT INTO k_queue VALUES (0,'Billing'),(1,'Payments'),(2,'Cancellations'),(3,'Retention'),
  (4,'Technical'),(5,'Connectivity'),(6,'New Customers'),(7,'Sales'),(8,'Complaints'),(9,'Escalations');

-- Segment text: an opener, two or three phrases of the speaker's side, sometimes a content
-- word (skewed: a few are common, most are rare), sometimes an order number or a rare term.
CREATE TEMP TABLE k_agent(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_agent(t) VALUES
 ('thank you for calling how can I help you today'),('can I take your account number please'),
 ('let me pull up your account'),('I can see the payment went through on the fifth'),
 ('I understand how frustrating that must be'),('I am sorry you have had to call us again'),
 ('let me check that for you'),('could you confirm the postcode on the account'),
 ('I will put you on a short hold while I look into this'),('thanks for holding'),
 ('the charge you are seeing is a pro rata adjustment'),('I can apply a credit to your next bill'),
 ('your contract renews at the end of the month'),('I have raised a ticket with our engineers'),
 ('an engineer can visit between eight and one'),('is there anything else I can help with'),
 ('so just to confirm you would like to keep the current plan'),('I can waive the late fee this once'),
 ('let me explain what happened with the direct debit'),('the router should restart in about two minutes'),
 ('can you read me the lights on the front of the router'),('I will send you a confirmation email'),
 ('you should see the refund in three to five working days'),('I have updated your contact details'),
 ('the discount was applied for twelve months'),('I completely understand why you would want to cancel'),
 ('before we do that can I tell you about an offer'),('what I can do today is'),
 ('I do not want to promise something I cannot deliver'),('let me make sure I have got that right'),
 ('so what you are saying is the speed drops every evening'),('that makes sense'),
 ('I will note that on your account'),('our records show two missed payments'),
 ('we can set up a payment plan over three months'),('the outage in your area has been resolved'),
 ('please try turning it off and on again'),('your new card will arrive within a week'),
 ('I have escalated this to my team leader'),('my manager will call you back tomorrow'),
 ('the upgrade is free if you stay on the same tariff'),('I can move your bill date to the fifteenth'),
 ('we have changed our prices from april'),('have you received the letter we sent'),
 ('for security can you confirm your date of birth'),('I can hear that this has been stressful'),
 ('you have every right to be annoyed'),('I will stay on the line until it is working'),
 ('that is a fair question'),('I have cancelled the duplicate order'),
 ('the parcel was marked as delivered yesterday'),('I will book a courier to collect it'),
 ('the warranty covers the repair'),('let me transfer you to the right department'),
 ('sorry about the wait today'),('we are seeing high call volumes'),
 ('I can offer you a goodwill gesture'),('I have reset your password'),
 ('you will get a text with a code'),('is the email address still correct');
UPDATE k_agent SET k = k - 1;
CREATE TEMP TABLE k_cust(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_cust(t) VALUES
 ('hi I am calling about my bill'),('I have been charged twice this month'),
 ('I want to cancel my subscription'),('the internet keeps dropping out'),('this is the third time I have called'),
 ('nobody called me back last week'),('I was promised a refund'),('can you explain this charge'),
 ('my account number is on the letter somewhere'),('hold on let me find it'),('yes that is right'),
 ('no that is not what I said'),('I have already tried restarting it'),('the lights are all green'),
 ('it is really slow in the evenings'),('I am not happy with the service'),('I just want it sorted'),
 ('why did the price go up'),('I never agreed to that'),('can I speak to a manager'),
 ('okay that sounds fine'),('thank you that is really helpful'),('I moved house last month'),
 ('the engineer never turned up'),('I work from home so I need it working'),('how long will that take'),
 ('will I be charged for that'),('I did not receive any email'),('my card expired'),
 ('the payment bounced because of my bank'),('I am on a fixed income'),('can I pay it in instalments'),
 ('I found a cheaper deal elsewhere'),('what can you offer me to stay'),('I have been a customer for ten years'),
 ('the parcel never arrived'),('the box was damaged'),('I want to return it'),('it stopped working after a week'),
 ('I cannot log in to the app'),('the code never came through'),('my partner set up the account'),
 ('sorry I could not hear you'),('you are breaking up'),('that is fine go ahead'),('I will wait'),
 ('that is not good enough'),('I have been on hold for forty minutes'),('you people never listen'),
 ('right okay'),('brilliant thanks'),('is there a reference number'),('can you put that in writing'),
 ('I will check with my husband'),('I will think about it'),('I want to make a complaint'),
 ('the last person I spoke to said something different'),('so when will it be fixed'),
 ('my mum is in hospital so I need the phone'),('can you just cancel it please');
UPDATE k_cust SET k = k - 1;
CREATE TEMP TABLE k_open(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_open(t) VALUES ('okay'),('right'),('so'),('yeah'),('well'),('um'),('sure'),('alright'),
  ('I see'),('honestly'),('look'),('of course'),('absolutely'),('uh huh'),('hmm'),('no'),('yes'),('great');
UPDATE k_open SET k = k - 1;
CREATE TEMP TABLE k_word(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_word(t) VALUES
 ('broadband'),('router'),('invoice'),('tariff'),('contract'),('refund'),('discount'),('direct debit'),
 ('voucher'),('engineer'),('appointment'),('outage'),('handset'),('sim card'),('roaming'),('data allowance'),
 ('landline'),('voicemail'),('password'),('app'),('website'),('email'),('letter'),('statement'),('balance'),
 ('overdraft'),('arrears'),('deposit'),('installation'),('upgrade'),('downgrade'),('bundle'),('television'),
 ('streaming'),('subscription'),('membership'),('loyalty points'),('cashback'),('warranty'),('repair'),
 ('replacement'),('courier'),('tracking number'),('postcode'),('address'),('surname'),('date of birth'),
 ('security question'),('pin'),('fibre'),('signal'),('wifi'),('modem'),('cable'),('socket'),('bill date'),
 ('credit check'),('price rise'),('inflation'),('notice period'),('cooling off'),('early termination'),
 ('exit fee'),('pro rata'),('adjustment'),('compensation'),('goodwill'),('complaint reference'),
 ('case number'),('ticket'),('supervisor'),('team leader'),('callback'),('survey'),('feedback'),
 ('monday'),('tuesday'),('wednesday'),('thursday'),('friday'),('saturday'),('weekend'),('morning'),
 ('afternoon'),('evening'),('january'),('february'),('march'),('april'),('june'),('july'),('september'),
 ('october'),('november'),('december'),('manchester'),('leeds'),('glasgow'),('bristol'),('cardiff'),
 ('birmingham'),('liverpool'),('belfast'),('norwich'),('plymouth'),('aberdeen'),('visa'),('mastercard'),
 ('paypal'),('bank transfer'),('cheque'),('standing order'),('mobile'),('tablet'),('laptop'),('smart tv'),
 ('speed test'),('latency'),('packet loss'),('firmware'),('reboot'),('factory reset'),('ethernet'),
 ('extender'),('mesh'),('booster'),('pensioner'),('student'),('business account'),('joint account'),
 ('power of attorney'),('bereavement'),('vulnerable'),('accessibility'),('large print'),('braille'),
 ('interpreter'),('polish'),('urdu'),('welsh'),('ombudsman'),('regulator'),('small claims'),('solicitor'),
 ('chargeback'),('fraud'),('scam'),('phishing'),('identity theft'),('data breach'),('gdpr'),
 ('subject access request'),('debt collector'),('bailiff'),('county court'),('credit score'),
 ('hardship fund'),('payment holiday'),('winter fuel'),('social tariff'),('universal credit');
UPDATE k_word SET k = k - 1;
CREATE TEMP TABLE k_comment(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_comment(t) VALUES ('good recovery after the hold'),('missed the chance to acknowledge the frustration'),
  ('textbook verification'),('rushed the summary'),('nice paraphrase here'),('promised a callback time we cannot guarantee'),
  ('great tone'),('read the script word for word'),('use this in the huddle'),('argued with the customer'),
  ('empathy felt genuine'),('long silence, explain the hold next time'),('clear next steps'),('check the refund policy');
UPDATE k_comment SET k = k - 1;

-- People
INSERT INTO teams(id, name, time_zone) SELECT k + 1, name, 'Europe/London' FROM k_team;
WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM r WHERE i < 39)
INSERT INTO reps(id, name, team_id, email, active)
SELECT i + 1, f.name || ' ' || l.name, i % 5 + 1,
       lower(f.name || '.' || l.name) || '@example.org', CASE WHEN i % 13 = 12 THEN 0 ELSE 1 END
FROM r JOIN k_first f ON f.k = i % 20 JOIN k_last l ON l.k = (i * 7 + i / 20) % 13;

-- Calls: 2025-01-01 .. 2025-12-31, 08:00-20:00 UTC, 1-20 min (skewed short).
CREATE TEMP TABLE g_call AS
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $NCALLS)
SELECT n, $(mix n) AS h1, $(mix "n + 1000003") AS h2, $(mix "n + 2000003") AS h3 FROM s;
INSERT INTO calls(id, recording_path, fingerprint, file_size, started_at, imported_at, duration_ms,
                  channels, agent_channel, sample_rate, codec, codec_name, container, bit_rate,
                  rep_id, queue, customer_ref, csat, felt_heard, first_contact_resolution,
                  repeat_contact, handle_time_s)
SELECT n, '/nonexistent/recordings/' || strftime('%Y/%m/%d', st, 'unixepoch') || '/call-'
          || printf('%06d', n) || CASE fmt WHEN 0 THEN '.wav' WHEN 1 THEN '.mp3' ELSE '.opus' END,
       printf('%08x%08x%08x%08x%08x%08x%08x%08x', n, h1, h2, h3, h1 / 3, h2 / 5, h3 / 7, n * 2654435 % 4294967296),
       dur / 1000 * CASE fmt WHEN 0 THEN 8000 * ch WHEN 1 THEN 4000 ELSE 3000 END + 1024,
       st, st + 3600 + h3 % 86400, dur, ch, CASE ch WHEN 2 THEN 0 ELSE -1 END, 8000,
       CASE fmt WHEN 0 THEN 'pcm_mulaw' WHEN 1 THEN 'mp3' ELSE 'opus' END,
       CASE fmt WHEN 0 THEN 'PCM mu-law / G.711 mu-law' WHEN 1 THEN 'MP3 (MPEG audio layer 3)' ELSE 'Opus (Opus Interactive Audio Codec)' END,
       CASE fmt WHEN 0 THEN 'wav' WHEN 1 THEN 'mp3' ELSE 'ogg' END,
       CASE fmt WHEN 0 THEN 64000 * ch WHEN 1 THEN 32000 ELSE 24000 END,
       CASE WHEN h2 % 100 = 0 THEN NULL ELSE rep END,
       (SELECT name FROM k_queue WHERE k = ((rep - 1) % 5 * 2 + h3 % 2 + CASE WHEN h3 % 11 = 0 THEN 3 ELSE 0 END) % 10),
       'CUST-' || printf('%07d', h3 % 9000000 + 1000000),
       CASE WHEN h1 % 10 < 4 THEN NULL ELSE 1.0 + (h3 / 16) % 5 END,
       CASE WHEN h1 % 10 < 6 THEN NULL ELSE 1.0 + (h2 / 16) % 5 END,
       CASE WHEN h2 % 7 = 0 THEN NULL ELSE (h3 / 64) % 4 > 0 END,
       CASE WHEN h2 % 7 = 0 THEN NULL ELSE (h3 / 256) % 6 = 0 END,
       dur / 1000 + 30 + h1 % 150
FROM (SELECT n, h1, h2, h3,
             1735689600 + (h1 % 365) * 86400 + 8 * 3600 + (h1 / 365) % (12 * 3600) AS st,
             60000 + min(h2 % 1140001, (h3 / 8) % 1140001) AS dur,
             CASE WHEN h3 % 5 = 0 THEN 1 ELSE 2 END AS ch,
             (h2 / 1024) % 3 AS fmt, 1 + (h2 / 65536) % 40 AS rep
      FROM g_call);

INSERT INTO transcripts(id, call_id, source_path, format, imported_at)
SELECT id, id, replace(replace(replace(recording_path, '.wav', '.vtt'), '.mp3', '.vtt'), '.opus', '.vtt'),
       'webvtt', imported_at FROM calls;
INSERT INTO transcript_speakers(transcript_id, label, role)
SELECT id, 'Agent', 'agent' FROM transcripts UNION ALL SELECT id, 'Customer', 'customer' FROM transcripts;

-- Segments: 100 per call, alternating speakers, evenly spread over the call.
CREATE TEMP TABLE k_phrase(side INTEGER, k INTEGER, t TEXT, PRIMARY KEY (side, k));
INSERT INTO k_phrase SELECT 0, k, t FROM k_agent;
INSERT INTO k_phrase SELECT 1, k, t FROM k_cust;
CREATE TEMP TABLE k_conn(k INTEGER PRIMARY KEY, t TEXT);
INSERT INTO k_conn VALUES (0,'about the'),(1,'with the'),(2,'and the'),(3,'for the'),(4,'on my'),(5,'regarding the');
CREATE TEMP TABLE g_seg AS
WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < $NCALLS * $NSEG - 1)
SELECT n, n % 2 AS side, $(mix "n + 3000017") AS a, $(mix "n + 5000011") AS b FROM s;
INSERT INTO segments(id, transcript_id, call_id, seq, start_ms, end_ms, speaker, text)
SELECT g.n + 1, c.id, c.id, g.n % $NSEG,
       (g.n % $NSEG) * (c.duration_ms / $NSEG),
       (g.n % $NSEG) * (c.duration_ms / $NSEG) + c.duration_ms / $NSEG * (60 + g.b % 38) / 100,
       CASE g.side WHEN 0 THEN 'Agent' ELSE 'Customer' END,
       CASE WHEN g.b % 4 = 0 THEN (SELECT t FROM k_open WHERE k = (g.b / 4) % 18) || ' ' ELSE '' END
       || (SELECT t FROM k_phrase WHERE side = g.side AND k = g.a % 60)
       || ' ' || (SELECT t FROM k_phrase WHERE side = g.side AND k = (g.a / 60) % 60)
       || CASE WHEN (g.a / 3600) % 3 = 0 THEN ' ' || (SELECT t FROM k_phrase WHERE side = 1 - g.side AND k = (g.a / 10800) % 60) ELSE '' END
       || CASE WHEN (g.b / 8) % 2 = 0 THEN ' ' || (SELECT t FROM k_conn WHERE k = (g.b / 16) % 6) || ' '
               || (SELECT t FROM k_word WHERE k = ((g.b / 128) % 161) * ((g.b / 32768) % 161) / 161) ELSE '' END
       || CASE WHEN g.b % 10 = 3 THEN ' order ' || ((g.b / 1024) % 900000 + 100000) ELSE '' END
FROM g_seg g JOIN calls c ON c.id = g.n / $NSEG + 1;

-- Annotations over the seeded tags, inside their call.
CREATE TEMP TABLE k_tag AS SELECT id, row_number() OVER (ORDER BY id) - 1 AS k FROM tags;
CREATE TEMP TABLE g_ann AS
WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < $NANN)
SELECT n, $(mix "n + 7000003") AS a, $(mix "n + 9000049") AS b FROM s;
INSERT INTO annotations(id, call_id, start_ms, end_ms, tag_id, comment, author, created_at, updated_at, status)
SELECT g.n, c.id, g.b % (c.duration_ms - 2000),
       min(c.duration_ms, g.b % (c.duration_ms - 2000) + 2000 + (g.a / 4096) % 28000),
       (SELECT id FROM k_tag WHERE k = (g.a / 64) % (SELECT count(*) FROM k_tag)),
       CASE WHEN g.a % 10 < 3 THEN (SELECT t FROM k_comment WHERE k = (g.b / 7) % 14) ELSE '' END,
       CASE (g.b / 1000) % 4 WHEN 0 THEN 'coach.anna' WHEN 1 THEN 'coach.ravi' WHEN 2 THEN 'lead.sam' ELSE 'qa.jo' END,
       c.started_at + 86400 + g.a % 604800, c.started_at + 86400 + g.a % 604800 + (g.b % 5) * 600,
       CASE WHEN g.b % 10 = 0 THEN 'suggested' ELSE 'confirmed' END
FROM g_ann g JOIN calls c ON c.id = g.a % $NCALLS + 1;

COMMIT;
-- As the app leaves it: WAL (Database::configure() sets it on every open anyway).
.output /dev/null
PRAGMA journal_mode = WAL;
SQL
t2=$(date +%s.%N)

read -r calls segs anns fts <<<"$(sqlite3 "$OUT" "SELECT (SELECT count(*) FROM calls), (SELECT count(*) FROM segments),
  (SELECT count(*) FROM annotations), (SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'refund')" | tr '|' ' ')"
if [ "${CHECK:-0}" = 1 ]; then "$COACH" --library "$OUT" check 2>&1 | grep -v 'is missing' | tail -2; fi
size=$(stat -c %s "$OUT")
printf 'make-library: %s: %d calls, %d segments, %d annotations (%d segments match "refund"), %d MB\n' \
  "$OUT" "$calls" "$segs" "$anns" "$fts" $((size / 1000000))
printf 'make-library: schema %.1f s, fill %.1f s, total %.1f s\n' \
  "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$(echo "$t2 - $t0" | bc)"
[ "$calls" = "$NCALLS" ] && [ "$segs" = $((NCALLS * NSEG)) ] && [ "$anns" = "$NANN" ]
