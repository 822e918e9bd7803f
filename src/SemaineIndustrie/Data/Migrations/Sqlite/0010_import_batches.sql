CREATE TABLE import_batches (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    edition_id INTEGER NOT NULL REFERENCES editions (id),
    user_id INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    imported_at TEXT NULL,
    outcome_json TEXT NULL
);
CREATE INDEX ix_import_batches_organisation_id ON import_batches (organisation_id);
