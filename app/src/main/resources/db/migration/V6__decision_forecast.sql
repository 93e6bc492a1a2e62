-- What the calibrated ensemble adds to a decision: the forecast's probability that the horizon return is
-- positive (NULL when the ensemble provides none), the uncertainty (standard deviation, per bar) of its expected
-- return (0 when unknown) and the market regime it saw (0 = calmest; NULL when none). Each alpha's signed
-- contribution to the forecast is a key of its alpha_scores entry:
-- [{"alpha": id, "score": s, "confidence": c, "weight": w, "contribution": x}, ...] (null when not recorded).
ALTER TABLE decisions ADD COLUMN forecast_probability double precision;
ALTER TABLE decisions ADD COLUMN expected_return_stdev double precision NOT NULL DEFAULT 0;
ALTER TABLE decisions ADD COLUMN regime integer;
