package io.trader.core.event;

import java.util.List;

/**
 * Why an order exists: the alpha scores, ensemble forecast and sizing that produced it.
 * One per order the strategy sends, written to the decision log.
 *
 * @param forecastProbability the forecast's calibrated probability that the horizon return is positive;
 *                            {@code NaN} when the ensemble provides none
 * @param expectedReturnStdev uncertainty (standard deviation) of {@code expectedReturn}, per bar; 0 when unknown
 * @param regime              market regime the ensemble saw (0 = calmest), -1 when none
 */
public record Decision(long time, String symbol, String clientId, List<AlphaScore> alphas,
                       double forecastScore, double expectedReturn, double forecastConfidence,
                       double forecastProbability, double expectedReturnStdev, int regime,
                       double volatility, double kellyFraction, long currentLots, long targetLots,
                       double equity, String note) {

    public Decision {
        alphas = List.copyOf(alphas);
    }

    /** A decision of a forecast without probability, uncertainty or regime. */
    public Decision(long time, String symbol, String clientId, List<AlphaScore> alphas,
                    double forecastScore, double expectedReturn, double forecastConfidence,
                    double volatility, double kellyFraction, long currentLots, long targetLots,
                    double equity, String note) {
        this(time, symbol, clientId, alphas, forecastScore, expectedReturn, forecastConfidence, Double.NaN, 0, -1,
                volatility, kellyFraction, currentLots, targetLots, equity, note);
    }

    /**
     * One alpha's part in the decision: its score, confidence and ensemble weight at decision time, and its
     * signed contribution to the forecast (the ensemble's {@code Forecast.contributions()}; {@code NaN} when
     * not recorded).
     */
    public record AlphaScore(String alphaId, double score, double confidence, double weight, double contribution) {

        /** Without a recorded contribution. */
        public AlphaScore(String alphaId, double score, double confidence, double weight) {
            this(alphaId, score, confidence, weight, Double.NaN);
        }
    }
}
