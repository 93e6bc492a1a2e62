-- What the risk layer's breakers remember (day start equity, peak, tripped states), so a restart neither
-- re-arms a tripped daily-loss breaker nor forgets the day's starting equity.
ALTER TABLE sessions ADD COLUMN risk_state jsonb;
