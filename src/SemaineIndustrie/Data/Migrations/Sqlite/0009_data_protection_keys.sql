CREATE TABLE data_protection_keys (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    friendly_name TEXT NULL,
    xml TEXT NULL
);
