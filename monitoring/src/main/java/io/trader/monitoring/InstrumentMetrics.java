package io.trader.monitoring;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;
import io.prometheus.client.Histogram;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;

import java.util.List;

/**
 * The labelled children of one instrument, resolved once when the instrument is first seen, plus
 * the little state the metrics derive (position, last price, the alphas' live accuracy, slippage and
 * fill ratio sums). Written by the engine thread only.
 */
final class InstrumentMetrics {

    private static final AlphaChildren[] NO_ALPHAS = new AlphaChildren[0];

    final String symbol;
    /** The venue the instrument trades on, and that venue's order metrics. */
    final String venue;
    final VenueOrders venueOrders;
    final Gauge.Child position;
    final Gauge.Child positionNotional;
    final Gauge.Child positionPnlUnrealized;
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
    final Gauge.Child forecastProbability;
    final Gauge.Child regime;
    final Gauge.Child targetPosition;
    final Gauge.Child kellyFraction;
    final Counter.Child submittedQuantity;
    final Counter.Child filledQuantity;
    final Gauge.Child fillRatio;
    final Histogram.Child slippage;
    final Gauge.Child slippageCost;

    /** The feed stream bars of this instrument count as messages of, or null. */
    FeedMetrics barFeed;

    private final MetricFamilies families;
    private long positionLots;
    private double positionQty;
    private double positionNotionalValue;
    private double lastPrice;
    private List<String> alphaIdsSeen;
    private List<String> alphaIds = List.of();
    private AlphaChildren[] alphas = NO_ALPHAS;
    /** Scores of the last signals, waiting for the next bar's return; valid while {@code pendingPrice > 0}. */
    private double[] pendingScores = new double[0];
    private int pendingCount;
    private double pendingPrice;
    private double slippageCostSum;
    private long finishedOrderedLots;
    private long finishedFilledLots;

    InstrumentMetrics(MetricFamilies families, String symbol, VenueOrders venueOrders) {
        this.families = families;
        this.symbol = symbol;
        this.venue = venueOrders.venue;
        this.venueOrders = venueOrders;
        position = families.position.labels(venue, symbol);
        positionNotional = families.positionNotional.labels(venue, symbol);
        positionPnlUnrealized = families.positionPnlUnrealized.labels(venue, symbol);
        fills = families.fills.labels(venue, symbol);
        tradedNotional = families.tradedNotional.labels(venue, symbol);
        fees = families.fees.labels(symbol);
        feeRebates = families.feeRebates.labels(symbol);
        bars = families.bars.labels(symbol);
        lastBarTimestamp = families.lastBarTimestamp.labels(symbol);
        decisions = families.decisions.labels(symbol);
        forecastScore = families.forecastScore.labels(symbol);
        forecastExpectedReturn = families.forecastExpectedReturn.labels(symbol);
        forecastConfidence = families.forecastConfidence.labels(symbol);
        forecastProbability = families.forecastProbability.labels(symbol);
        forecastProbability.set(Double.NaN);
        regime = families.regime.labels(symbol);
        regime.set(-1);
        targetPosition = families.targetPosition.labels(symbol);
        kellyFraction = families.kellyFraction.labels(symbol);
        submittedQuantity = families.submittedQuantity.labels(symbol);
        filledQuantity = families.filledQuantity.labels(symbol);
        fillRatio = families.fillRatio.labels(symbol);
        fillRatio.set(Double.NaN);
        slippage = families.slippage.labels(symbol);
        slippageCost = families.slippageCost.labels(symbol);
    }

    long positionLots() {
        return positionLots;
    }

    double positionNotional() {
        return positionNotionalValue;
    }

    double lastPrice() {
        return lastPrice;
    }

    /** Sets the position ({@code qty} is {@code lots} in base units) and re-marks its notional. */
    void position(long lots, double qty) {
        positionLots = lots;
        positionQty = qty;
        position.set(qty);
        positionNotionalValue = qty * lastPrice;
        positionNotional.set(positionNotionalValue);
    }

    /** Marks the position at a new price (last bar close or fill price). */
    void mark(double price) {
        lastPrice = price;
        positionNotionalValue = positionQty * price;
        positionNotional.set(positionNotionalValue);
    }

