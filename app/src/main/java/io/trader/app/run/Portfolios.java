package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.core.domain.Money;
import io.trader.core.signal.BookSizer;
import io.trader.core.signal.Sizer;
import io.trader.layer3.core.AtrRiskConfig;
import io.trader.layer3.core.AtrRiskSizer;
import io.trader.layer3.core.VolTargetConfig;
import io.trader.layer3.core.VolTargetSizer;
import io.trader.layer3.core.book.EachInstrument;
import io.trader.layer3.core.book.PortfolioConfig;
import io.trader.layer3.core.book.PortfolioSizer;
import io.trader.layer3.core.cov.CovarianceEngine;

/** The portfolio step's sizer from the settings ({@code trader.sizing.method}, {@code trader.portfolio.*}). */
public final class Portfolios {

    /** {@code trader.sizing.method} for sizing each instrument alone by the strategy's own sizer. */
    public static final String PER_INSTRUMENT = "per-instrument";

    private Portfolios() {
    }

    /** {@code trader.sizing.method} for each instrument alone by a fixed fraction of equity on the forecast's side. */
    public static final String FIXED_FRACTION = "fixed-fraction";
    /** {@code trader.sizing.method} for each instrument alone by a volatility target. */
    public static final String VOL_TARGET = "vol-target";
    /** {@code trader.sizing.method} for each instrument alone by risk per trade with ATR stops. */
    public static final String ATR_RISK = "atr-risk";

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Portfolios.class);

    /** The book sizer of {@code trader.sizing.method}. */
    public static BookSizer bookSizer(TraderSettings s) {
        String method = method(s);
        if (PER_INSTRUMENT.equals(method) || FIXED_FRACTION.equals(method) || VOL_TARGET.equals(method)
                || ATR_RISK.equals(method)) {
            return new EachInstrument(method);
        }
        return new PortfolioSizer(config(s, PortfolioConfig.Method.of(method)), covariance(s));
    }

    static String method(TraderSettings s) {
        return s.raw("trader.sizing.method").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The per-instrument sizer {@code trader.sizing.method} asks for ({@code vol-target} or {@code atr-risk}), or null:
     * the strategy's own (fractional Kelly, or fixed fraction for sma-cross).
     */
    static Sizer perInstrument(TraderSettings s, int instruments) {
        int n = Math.max(1, instruments);
        long maxPosition = Money.fromDouble(s.dbl("trader.sizing.max-position-notional"));
        return switch (method(s)) {
            case FIXED_FRACTION -> new io.trader.layer3.core.FixedFractionSizer(new io.trader.layer3.core.FixedFractionConfig(
                    Math.min(10, s.dbl("trader.sizing.max-leverage") / n), false, Assembly.maxOrderNotional(s)));
            case VOL_TARGET -> new VolTargetSizer(new VolTargetConfig(s.dbl("trader.sizing.vol-target") / n,
                    s.dbl("trader.sizing.bars-per-year"), VolTargetConfig.DEFAULT.minVolatility(),
                    Math.min(20, s.dbl("trader.sizing.max-leverage") / n), maxPosition, Assembly.maxOrderNotional(s),
                    s.dbl("trader.sizing.rebalance-band"), false, true));
            case ATR_RISK -> {
                AtrRiskConfig c = new AtrRiskConfig(s.dbl("trader.sizing.atr-risk-per-trade"),
                        s.dbl("trader.sizing.atr-stop"), s.dbl("trader.sizing.atr-base-leverage"),
                        s.dbl("trader.sizing.atr-max-leverage"), AtrRiskConfig.DEFAULT.referenceVolatility(),
                        AtrRiskConfig.DEFAULT_TAKE_PROFIT_R, maxPosition, Assembly.maxOrderNotional(s),
                        s.dbl("trader.sizing.rebalance-band"), false);
                if (c.aboveRecommendedLeverage()) {
                    LOG.warn("trader.sizing.atr-max-leverage {} is above the recommended {}: a {}% adverse move takes "
                            + "the whole margin of a position at that leverage", c.maxLeverage(),
                            AtrRiskConfig.RECOMMENDED_MAX_LEVERAGE, Math.round(100 / c.maxLeverage()));
                }
                yield new AtrRiskSizer(c);
            }
            default -> null;
        };
    }

    /** The constraints and costs of the portfolio methods. */
    public static PortfolioConfig config(TraderSettings s, PortfolioConfig.Method method) {
        double costBps = s.dbl("trader.paper.taker-fee-bps") + s.dbl("trader.paper.half-spread-bps");
        double horizon = s.integer("trader.ensemble.horizon-bars");
        double barsPerYear = s.dbl("trader.sizing.bars-per-year");
        return new PortfolioConfig(method, Boolean.parseBoolean(s.raw("trader.portfolio.long-only")),
                s.dbl("trader.portfolio.gross"), s.dbl("trader.portfolio.max-net"),
                s.dbl("trader.portfolio.max-weight"), s.dbl("trader.portfolio.max-turnover"),
                s.dbl("trader.portfolio.var-confidence"), s.dbl("trader.portfolio.var-limit"),
                s.dbl("trader.portfolio.risk-aversion"), costBps / 10_000.0, s.dbl("trader.portfolio.no-trade-band"),
                s.integer("trader.portfolio.min-history"), s.integer("trader.ensemble.horizon-bars"),
                Money.fromDouble(s.dbl("trader.sizing.max-position-notional")), Assembly.maxOrderNotional(s),
                s.dbl("trader.portfolio.tau"),
                s.dbl("trader.portfolio.target-volatility") * Math.sqrt(horizon / barsPerYear),
                s.dbl("trader.portfolio.target-return") * horizon / barsPerYear, s.dbl("trader.paper.impact-bps"));
    }

    /** The covariance estimator of {@code trader.portfolio.covariance}. */
    public static CovarianceEngine covariance(TraderSettings s) {
        int window = s.integer("trader.portfolio.window");
        int min = s.integer("trader.portfolio.min-history");
        return switch (s.raw("trader.portfolio.covariance").toLowerCase(java.util.Locale.ROOT)) {
            case "sample" -> CovarianceEngine.sample(window, min);
            case "ledoit-wolf" -> CovarianceEngine.ledoitWolf(window, min);
            default -> CovarianceEngine.ewma(s.dbl("trader.portfolio.half-life"), min);
        };
    }
}
