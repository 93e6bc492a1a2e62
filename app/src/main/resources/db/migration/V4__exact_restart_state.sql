-- Exact state across restarts (1): positions. The entry cost (the signed notional paid for the open position, quote
-- currency at 8 decimals, negative for a short, 0 when flat) is what a restart restores, to the cash unit.
-- avg_entry_price becomes an exact decimal derived from it for people reading the table (|entry_cost| /
-- |quantity|, half-even at price_scale + 6 decimals, NULL when flat) instead of a double precision number of
-- ticks. last_price is the last price the portfolio marked the instrument at (NULL: none), so a restarted
-- session values its positions as the stopped one did.

-- float8 -> text gives the shortest decimal that reads back as the same double
SET LOCAL extra_float_digits = 1;

ALTER TABLE positions ADD COLUMN entry_cost numeric;
ALTER TABLE positions ADD COLUMN last_price numeric;

-- rows of earlier versions: what their restore computed, average ticks x quantity to the nearest cash unit
-- (half away from zero)
UPDATE positions SET entry_cost = CASE WHEN quantity = 0 THEN 0 ELSE
    round(CAST(CAST(avg_entry_price AS text) AS numeric) * quantity * power(10::numeric, -price_scale), 8) END;

ALTER TABLE positions ALTER COLUMN entry_cost SET NOT NULL;
ALTER TABLE positions ALTER COLUMN avg_entry_price DROP NOT NULL;
ALTER TABLE positions ALTER COLUMN avg_entry_price TYPE numeric USING
    CASE WHEN quantity = 0 THEN NULL ELSE round(abs(entry_cost) / abs(quantity), price_scale + 6) END;

-- (2) What the engine remembers between steps (open orders' ages for their timeout, risk-rejection backoffs), so a
-- restarted session times out and backs off exactly as one that never stopped.
ALTER TABLE sessions ADD COLUMN engine_state jsonb;
