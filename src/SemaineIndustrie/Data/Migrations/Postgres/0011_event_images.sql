CREATE TABLE event_images (
    event_id integer NOT NULL PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
    content_type varchar(20) NOT NULL,
    content bytea NOT NULL,
    updated_at timestamptz NOT NULL
);

-- One pending request per event: a double click on « Soumettre » cannot create two.
CREATE UNIQUE INDEX ux_label_requests_pending_event ON label_requests (event_id) WHERE status = 'Pending';
