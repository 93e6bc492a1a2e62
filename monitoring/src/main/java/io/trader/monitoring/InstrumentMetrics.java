package io.trader.monitoring;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;

import java.util.List;

/**
 * The labelled children of one instrument, resolved once when the instrument is first seen, plus
 * the little state the metrics derive (position, last price). Written by the engine thread only.
 */
final class InstrumentMetrics {

    private static final AlphaChildren[] NO_ALPHAS = new AlphaChildren[0];

    final String symbol;
    final Gauge.Child position;
    final Gauge.Child positionNotional;
    final Counter.Child fills;
    final Counter.Child tradedNotional;
    final Counter.Child fees;
    final Counter.Child feeRebates;
    final Counter.Child bars;
    final Gauge.Child lastBarTimestamp;
    final Counter.Child decisions;
    final Gauge.Child forecastScore;
    final Gauge.Child forecastExpectedReturn;
    final Gauge.Child forecastConfidence;
    final Gauge.Child targetPosition;
    final Gauge.Child kellyFraction;

    private final MetricFamilies families;
    private long positionLots;
    private double positionQty;
    private double lastPrice;
    private List<String> alphaIdsSeen;
    private List<String> alphaIds = List.of();
    private AlphaChildren[] alphas = NO_ALPHAS;

    InstrumentMetrics(MetricFamilies families, String symbol) {
        this.families = families;
        this.symbol = symbol;
        position = families.position.labels(symbol);
        positionNotional = families.positionNotional.labels(symbol);
        fills = families.fills.labels(symbol);
        tradedNotional = families.tradedNotional.labels(symbol);
        fees = families.fees.labels(symbol);
        feeRebates = families.feeRebates.labels(symbol);
        bars = families.bars.labels(symbol);
        lastBarTimestamp = families.lastBarTimestamp.labels(symbol);
        decisions = families.decisions.labels(symbol);
        forecastScore = families.forecastScore.labels(symbol);
        forecastExpectedReturn = families.forecastExpectedReturn.labels(symbol);
        forecastConfidence = families.forecastConfidence.labels(symbol);
        targetPosition = families.targetPosition.labels(symbol);
        kellyFraction = families.kellyFraction.labels(symbol);
    }

    long positionLots() {
        return positionLots;
    }

    /** Sets the position ({@code qty} is {@code lots} in base units) and re-marks its notional. */
    void position(long lots, double qty) {
        positionLots = lots;
        positionQty = qty;
        position.set(qty);
        positionNotional.set(qty * lastPrice);
    }

    /** Marks the position at a new price (last bar close or fill price). */
    void mark(double price) {
        lastPrice = price;
        positionNotional.set(positionQty * price);
    }

    /**
     * The alpha children for {@code ids}, resolved again only when the list changes. The engine
     * passes the same list instance every bar, so the usual cost is one reference comparison.
     */
    AlphaChildren[] alphas(List<String> ids) {
        if (ids != alphaIdsSeen) {
            if (!ids.equals(alphaIds)) {
                rebuildAlphas(ids);
            }
            alphaIdsSeen = ids;
        }
        return alphas;
    }

    private void rebuildAlphas(List<String> ids) {
        for (String old : alphaIds) {
            if (!ids.contains(old)) {
                families.alphaScore.remove(symbol, old);
                families.alphaConfidence.remove(symbol, old);
                families.ensembleWeight.remove(symbol, old);
            }
        }
        AlphaChildren[] next = new AlphaChildren[ids.size()];
        for (int i = 0; i < next.length; i++) {
            String alpha = ids.get(i);
            next[i] = new AlphaChildren(families.alphaScore.labels(symbol, alpha),
                    families.alphaConfidence.labels(symbol, alpha), families.ensembleWeight.labels(symbol, alpha));
        }
        alphaIds = List.copyOf(ids);
        alphas = next;
    }

    /** The children of one alpha of this instrument. */
    record AlphaChildren(Gauge.Child score, Gauge.Child confidence, Gauge.Child weight) {
    }
}
