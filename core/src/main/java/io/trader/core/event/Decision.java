package io.trader.core.event;

import java.util.List;

/**
 * Why an order exists: the alpha scores, ensemble forecast and sizing that produced it.
 * One per order the strategy sends, written to the decision log.
 */
public record Decision(long time, String symbol, String clientId, List<AlphaScore> alphas,
                       double forecastScore, double expectedReturn, double forecastConfidence,
                       double volatility, double kellyFraction, long currentLots, long targetLots,
                       double equity, String note) {

    public Decision {
        alphas = List.copyOf(alphas);
    }

    /** One alpha's contribution: its score, confidence and ensemble weight at decision time. */
    public record AlphaScore(String alphaId, double score, double confidence, double weight) {
    }
}
