-- Issue 12: parent orders worked by execution algorithms. A child order names its parent; the parent's execution
-- quality (arrival, average fill, shortfall vs arrival and vs TWAP, participation) is the decision log of execution.
ALTER TABLE orders ADD COLUMN parent_id text NOT NULL DEFAULT '';
ALTER TABLE session_open_orders ADD COLUMN parent_id text NOT NULL DEFAULT '';
CREATE INDEX orders_parent ON orders (parent_id) WHERE parent_id <> '';

CREATE TABLE parent_orders (
    parent_id       text        NOT NULL,
    session         text        NOT NULL,
    symbol          text        NOT NULL,
    side            text        NOT NULL,
    quantity        numeric     NOT NULL,
    algorithm       text        NOT NULL,
    decisions       integer     NOT NULL,
    reason          text        NOT NULL,
    created_time    timestamptz NOT NULL,
    deadline_time   timestamptz NOT NULL,
    status          text        NOT NULL,
    end_time        timestamptz NOT NULL,
    end_reason      text        NOT NULL,
    filled_quantity numeric     NOT NULL,
    arrival_price   numeric     NOT NULL,
    avg_fill_price  numeric,
    shortfall_bps   double precision,
    vs_twap_bps     double precision,
    participation   double precision,
    children        integer     NOT NULL,
    PRIMARY KEY (session, parent_id)
);
