CREATE TABLE digest_runs (
    day date NOT NULL PRIMARY KEY,
    sent_at timestamptz NOT NULL
);
