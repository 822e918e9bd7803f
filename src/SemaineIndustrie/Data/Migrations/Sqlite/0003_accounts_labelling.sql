CREATE TABLE users (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    full_name TEXT NOT NULL,
    organisation_id INTEGER NULL REFERENCES organisations (id),
    created_at TEXT NOT NULL,
    user_name TEXT NULL,
    normalized_user_name TEXT NULL,
    email TEXT NULL,
    normalized_email TEXT NULL,
    email_confirmed INTEGER NOT NULL,
    password_hash TEXT NULL,
    security_stamp TEXT NULL,
    concurrency_stamp TEXT NULL,
    phone_number TEXT NULL,
    phone_number_confirmed INTEGER NOT NULL,
    two_factor_enabled INTEGER NOT NULL,
    lockout_end TEXT NULL,
    lockout_enabled INTEGER NOT NULL,
    access_failed_count INTEGER NOT NULL
);
CREATE UNIQUE INDEX "UserNameIndex" ON users (normalized_user_name);
CREATE INDEX "EmailIndex" ON users (normalized_email);
CREATE INDEX ix_users_organisation_id ON users (organisation_id);

CREATE TABLE roles (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    name TEXT NULL,
    normalized_name TEXT NULL,
    concurrency_stamp TEXT NULL
);
CREATE UNIQUE INDEX "RoleNameIndex" ON roles (normalized_name);

CREATE TABLE user_roles (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);
CREATE INDEX ix_user_roles_role_id ON user_roles (role_id);

CREATE TABLE user_claims (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    claim_type TEXT NULL,
    claim_value TEXT NULL
);
CREATE INDEX ix_user_claims_user_id ON user_claims (user_id);

CREATE TABLE user_logins (
    login_provider TEXT NOT NULL,
    provider_key TEXT NOT NULL,
    provider_display_name TEXT NULL,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (login_provider, provider_key)
);
CREATE INDEX ix_user_logins_user_id ON user_logins (user_id);

CREATE TABLE user_tokens (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    login_provider TEXT NOT NULL,
    name TEXT NOT NULL,
    value TEXT NULL,
    PRIMARY KEY (user_id, login_provider, name)
);

CREATE TABLE role_claims (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    role_id INTEGER NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    claim_type TEXT NULL,
    claim_value TEXT NULL
);
CREATE INDEX ix_role_claims_role_id ON role_claims (role_id);

INSERT INTO roles (name, normalized_name, concurrency_stamp) VALUES
    ('Administrateur', 'ADMINISTRATEUR', 'b1f4a3c2-0000-4000-8000-000000000001'),
    ('Moderateur', 'MODERATEUR', 'b1f4a3c2-0000-4000-8000-000000000002'),
    ('Organisateur', 'ORGANISATEUR', 'b1f4a3c2-0000-4000-8000-000000000003');

CREATE TABLE moderator_regions (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    region_code TEXT NOT NULL,
    PRIMARY KEY (user_id, region_code)
);

ALTER TABLE organisations ADD COLUMN address_line TEXT NULL;
ALTER TABLE organisations ADD COLUMN postal_code TEXT NULL;
ALTER TABLE organisations ADD COLUMN city TEXT NULL;
ALTER TABLE organisations ADD COLUMN contact_name TEXT NULL;
ALTER TABLE organisations ADD COLUMN contact_email TEXT NULL;
ALTER TABLE organisations ADD COLUMN contact_phone TEXT NULL;

ALTER TABLE events ADD COLUMN declared_free INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN purpose_declared INTEGER NOT NULL DEFAULT 0;

CREATE TABLE label_requests (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    region_code TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    submitted_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    due_on TEXT NOT NULL,
    late INTEGER NOT NULL,
    checks_json TEXT NOT NULL,
    proposed_json TEXT NULL,
    decided_at TEXT NULL,
    decided_by_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    message TEXT NULL
);
CREATE INDEX ix_label_requests_status_region_code_due_on ON label_requests (status, region_code, due_on);
CREATE INDEX ix_label_requests_event_id ON label_requests (event_id);

CREATE TABLE event_history (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    user_id INTEGER NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    summary TEXT NOT NULL,
    changes_json TEXT NULL
);
CREATE INDEX ix_event_history_event_id_at ON event_history (event_id, at);
