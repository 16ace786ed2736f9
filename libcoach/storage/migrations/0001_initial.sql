-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 1: the tables for the whole product, so later work adds columns, not redesigns.
-- Times are integer seconds (or milliseconds where a name ends in _ms) since the Unix epoch, UTC.

CREATE TABLE teams (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    time_zone   TEXT NOT NULL DEFAULT ''          -- IANA id; '' = the machine's
);

CREATE TABLE reps (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    team_id     INTEGER REFERENCES teams(id) ON DELETE SET NULL,
    email       TEXT NOT NULL DEFAULT '',
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX reps_team ON reps(team_id);

CREATE TABLE calls (
    id              INTEGER PRIMARY KEY,
    recording_path  TEXT NOT NULL,
    fingerprint     TEXT NOT NULL UNIQUE,
    file_size       INTEGER NOT NULL DEFAULT 0,
    started_at      INTEGER,                      -- NULL when unknown
    imported_at     INTEGER NOT NULL,
    duration_ms     INTEGER NOT NULL CHECK (duration_ms >= 0),
    channels        INTEGER NOT NULL CHECK (channels > 0),
    agent_channel   INTEGER NOT NULL DEFAULT -1 CHECK (agent_channel IN (-1, 0, 1)),
    sample_rate     INTEGER NOT NULL,
    codec           TEXT NOT NULL,
    codec_name      TEXT NOT NULL DEFAULT '',
    container       TEXT NOT NULL DEFAULT '',
    bit_rate        INTEGER NOT NULL DEFAULT 0,
    rep_id          INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    queue           TEXT NOT NULL DEFAULT '',
    customer_ref    TEXT NOT NULL DEFAULT '',
    csat            REAL,
    felt_heard      REAL,
    first_contact_resolution INTEGER CHECK (first_contact_resolution IN (0, 1)),
    repeat_contact  INTEGER CHECK (repeat_contact IN (0, 1)),
    handle_time_s   INTEGER CHECK (handle_time_s >= 0)
);
CREATE INDEX calls_started ON calls(started_at);
CREATE INDEX calls_rep ON calls(rep_id, started_at);

CREATE TABLE transcripts (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL UNIQUE REFERENCES calls(id) ON DELETE CASCADE,
    source_path TEXT NOT NULL DEFAULT '',
    format      TEXT NOT NULL,
    imported_at INTEGER NOT NULL
);

-- How a transcript's speaker labels map to the call's parties.
CREATE TABLE transcript_speakers (
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    label         TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT 'unknown' CHECK (role IN ('unknown', 'agent', 'customer')),
    PRIMARY KEY (transcript_id, label)
);

CREATE TABLE segments (
    id            INTEGER PRIMARY KEY,
    transcript_id INTEGER NOT NULL REFERENCES transcripts(id) ON DELETE CASCADE,
    call_id       INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    start_ms      INTEGER NOT NULL,
    end_ms        INTEGER NOT NULL CHECK (end_ms >= start_ms),
    speaker       TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL
);
CREATE INDEX segments_call ON segments(call_id, start_ms);
CREATE INDEX segments_transcript ON segments(transcript_id, seq);

CREATE VIRTUAL TABLE segments_fts USING fts5(
    text, content = 'segments', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
    INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER segments_fts_update AFTER UPDATE OF text ON segments BEGIN
    INSERT INTO segments_fts(segments_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO segments_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,             -- stable, untranslated
    label       TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('checkpoint', 'pattern', 'anti_pattern', 'off_script', 'custom')),
    color       TEXT NOT NULL DEFAULT '#808080',
    sort_order  INTEGER NOT NULL DEFAULT 0,
    builtin     INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1))
);

