ALTER TABLE sessions ADD COLUMN seats_taken INTEGER NOT NULL DEFAULT 0 CHECK (seats_taken >= 0 AND (capacity IS NULL OR seats_taken <= capacity));
ALTER TABLE sessions ADD COLUMN registration_closed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN reported_attendance INTEGER NULL;
ALTER TABLE events ADD COLUMN max_group_size INTEGER NULL;

CREATE TABLE registrations (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    event_id INTEGER NOT NULL REFERENCES events (id),
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    participants INTEGER NOT NULL CHECK (participants > 0),
    name TEXT NULL,
    email TEXT NULL,
    email_key TEXT NULL,
    phone TEXT NULL,
    establishment TEXT NULL,
    class_level TEXT NULL,
    added_by_organiser INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    promoted_at TEXT NULL,
    anonymised_at TEXT NULL
);
CREATE INDEX ix_registrations_session_id_status_id ON registrations (session_id, status, id);
CREATE INDEX ix_registrations_event_id ON registrations (event_id);
-- One live registration per e-mail address and session.
CREATE UNIQUE INDEX ux_registrations_session_email ON registrations (session_id, email_key) WHERE status <> 'Cancelled' AND email_key IS NOT NULL;
