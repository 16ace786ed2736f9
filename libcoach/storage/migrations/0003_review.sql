-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 3: call review (issue 3). Tags get a one-key shortcut, each call remembers
-- where playback stopped, and the review screen's lookups get their indexes.
-- Times are integer seconds (or milliseconds where a name ends in _ms) since the Unix epoch, UTC.

-- One character, letters stored upper-case ("G"); NULL = none. Unique so a key press
-- names one tag; TagRepository refuses the keys playback uses (Space, J, K, L, +, -).
ALTER TABLE tags ADD COLUMN shortcut TEXT CHECK (shortcut IS NULL OR length(shortcut) = 1);
CREATE UNIQUE INDEX tags_shortcut ON tags(shortcut) WHERE shortcut IS NOT NULL;

-- Defaults for the guide's vocabulary: digits for the five checkpoints in their usual
-- order, a letter from the name for the patterns and anti-patterns managers tag most.
-- Space, J, K, L, the arrows, +, - and M, N, R, S stay free for playback and navigation.
UPDATE tags SET shortcut = CASE key
    WHEN 'checkpoint.greeting'         THEN '1'
    WHEN 'checkpoint.verification'     THEN '2'
    WHEN 'checkpoint.issue_summary'    THEN '3'
    WHEN 'checkpoint.resolution'       THEN '4'
    WHEN 'checkpoint.confirmation'     THEN '5'
    WHEN 'off_script.effective'        THEN 'O'
    WHEN 'off_script.ineffective'      THEN 'X'
    WHEN 'pattern.empathy_bridge'      THEN 'E'
    WHEN 'pattern.paraphrase_confirm'  THEN 'P'
    WHEN 'pattern.yes_and'             THEN 'Y'
    WHEN 'pattern.layered_questioning' THEN 'Q'
    WHEN 'pattern.emotional_mirroring' THEN 'T'
    WHEN 'pattern.pause_button'        THEN 'U'
    WHEN 'anti.canned_empathy'         THEN 'C'
    WHEN 'anti.robotic_script'         THEN 'B'
    WHEN 'anti.boundary_promise'       THEN 'H'
    WHEN 'anti.boundary_opinion'       THEN 'G'
    WHEN 'anti.boundary_arguing'       THEN 'A'
    WHEN 'anti.missed_empathy'         THEN 'W'
    END
WHERE builtin = 1;

-- The last position per call; a call deleted takes its position with it.
CREATE TABLE playback_state (
    call_id     INTEGER PRIMARY KEY REFERENCES calls(id) ON DELETE CASCADE,
    position_ms INTEGER NOT NULL CHECK (position_ms >= 0),
    updated_at  INTEGER NOT NULL
);

-- The annotation list filtered by tag within one call, and the checkpoint strip.
CREATE INDEX annotations_call_tag ON annotations(call_id, tag_id, start_ms);
-- Search within one call bounds the full-text scan by the call's segment ids.
CREATE INDEX segments_call_id ON segments(call_id, id);
