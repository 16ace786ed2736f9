-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 2: scheduling (issue 6). Sessions gain what iCalendar needs to travel to
-- Outlook or Google and back; per-meeting notes, availability, busy time and
-- buddy history get their own tables. Times are integer seconds since the Unix epoch, UTC.
-- An "occurrence" column holds the original start of one meeting of a series
-- (its iCalendar RECURRENCE-ID), so notes stay attached when the meeting moves.

ALTER TABLE sessions ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0);
ALTER TABLE sessions ADD COLUMN organiser_email TEXT NOT NULL DEFAULT '';
-- The agenda travels in DESCRIPTION; `notes` (and check-ins) never leave the library.
ALTER TABLE sessions ADD COLUMN agenda TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN rdates TEXT NOT NULL DEFAULT '';
-- '' for sessions made here; the file name for sessions imported from a calendar.
ALTER TABLE sessions ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_starts ON sessions(starts_at);
CREATE INDEX session_participants_rep ON session_participants(rep_id);

-- One meeting of a series moved, shortened or cancelled (RECURRENCE-ID).
CREATE TABLE session_overrides (
    session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    occurrence    INTEGER NOT NULL,
    starts_at     INTEGER NOT NULL,
    duration_min  INTEGER NOT NULL CHECK (duration_min > 0),
    title         TEXT,                           -- NULL = the series' title
    location      TEXT,                           -- NULL = the series' location
    status        TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    sequence      INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
    PRIMARY KEY (session_id, occurrence)
);
CREATE INDEX session_overrides_starts ON session_overrides(starts_at);

-- The well-being check-in of one rep at one meeting. Private: never exported.
CREATE TABLE session_checkins (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    occurrence  INTEGER NOT NULL,
    rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    energy      INTEGER CHECK (energy BETWEEN 1 AND 5),
    workload    INTEGER CHECK (workload BETWEEN 1 AND 5),
    notes       TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, occurrence, rep_id)
);

-- Raised at one meeting; an open item is carried to every later meeting of the series.
CREATE TABLE action_items (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    occurrence  INTEGER NOT NULL,
    rep_id      INTEGER REFERENCES reps(id) ON DELETE SET NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    created_at  INTEGER NOT NULL,
    done_at     INTEGER
);
CREATE INDEX action_items_session ON action_items(session_id, occurrence);
CREATE INDEX action_items_rep ON action_items(rep_id, status);

-- Calls the manager wants to discuss at a meeting.
CREATE TABLE session_calls (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    occurrence  INTEGER NOT NULL,
    call_id     INTEGER NOT NULL REFERENCES calls(id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, occurrence, call_id)
);

-- The weekly huddle: one success and one struggle per rep.
CREATE TABLE huddle_entries (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    occurrence  INTEGER NOT NULL,
    rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    success     TEXT NOT NULL DEFAULT '',
    struggle    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, occurrence, rep_id)
);

-- Weekly working hours in the rep's time zone; minutes after local midnight.
CREATE TABLE rep_working_hours (
    rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- 1 = Monday
    start_min   INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1440),
    end_min     INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1440),
    time_zone   TEXT NOT NULL DEFAULT '',
    CHECK (end_min > start_min),
    PRIMARY KEY (rep_id, weekday, start_min)
);

-- Dated shifts (replacing the week's hours that day) and time off.
CREATE TABLE rep_shifts (
    id          INTEGER PRIMARY KEY,
    rep_id      INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'shift' CHECK (kind IN ('shift', 'off')),
    CHECK (ends_at > starts_at)
);
CREATE INDEX rep_shifts_rep ON rep_shifts(rep_id, starts_at);

-- Busy time from other calendars; rep_id NULL means the manager's own calendar.
-- Re-importing a file replaces the blocks it brought last time.
CREATE TABLE busy_blocks (
    id          INTEGER PRIMARY KEY,
    rep_id      INTEGER REFERENCES reps(id) ON DELETE CASCADE,
    starts_at   INTEGER NOT NULL,
    ends_at     INTEGER NOT NULL,
    summary     TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL,
    source_uid  TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,
    CHECK (ends_at >= starts_at)
);
CREATE INDEX busy_blocks_time ON busy_blocks(starts_at, ends_at);
CREATE INDEX busy_blocks_source ON busy_blocks(source);

-- Buddy pairs per team and month ('YYYY-MM'); rep_c is set for a trio.
CREATE TABLE buddy_pairs (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER REFERENCES teams(id) ON DELETE CASCADE,
    month       TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    rep_a       INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    rep_b       INTEGER NOT NULL REFERENCES reps(id) ON DELETE CASCADE,
    rep_c       INTEGER REFERENCES reps(id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL
);
CREATE INDEX buddy_pairs_month ON buddy_pairs(team_id, month);

-- Signals that make a shift tough; a rep with several such calls in a day is offered a debrief.
INSERT INTO tags (key, label, kind, color, sort_order, builtin) VALUES
    ('signal.escalated',        'Escalated',        'custom', '#b07aa1', 50, 1),
    ('signal.angry_customer',   'Angry customer',   'custom', '#b07aa1', 51, 1);
