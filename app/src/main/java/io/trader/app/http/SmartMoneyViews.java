package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.trader.app.smartmoney.BoardWallet;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.WhaleAlert;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * JSON shapes of the smart-money API ({@code /api/v1/smart-money/...}). Money, prices and sizes are decimal strings
 * exactly as the venue sent them; times are ISO-8601 instants; scores, weights and biases are numbers. A null field
 * (a weight not yet computed, a wallet never read, a number that is not finite, no next page) is omitted, as everywhere
 * in the API.
 */
public final class SmartMoneyViews {

    private SmartMoneyViews() {
    }

    /** A coin's smart-money signal (see {@link CoinBias}); {@code divergence} is elite minus crowd bias. */
    @Serdeable
    public record Bias(String coin, String time, double bias, String netNotional, String longNotional,
                       String shortNotional, @Nullable Double eliteBias, @Nullable Double crowdBias,
                       @Nullable Double divergence, @Nullable Double eliteShare, @Nullable Double crowdShare,
                       double confidence, int holders, int tracked, int fresh) {

        static Bias of(CoinBias b) {
            return new Bias(b.coin(), SmartMoneyViews.time(b.time()), b.bias(), money(b.netNotional()), money(b.longNotional()),
                    money(b.shortNotional()), finite(b.eliteBias()), finite(b.crowdBias()), finite(b.divergence()),
                    finite(b.eliteShare()), finite(b.crowdShare()), b.confidence(), b.holders(), b.tracked(),
                    b.fresh());
        }
    }

    /** A trader's weight and its parts (see {@link TraderWeight}). */
    @Serdeable
    public record Weight(@Nullable Double performance, @Nullable Double size, @Nullable Double recency,
                         @Nullable Double regime, @Nullable Double composite) {

        static Weight of(TraderWeight w) {
            return w == null ? null : new Weight(finite(w.performance()), finite(w.size()), finite(w.recency()),
                    finite(w.regime()), finite(w.composite()));
        }
    }

    /**
     * A tracked wallet: {@code tier} 1..3 and its name, the leaderboard score and account value it was tracked on, its
     * weight (omitted before the first), and when and how its state was last read (omitted before the first).
     */
    @Serdeable
    public record Wallet(String address, @Nullable String displayName, int tier, String tierName, double score,
                         String accountValue, @Nullable Weight weight, @Nullable String lastRefresh,
                         @Nullable String source) {

        static Wallet of(BoardWallet w) {
            return new Wallet(w.address(), w.wallet().row().displayName(), w.tier().number(), w.tier().name(),
                    w.wallet().score(), money(w.wallet().row().accountValue()), Weight.of(w.weight()),
                    w.lastRefresh() < 0 ? null : time(w.lastRefresh()), w.source());
        }
    }

    /** The tracked wallets of the last leaderboard refresh ({@code leaderboardTime}, omitted before the first). */
    @Serdeable
    public record Wallets(@Nullable String leaderboardTime, int count, List<Wallet> wallets) {
    }

    /** A whale alert (see {@link WhaleAlert}). */
    @Serdeable
    public record Alert(String id, String time, String address, int tier, String coin, String type, String priority,
                        String previousSize, String newSize, String notional, String price, String detail) {

        static Alert of(WhaleAlert a) {
            return new Alert(a.id(), SmartMoneyViews.time(a.time()), a.address(), a.tier().number(), a.coin(), a.type().name(),
                    a.priority().name(), money(a.previousSize()), money(a.newSize()), money(a.notional()),
                    money(a.price()), a.detail());
        }
    }

    /**
     * Alerts newest first: {@code source} {@code latest} (the in-memory ring) or {@code history} (the store, with
     * {@code next}, the {@code before} of the next older page, omitted on the last page).
     */
    @Serdeable
    public record Alerts(String source, int count, List<Alert> alerts, @Nullable String next) {
    }

    static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }

    static String money(BigDecimal value) {
        return value.toPlainString();
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
