CREATE TABLE digest_runs (
    day TEXT NOT NULL PRIMARY KEY,
    sent_at TEXT NOT NULL
);
