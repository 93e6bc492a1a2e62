package io.trader.monitoring;

import io.trader.core.domain.Money;
import io.trader.core.event.EquityPoint;

/**
 * The account gauges of each equity point (equity, cash, P&amp;L, exposure, leverage, drawdown), and the figures
 * derived from the equity series: daily P&amp;L against the start of the UTC day and
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

    /** The account figures of an equity point; {@code net} is the sum of the signed position notionals. */
    void onEquity(EquityPoint p, double net) {
        double equity = Money.toDouble(p.equity());
        double gross = Money.toDouble(p.grossExposure());
        m.equity.set(equity);
        m.cash.set(Money.toDouble(p.cash()));
        m.peakEquity.set(Money.toDouble(p.peakEquity()));
        m.pnlRealized.set(Money.toDouble(p.realizedPnl()));
        m.pnlUnrealized.set(Money.toDouble(p.unrealizedPnl()));
        m.grossExposure.set(gross);
        m.grossLeverage.set(equity > 0 ? gross / equity : gross > 0 ? Double.POSITIVE_INFINITY : 0.0);
        m.drawdown.set(p.drawdown());
        m.lastEquityTimestamp.set(p.time() / 1000.0);
        m.netExposure.set(net);
        m.netLeverage.set(equity > 0 ? net / equity : 0.0);
        dailyPnl(p.time(), equity);
        valueAtRisk(p.time(), equity);
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
