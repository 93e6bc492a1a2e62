package io.trader.monitoring;

/**
 * Account figures derived from the equity series: daily P&amp;L against the start of the UTC day and
 * historical one-step VaR ({@link HistoricalVar}). Engine thread only.
 */
final class EquityStats {

    private static final long DAY_MILLIS = 86_400_000L;
    private final MetricFamilies m;
    private final HistoricalVar var = new HistoricalVar();
    private long lastEquityTime = Long.MIN_VALUE;
    private double lastEquity = Double.NaN;
    private double previousStepEquity = Double.NaN;
    private long day = Long.MIN_VALUE;
    private double dayStartEquity = Double.NaN;

    EquityStats(MetricFamilies m) {
        this.m = m;
    }

    void onEquity(long time, double equity) {
        dailyPnl(time, equity);
        valueAtRisk(time, equity);
    }

    /**
     * Daily P&L: equity minus the equity at the start of the UTC day of the event time, which is the last
     * equity before the day's first point (or the first point seen, after a start mid-day).
     */
    private void dailyPnl(long time, double equity) {
        long today = Math.floorDiv(time, DAY_MILLIS);
        if (today != day) {
            dayStartEquity = Double.isNaN(lastEquity) ? equity : lastEquity;
            day = today;
            m.dayStartEquity.set(dayStartEquity);
        }
        m.pnlDaily.set(equity - dayStartEquity);
    }

    /** One step return per distinct step time into the VaR window (a repeated step replaces its return). */
    private void valueAtRisk(long time, double equity) {
        if (time == lastEquityTime) {
            if (previousStepEquity > 0) {
                var.replaceLast(equity / previousStepEquity - 1);
            }
        } else {
            if (lastEquity > 0) {
                var.add(equity / lastEquity - 1);
            }
            previousStepEquity = lastEquity;
            lastEquityTime = time;
        }
        lastEquity = equity;
        double ratio = var.ratio();
        m.valueAtRiskRatio.set(ratio);
        m.valueAtRisk.set(ratio * equity);
    }

}
