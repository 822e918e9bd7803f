CREATE TABLE editions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    theme TEXT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    eligible_from TEXT NOT NULL,
    eligible_until TEXT NOT NULL,
    labelling_opens_on TEXT NULL,
    labelling_deadline TEXT NULL,
    review_working_days INTEGER NOT NULL,
    reported_labelled_events INTEGER NULL,
    reported_participants INTEGER NULL
);
CREATE UNIQUE INDEX ix_editions_year ON editions (year);
CREATE UNIQUE INDEX ix_editions_number ON editions (number);

CREATE TABLE organisations (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    siret TEXT NULL,
    website TEXT NULL,
    commune_code TEXT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE terms (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, code)
);

CREATE TABLE events (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    edition_id INTEGER NOT NULL REFERENCES editions (id),
    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
    status TEXT NOT NULL,
    public_status TEXT NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    summary TEXT NOT NULL,
    description TEXT NOT NULL,
    type_code TEXT NOT NULL,
    sector_code TEXT NULL,
    format TEXT NOT NULL,
    accessibility INTEGER NOT NULL,
    address_line TEXT NULL,
    postal_code TEXT NULL,
    commune_code TEXT NULL,
    commune_name TEXT NULL,
    department_code TEXT NOT NULL,
    region_code TEXT NOT NULL,
    latitude REAL NULL,
    longitude REAL NULL,
    access_info TEXT NULL,
    online_url TEXT NULL,
    registration_mode TEXT NOT NULL,
    registration_url TEXT NULL,
    contact_name TEXT NULL,
    contact_email TEXT NULL,
    contact_phone TEXT NULL,
    search_text TEXT NOT NULL,
    first_starts_at TEXT NOT NULL,
    last_ends_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    labelled_at TEXT NULL
);
CREATE INDEX ix_events_edition_id_status ON events (edition_id, status);
CREATE INDEX ix_events_organisation_id ON events (organisation_id);

CREATE TABLE sessions (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    capacity INTEGER NULL
);
CREATE INDEX ix_sessions_event_id ON sessions (event_id);

CREATE TABLE event_terms (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    PRIMARY KEY (event_id, kind, code)
);

CREATE TABLE catalogue_version (
    id INTEGER NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO catalogue_version (id, version) VALUES (1, 0);
