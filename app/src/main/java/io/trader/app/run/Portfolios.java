package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.core.domain.Money;
import io.trader.core.signal.BookSizer;
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

    /** The book sizer of {@code trader.sizing.method}. */
    public static BookSizer bookSizer(TraderSettings s) {
        String method = s.raw("trader.sizing.method").toLowerCase(java.util.Locale.ROOT);
        if (PER_INSTRUMENT.equals(method)) {
            return new EachInstrument(method);
        }
        return new PortfolioSizer(config(s, PortfolioConfig.Method.of(method)), covariance(s));
    }

    /** The constraints and costs of the portfolio methods. */
    public static PortfolioConfig config(TraderSettings s, PortfolioConfig.Method method) {
        double costBps = s.dbl("trader.paper.taker-fee-bps") + s.dbl("trader.paper.half-spread-bps") + 0.5;
        return new PortfolioConfig(method, Boolean.parseBoolean(s.raw("trader.portfolio.long-only")),
                s.dbl("trader.portfolio.gross"), s.dbl("trader.portfolio.max-net"),
                s.dbl("trader.portfolio.max-weight"), s.dbl("trader.portfolio.max-turnover"),
                s.dbl("trader.portfolio.var-confidence"), s.dbl("trader.portfolio.var-limit"),
                s.dbl("trader.portfolio.risk-aversion"), costBps / 10_000.0, s.dbl("trader.portfolio.no-trade-band"),
                s.integer("trader.portfolio.min-history"), s.integer("trader.ensemble.horizon-bars"),
                Money.fromDouble(s.dbl("trader.sizing.max-position-notional")), Assembly.maxOrderNotional(s),
                s.dbl("trader.portfolio.tau"));
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