    /**
     * A new bar closed at {@code close}: the scores kept from the previous bar's signals meet the return
     * that followed them, and each alpha's live hit rate and information coefficient move.
     */
    void scorePendingSignals(double close) {
        if (pendingPrice > 0 && close > 0) {
            double ret = close / pendingPrice - 1;
            int n = Math.min(pendingCount, alphas.length);
            for (int i = 0; i < n; i++) {
                AlphaChildren c = alphas[i];
                c.quality().observe(pendingScores[i], ret);
                c.hitRatio().set(c.quality().hitRate());
                c.informationCoefficient().set(c.quality().informationCoefficient());
            }
        }
        pendingPrice = 0;
    }

    /** Keeps this bar's scores (at the current last price) for {@link #scorePendingSignals}. */
    void keepSignals(AlphaOutput[] outputs, int n) {
        if (pendingScores.length < n) {
            pendingScores = new double[n];
        }
        for (int i = 0; i < n; i++) {
            pendingScores[i] = outputs[i].score();
        }
        pendingCount = n;
        pendingPrice = lastPrice;
    }

    /** A fill {@code slip} (signed ratio against arrival) on {@code notional} quote units. */
    void slipped(double slip, double notional) {
        slippage.observe(slip);
        slippageCostSum += slip * notional;
        slippageCost.set(slippageCostSum);
    }

    /** The signals of this instrument's last bar: alpha scores and weights, the forecast, the sizer's target. */
    void signals(InstrumentSpec spec, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                 SizingDecision sizing) {
        if (alphaIds != null && alphas != null) {
            InstrumentMetrics.AlphaChildren[] children = alphas(alphaIds);
            double[] weights = forecast == null ? null : forecast.weights();
            int n = Math.min(children.length, alphas.length);
            for (int i = 0; i < n; i++) {
                InstrumentMetrics.AlphaChildren c = children[i];
                c.score().set(alphas[i].score());
                c.confidence().set(alphas[i].confidence());
                if (weights != null && i < weights.length) {
                    c.weight().set(weights[i]);
                }
            }
            keepSignals(alphas, n);
        }
        if (forecast != null) {
            forecastScore.set(forecast.score());
            forecastExpectedReturn.set(forecast.expectedReturn());
            forecastConfidence.set(forecast.confidence());
            forecastProbability.set(forecast.probability());
            regime.set(forecast.regime());
        }
        if (sizing != null) {
            targetPosition.set(spec.qty(sizing.targetLots()));
            kellyFraction.set(sizing.appliedFraction());
        }
    }

    /** An order reached a final state having filled {@code filledLots} of {@code orderedLots}. */
    void finished(long orderedLots, long filledLots) {
        finishedOrderedLots += orderedLots;
        finishedFilledLots += filledLots;
        if (finishedOrderedLots > 0) {
            fillRatio.set(finishedFilledLots / (double) finishedOrderedLots);
        }
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
                families.alphaHitRatio.remove(symbol, old);
                families.alphaInformationCoefficient.remove(symbol, old);
            }
        }
        AlphaChildren[] next = new AlphaChildren[ids.size()];
        for (int i = 0; i < next.length; i++) {
            String alpha = ids.get(i);
            AlphaChildren kept = null;
            for (int j = 0; j < alphaIds.size() && kept == null; j++) {
                if (alphaIds.get(j).equals(alpha)) {
                    kept = alphas[j];
                }
            }
            if (kept != null) {
                next[i] = kept;
                continue;
            }
            Gauge.Child hit = families.alphaHitRatio.labels(symbol, alpha);
            Gauge.Child ic = families.alphaInformationCoefficient.labels(symbol, alpha);
            hit.set(Double.NaN);
            ic.set(Double.NaN);
            next[i] = new AlphaChildren(families.alphaScore.labels(symbol, alpha),
                    families.alphaConfidence.labels(symbol, alpha), families.ensembleWeight.labels(symbol, alpha),
                    hit, ic, new SignalQuality());
        }
        alphaIds = List.copyOf(ids);
        alphas = next;
        pendingPrice = 0; // scores kept for the old list no longer line up
    }

    /** The children of one alpha of this instrument, and its live accuracy. */
    record AlphaChildren(Gauge.Child score, Gauge.Child confidence, Gauge.Child weight, Gauge.Child hitRatio,
                         Gauge.Child informationCoefficient, SignalQuality quality) {
    }
}
