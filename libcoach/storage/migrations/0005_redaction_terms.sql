-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: the user-editable redaction list (issue 5).
-- The trainer's own redaction list: names to redact wherever they appear,
-- and terms never to redact (the company's own name, product names).
CREATE TABLE redaction_term (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('always', 'never')),
    term TEXT NOT NULL CHECK (length(trim(term)) > 0),
    UNIQUE (kind, term COLLATE NOCASE)
);
