-- Issue 15: notifications. Every alert the session's alert manager took (sent, deduplicated, grouped, rate limited or
-- routed to no channel), with its outcome and acknowledgement, so the history outlives the in-memory window and a
-- restart. Fields are the alert's named values as a JSON object of strings (money stays an exact decimal string).
CREATE TABLE alerts (
    id          text        PRIMARY KEY,
    session     text        NOT NULL,
    time        timestamptz NOT NULL,
    received    timestamptz NOT NULL,
    source      text        NOT NULL,
    severity    text        NOT NULL,
    dedup_key   text        NOT NULL,
    group_key   text        NOT NULL,
    title       text        NOT NULL,
    text        text        NOT NULL,
    fields      text        NOT NULL,
    outcome     text        NOT NULL,
    acked_at    timestamptz
);
CREATE INDEX alerts_session_received ON alerts (session, received DESC);