-- The guide's vocabulary (see DESIGN.md). Labels are English here; the app translates builtin keys.
INSERT INTO tags (key, label, kind, color, sort_order, builtin) VALUES
    ('checkpoint.greeting',        'Greeting',                        'checkpoint',   '#4c78a8', 10, 1),
    ('checkpoint.verification',    'Verification',                    'checkpoint',   '#4c78a8', 11, 1),
    ('checkpoint.issue_summary',   'Issue summary',                   'checkpoint',   '#4c78a8', 12, 1),
    ('checkpoint.resolution',      'Resolution',                      'checkpoint',   '#4c78a8', 13, 1),
    ('checkpoint.confirmation',    'Confirmation',                    'checkpoint',   '#4c78a8', 14, 1),
    ('off_script.effective',       'Off-script — effective',          'off_script',   '#2ca02c', 20, 1),
    ('off_script.ineffective',     'Off-script — ineffective',        'off_script',   '#d62728', 21, 1),
    ('pattern.empathy_bridge',     'Empathy bridge',                  'pattern',      '#59a14f', 30, 1),
    ('pattern.paraphrase_confirm', 'Paraphrase-and-confirm',          'pattern',      '#59a14f', 31, 1),
    ('pattern.yes_and',            '“Yes, And”',                      'pattern',      '#59a14f', 32, 1),
    ('pattern.layered_questioning','Layered questioning',             'pattern',      '#59a14f', 33, 1),
    ('pattern.emotional_mirroring','Emotional mirroring with restraint','pattern',    '#59a14f', 34, 1),
    ('pattern.pause_button',       'Pause button',                    'pattern',      '#59a14f', 35, 1),
    ('anti.canned_empathy',        'Canned empathy',                  'anti_pattern', '#e15759', 40, 1),
    ('anti.canned_empathy_overuse','Canned empathy overused',         'anti_pattern', '#e15759', 41, 1),
    ('anti.robotic_script',        'Robotic script reading',          'anti_pattern', '#e15759', 42, 1),
    ('anti.boundary_promise',      'Boundary breach: promise',        'anti_pattern', '#e15759', 43, 1),
    ('anti.boundary_opinion',      'Boundary breach: personal opinion','anti_pattern','#e15759', 44, 1),
    ('anti.boundary_arguing',      'Boundary breach: arguing',        'anti_pattern', '#e15759', 45, 1),
    ('anti.missed_empathy',        'Missed empathy opportunity',      'anti_pattern', '#e15759', 46, 1);

CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    start_ms    INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms      INTEGER NOT NULL CHECK (end_ms >= start_ms),
    tag_id      INTEGER REFERENCES tags(id) ON DELETE RESTRICT,
    comment     TEXT NOT NULL DEFAULT '',
    author      TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    status      TEXT NOT NULL DEFAULT 'confirmed' CHECK (status IN ('suggested', 'confirmed'))
);
CREATE INDEX annotations_call ON annotations(call_id, start_ms);
CREATE INDEX annotations_tag ON annotations(tag_id);

-- One current highlight per team and ISO week; replaced rows keep superseded_at for history.
CREATE TABLE highlights (
    id              INTEGER PRIMARY KEY,
    team_id         INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    iso_week        TEXT NOT NULL CHECK (iso_week GLOB '[0-9][0-9][0-9][0-9]-W[0-5][0-9]'),
    call_id         INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    start_ms        INTEGER,
    end_ms          INTEGER,
    reason          TEXT NOT NULL DEFAULT '',
    pattern_tag_id  INTEGER REFERENCES tags(id) ON DELETE SET NULL,
    chosen_by       TEXT NOT NULL DEFAULT '',
    chosen_at       INTEGER NOT NULL,
    superseded_at   INTEGER
);
CREATE UNIQUE INDEX highlights_current ON highlights(team_id, iso_week) WHERE superseded_at IS NULL;

CREATE TABLE exercises (
    id              INTEGER PRIMARY KEY,
    call_id         INTEGER REFERENCES calls(id) ON DELETE SET NULL,
    start_ms        INTEGER,
    end_ms          INTEGER,
    pattern_tag_id  INTEGER REFERENCES tags(id) ON DELETE SET NULL,
    scheduled_for   TEXT,                         -- ISO date of the Monday
    title           TEXT NOT NULL DEFAULT '',
    excerpt         TEXT NOT NULL DEFAULT '',     -- anonymised
    target_turn     INTEGER,                      -- the rep turn to rewrite (segment seq)
    created_by      TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL
);

CREATE TABLE exercise_rewrites (
    id          INTEGER PRIMARY KEY,
    exercise_id INTEGER NOT NULL REFERENCES exercises(id) ON DELETE CASCADE,
    rep_id      INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    text        TEXT NOT NULL,
    is_best     INTEGER NOT NULL DEFAULT 0 CHECK (is_best IN (0, 1)),
    created_at  INTEGER NOT NULL
);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('one_on_one', 'buddy_debrief', 'huddle')),
    title       TEXT NOT NULL DEFAULT '',
    organiser   TEXT NOT NULL DEFAULT '',
    starts_at   INTEGER NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min > 0),
    time_zone   TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    rrule       TEXT NOT NULL DEFAULT '',
    exdates     TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    notes       TEXT NOT NULL DEFAULT '',
    ical_uid    TEXT UNIQUE,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);

CREATE TABLE session_participants (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, rep_id)
);
