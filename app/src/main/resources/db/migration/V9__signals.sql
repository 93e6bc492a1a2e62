-- Issue 15: the signals product. Every signed signal a session emitted, exactly as delivered (payload: the signed
-- JSON text, canonical form), with the columns the API filters on, and how it ended if followed (performance).
CREATE TABLE signals (
    session        text             NOT NULL,
    signal_id      text             NOT NULL,
    time           timestamptz      NOT NULL,
    pair           text             NOT NULL,
    side           text             NOT NULL CHECK (side IN ('long', 'short')),
    confidence     double precision NOT NULL,
    entry          numeric          NOT NULL,
    key_id         text             NOT NULL,
    payload        text             NOT NULL,
    resolved_at    timestamptz,
    r_multiple     double precision,
    pnl_pct_equity double precision,
    exits          text,
    PRIMARY KEY (session, signal_id)
);
CREATE INDEX signals_session_time ON signals (session, time DESC);
CREATE INDEX signals_session_pair_time ON signals (session, pair, time DESC);
