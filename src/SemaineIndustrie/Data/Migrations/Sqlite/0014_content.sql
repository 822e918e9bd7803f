CREATE TABLE content_items (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    title TEXT NOT NULL,
    slug TEXT NOT NULL,
    summary TEXT NULL,
    body TEXT NOT NULL,
    published_on TEXT NOT NULL,
    place TEXT NULL,
    region_code TEXT NULL,
    space TEXT NULL,
    category TEXT NULL,
    audience_code TEXT NULL,
    sector_code TEXT NULL,
    link_url TEXT NULL,
    sort_order INTEGER NOT NULL,
    search_text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_content_items_kind_slug ON content_items (kind, slug);
CREATE INDEX ix_content_items_public ON content_items (kind, status, published_on);
CREATE INDEX ix_content_items_region ON content_items (region_code);

CREATE TABLE content_files (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    content_item_id INTEGER NOT NULL REFERENCES content_items (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    length INTEGER NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_content_files_item ON content_files (content_item_id);

CREATE TABLE content_contacts (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    scope TEXT NOT NULL,
    region_code TEXT NULL,
    organisation TEXT NOT NULL,
    name TEXT NULL,
    role TEXT NULL,
    phone TEXT NULL,
    email TEXT NULL,
    website TEXT NULL,
    sort_order INTEGER NOT NULL
);
CREATE INDEX ix_content_contacts_region ON content_contacts (region_code);

-- Bumped with every published change, so each instance evicts its cached content pages (STYLE §6).
CREATE TABLE content_version (
    id INTEGER NOT NULL PRIMARY KEY,
    version INTEGER NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);
