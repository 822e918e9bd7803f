CREATE TABLE event_images (
    event_id INTEGER NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    content_type TEXT NOT NULL,
    content BLOB NOT NULL,
    updated_at TEXT NOT NULL
);

-- One pending request per event: a double click on « Soumettre » cannot create two.
CREATE UNIQUE INDEX ux_label_requests_pending_event ON label_requests (event_id) WHERE status = 'Pending';
