-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: Monday rewrite exercises (issue 5). The excerpt column (schema 1) holds the
-- anonymised excerpt as JSON; the original transcript text is never copied into an exercise.
-- Times are integer seconds since the Unix epoch, UTC.

-- draft: being built; ready: handout exported; done: the session was held and rewrites recorded.
ALTER TABLE exercises ADD COLUMN status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'ready', 'done'));
ALTER TABLE exercises ADD COLUMN instructions TEXT NOT NULL DEFAULT '';
-- The trainer's corrections to the detector as JSON offsets into the call's segments
-- (spans added, detections removed), so the exercise can be rebuilt the same way. Offsets
-- only: no text.
ALTER TABLE exercises ADD COLUMN corrections TEXT NOT NULL DEFAULT '';
-- Where the last handout was written, so the history can open it again.
ALTER TABLE exercises ADD COLUMN handout_path TEXT NOT NULL DEFAULT '';
ALTER TABLE exercises ADD COLUMN updated_at INTEGER;

CREATE INDEX exercises_scheduled ON exercises(scheduled_for);
CREATE INDEX exercises_pattern ON exercises(pattern_tag_id);
CREATE INDEX exercise_rewrites_exercise ON exercise_rewrites(exercise_id);
-- At most one best rewrite per exercise.
CREATE UNIQUE INDEX exercise_rewrites_best ON exercise_rewrites(exercise_id) WHERE is_best = 1;
