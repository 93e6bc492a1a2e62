-- Trading store schema. Money, prices and quantities are exact decimals (NUMERIC without a declared
-- scale keeps the scale written: ticks/lots at the instrument's scale, cash at 8 decimals).
-- Times are timestamptz (epoch milliseconds on the Java side). Every event table has a natural key so
-- that replaying the same events after a crash inserts nothing twice.

CREATE TABLE candles (
    symbol      text             NOT NULL,
    interval_ms bigint           NOT NULL,
    open_time   timestamptz      NOT NULL,
    open        numeric          NOT NULL,
    high        numeric          NOT NULL,
    low         numeric          NOT NULL,
    close       numeric          NOT NULL,
    volume      double precision NOT NULL,
    PRIMARY KEY (symbol, interval_ms, open_time)
);

CREATE TABLE orders (
    client_id       text        PRIMARY KEY,
    session         text        NOT NULL,
    symbol          text        NOT NULL,
    price_scale     smallint    NOT NULL,
    qty_scale       smallint    NOT NULL,
    side            text        NOT NULL,
    type            text        NOT NULL,
    quantity        numeric     NOT NULL,
    limit_price     numeric,
    time_in_force   text        NOT NULL,
    reduce_only     boolean     NOT NULL,
    status          text        NOT NULL,
    filled_quantity numeric     NOT NULL,
    filled_notional numeric     NOT NULL,
    avg_fill_price  numeric,
    decision_time   timestamptz NOT NULL,
    updated_time    timestamptz NOT NULL,
    reason          text        NOT NULL DEFAULT '',
    status_reason   text,
    venue_order_id  text
);
CREATE INDEX orders_session_updated ON orders (session, updated_time DESC);

CREATE TABLE fills (
    fill_id   text        PRIMARY KEY,
    client_id text        NOT NULL,
    session   text        NOT NULL,
    symbol    text        NOT NULL,
    side      text        NOT NULL,
    price     numeric     NOT NULL,
    quantity  numeric     NOT NULL,
    fee       numeric     NOT NULL,
    maker     boolean     NOT NULL,
    time      timestamptz NOT NULL
);
CREATE INDEX fills_session_time ON fills (session, time);
CREATE INDEX fills_client_id ON fills (client_id);

CREATE TABLE positions (
    session         text             NOT NULL,
    symbol          text             NOT NULL,
    ordinal         integer          NOT NULL,
    price_scale     smallint         NOT NULL,
    qty_scale       smallint         NOT NULL,
    quantity        numeric          NOT NULL,
    avg_entry_price double precision NOT NULL,
    realized_pnl    numeric          NOT NULL,
    PRIMARY KEY (session, symbol)
);

CREATE TABLE equity (
    session        text             NOT NULL,
    time           timestamptz      NOT NULL,
    equity         numeric          NOT NULL,
    cash           numeric          NOT NULL,
    realized_pnl   numeric          NOT NULL,
    unrealized_pnl numeric          NOT NULL,
    fees           numeric          NOT NULL,
    gross_exposure numeric          NOT NULL,
    peak_equity    numeric          NOT NULL,
    drawdown       double precision NOT NULL,
    PRIMARY KEY (session, time)
);

-- event_key: a digest of the event's fields; (session, event_key) makes a replay a no-op.
CREATE TABLE risk_events (
    id        bigserial   PRIMARY KEY,
    session   text        NOT NULL,
    time      timestamptz NOT NULL,
    kind      text        NOT NULL,
    code      text        NOT NULL DEFAULT '',
    symbol    text        NOT NULL DEFAULT '',
    client_id text        NOT NULL DEFAULT '',
    detail    text        NOT NULL DEFAULT '',
    event_key text        NOT NULL,
    UNIQUE (session, event_key)
);
CREATE INDEX risk_events_session_time ON risk_events (session, time DESC);

-- alpha_scores: [{"alpha": id, "score": s, "confidence": c, "weight": w}, ...]
CREATE TABLE decisions (
    id                  bigserial        PRIMARY KEY,
    session             text             NOT NULL,
    time                timestamptz      NOT NULL,
    symbol              text             NOT NULL,
    client_id           text             NOT NULL DEFAULT '',
    alpha_scores        jsonb            NOT NULL,
    forecast_score      double precision NOT NULL,
    expected_return     double precision NOT NULL,
    forecast_confidence double precision NOT NULL,
    volatility          double precision NOT NULL,
    kelly_fraction      double precision NOT NULL,
    current_lots        bigint           NOT NULL,
    target_lots         bigint           NOT NULL,
    current_qty         numeric,
    target_qty          numeric,
    equity              double precision NOT NULL,
    note                text,
    UNIQUE (session, time, symbol, client_id)
);

CREATE TABLE sessions (
    session        text        PRIMARY KEY,
    last_step_time timestamptz NOT NULL,
    cash           numeric     NOT NULL,
    realized_pnl   numeric     NOT NULL,
    fees           numeric     NOT NULL,
    peak_equity    numeric     NOT NULL,
    source         text,
    updated_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE session_open_orders (
    session         text        NOT NULL,
    client_id       text        NOT NULL,
    ordinal         integer     NOT NULL,
    symbol          text        NOT NULL,
    price_scale     smallint    NOT NULL,
    qty_scale       smallint    NOT NULL,
    side            text        NOT NULL,
    type            text        NOT NULL,
    quantity        numeric     NOT NULL,
    limit_price     numeric,
    time_in_force   text        NOT NULL,
    reduce_only     boolean     NOT NULL,
    decision_time   timestamptz NOT NULL,
    reason          text        NOT NULL,
    status          text        NOT NULL,
    filled_quantity numeric     NOT NULL,
    filled_notional numeric     NOT NULL,
    venue_order_id  text,
    updated_time    timestamptz NOT NULL,
    PRIMARY KEY (session, client_id)
);

CREATE TABLE kill_switch (
    id         integer     PRIMARY KEY CHECK (id = 1),
    engaged    boolean     NOT NULL,
    reason     text        NOT NULL,
    since      timestamptz NOT NULL,
    flatten    boolean     NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);
