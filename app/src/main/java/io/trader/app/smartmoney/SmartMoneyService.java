package io.trader.app.smartmoney;

import io.trader.app.config.TraderSettings;
import io.trader.app.zoo.SmartMoneyContexts;
import io.trader.core.port.TimeSource;
import io.trader.smartmoney.core.AlertConfig;
import io.trader.smartmoney.core.AlertDetector;
import io.trader.smartmoney.core.AlertThrottle;
import io.trader.smartmoney.core.BiasCalculator;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.SelectionConfig;
import io.trader.smartmoney.core.SmartMoneyTracker;
import io.trader.smartmoney.core.ThrottleConfig;
import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TopWalletSelection;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.TraderWeight;
import io.trader.smartmoney.core.TraderWeighting;
import io.trader.smartmoney.core.WeightConfig;
import io.trader.smartmoney.core.WhaleAlert;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.feed.FeedMetrics;
import io.trader.smartmoney.feed.LeaderboardClient;
import io.trader.smartmoney.feed.SmartMoneyConfig;
import io.trader.smartmoney.feed.SmartMoneyFeed;
import io.trader.smartmoney.feed.SmartMoneyListener;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Smart money running: the feed (leaderboard, scheduled wallet reads inside the venue's one weight budget, WebSocket
 * users) drives the pure {@link SmartMoneyTracker} (weights, whale alerts, per-coin bias); what it finds goes to the
 * {@link SmartMoneyRecorder} (board for the API, store, alert log), to the metrics and, every
 * {@code trader.smart-money.bias-every-ms}, to the smart-money features the zoo's alpha reads
 * ({@link SmartMoneyContexts}). The same wiring serves {@code ./trader smart-money record} and a trading session.
 */
public final class SmartMoneyService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmartMoneyService.class);

    /** Everything the service is built with. */
    public record Settings(SmartMoneyConfig feed, SelectionConfig selection, WeightConfig weights,
                           AlertConfig alerts, ThrottleConfig throttle, long freshnessMs, int fullDepthHolders,
                           long biasEveryMs) {

        /**
         * From the configuration; {@code trading} false for the recorder alone (no WebSocket slot or weight is left
         * to a trading session).
         */
        public static Settings of(TraderSettings s, boolean trading) {
            SmartMoneyConfig feed = SmartMoneyConfig.defaults()
                    .withLeaderboardUrl(s.raw("trader.smart-money.leaderboard-url").isBlank()
                            ? SmartMoneyConfig.DEFAULT_LEADERBOARD_URL : s.raw("trader.smart-money.leaderboard-url").strip())
                    .withLeaderboardLimits(128L << 20, Duration.ofSeconds(120),
                            Duration.ofSeconds(s.integer("trader.smart-money.leaderboard-refresh-seconds")))
                    .withSlots(10, trading ? s.integer("trader.smart-money.ws-slots-for-trading") : 0)
                    .withWeights(1200, trading ? s.integer("trader.smart-money.trading-reserve-per-minute") : 0);
            Map<Tier, Duration> refresh = new EnumMap<>(feed.tierRefresh());
            refresh.put(Tier.WHALE, Duration.ofMillis(s.integer("trader.smart-money.tier1-refresh-ms")));
            feed = feed.withTierRefresh(refresh);
            return new Settings(feed, SelectionConfig.DEFAULTS, WeightConfig.DEFAULTS, AlertConfig.DEFAULTS,
                    ThrottleConfig.DEFAULTS, s.integer("trader.smart-money.freshness-ms"), 5,
                    s.integer("trader.smart-money.bias-every-ms"));
        }

        /**
         * {@link #of}, reading the leaderboard from {@code venueBaseUrl}{@code /Mainnet/leaderboard} when that is a
         * local server (not api.hyperliquid*) and {@code trader.smart-money.leaderboard-url} is left empty.
         */
        public static Settings forVenue(TraderSettings s, boolean trading, String venueBaseUrl) {
            Settings st = of(s, trading);
            if (!venueBaseUrl.contains("api.hyperliquid") && s.raw("trader.smart-money.leaderboard-url").isBlank()) {
                st = st.withFeed(st.feed().withLeaderboardUrl(venueBaseUrl.replaceAll("/+$", "")
                        + "/Mainnet/leaderboard"));
            }
            return st;
        }

        public Settings withFeed(SmartMoneyConfig f) {
            return new Settings(f, selection, weights, alerts, throttle, freshnessMs, fullDepthHolders, biasEveryMs);
        }
    }

    private final Vertx vertx;
    private final SmartMoneyFeed feed;
    private final SmartMoneyTracker tracker;
    private final SmartMoneyRecorder recorder;
    private final SmartMoneyMetrics metrics;
    private final SmartMoneyContexts contexts;
    private final TimeSource clock;
    private final long biasEveryMs;
    private final long feedRefreshMs;
    private final long[] reported = new long[3];
    private final String vaultsUrl;
    private final io.vertx.ext.web.client.WebClient web;
    private volatile java.util.Set<String> vaults = java.util.Set.of();
    private long timer = -1;
    private long vaultTimer = -1;

    /**
     * @param info     the Hyperliquid {@code /info} transport on the session's one weight budget
     * @param metrics  null: none
     * @param contexts the smart-money features of the session's instruments; null: none
     */
    public SmartMoneyService(Vertx vertx, HyperliquidInfoRaw info, Settings settings, SmartMoneyRecorder recorder,
                             SmartMoneyMetrics metrics, SmartMoneyContexts contexts, TimeSource clock) {
        this.vertx = vertx;
        this.recorder = recorder;
        this.metrics = metrics;
        this.contexts = contexts;
        this.clock = clock;
        this.biasEveryMs = settings.biasEveryMs();
        this.feedRefreshMs = settings.feed().leaderboardRefresh().toMillis();
        TraderWeighting weighting = new TraderWeighting(settings.weights());
        this.tracker = new SmartMoneyTracker(weighting, new AlertDetector(settings.alerts()),
                new AlertThrottle(settings.throttle()), new BiasCalculator(settings.freshnessMs(),
                settings.fullDepthHolders()));
        this.feed = new SmartMoneyFeed(vertx, settings.feed(), info,
                () -> new TopWalletSelection(settings.selection().excluding(vaults), weighting), new Listener(), clock);
        String lb = settings.feed().leaderboardUrl();
        this.vaultsUrl = lb.endsWith("/leaderboard") ? lb.substring(0, lb.length() - "leaderboard".length()) + "vaults"
                : null;
        this.web = io.vertx.ext.web.client.WebClient.create(vertx);
    }

    /**
     * Reads the vault list (the leaderboard's sibling {@code .../vaults}) so the next selection excludes vaults; a
     * failed read keeps the previous list (HLP is always excluded).
     */
    public Future<Void> refreshVaults() {
        if (vaultsUrl == null) {
            return Future.succeededFuture();
        }
        return web.getAbs(vaultsUrl).timeout(30_000).send().compose(r -> {
            if (r.statusCode() != 200) {
                return Future.failedFuture("HTTP " + r.statusCode());
            }
            var read = io.trader.smartmoney.data.VaultList.read(r.bodyAsString());
            vaults = read.addresses();
            LOG.info("smart money: {} vaults excluded from the selection ({} rows skipped)", vaults.size(),
                    read.skipped());
            return Future.<Void>succeededFuture();
        }).recover(e -> {
            LOG.warn("smart money: vault list {} not read, the previous {} stay excluded: {}", vaultsUrl,
                    vaults.size(), e.getMessage());
            return Future.succeededFuture();
        });
    }

    /** The vault addresses excluded now. */
    public java.util.Set<String> vaults() {
        return vaults;
    }

    /** Starts the feed and the bias timer; completes with the first leaderboard read. */
    public Future<LeaderboardClient.Result> start() {
        timer = vertx.setPeriodic(biasEveryMs, id -> publish());
        vaultTimer = vertx.setPeriodic(Math.max(1, feedRefreshMs), id -> refreshVaults());
        return refreshVaults().compose(v -> feed.start());
    }

    /** Computes and publishes every coin's bias now (the timer's work). */
    public void publish() {
        long now = clock.millis();
        Map<String, CoinBias> biases;
        synchronized (tracker) {
            biases = tracker.bias(now);
        }
        for (CoinBias b : biases.values()) {
            recorder.onBias(b);
            if (contexts != null) {
                contexts.onBias(b.coin(), now, b.bias(), b.divergence(), b.confidence());
            }
        }
        if (metrics != null) {
            FeedMetrics m = feed.metrics();
            for (Tier t : Tier.values()) {
                var a = m.achieved(t);
                if (a.samples() > 0) {
                    metrics.refreshSeconds(t, a.p50() / 1000.0);
                }
            }
            count(0, m.requests.get(), () -> metrics.request("wallet"));
            count(1, m.rateLimited.get(), () -> metrics.rateLimited("wallet"));
            count(2, m.malformedStates.get() + m.wsMalformed.get(), () -> metrics.malformed("wallet"));
        }
    }

    private void count(int slot, long total, Runnable inc) {
        for (long i = reported[slot]; i < total; i++) {
            inc.run();
        }
        reported[slot] = Math.max(reported[slot], total);
    }

    public SmartMoneyFeed feed() {
        return feed;
    }

    public SmartMoneyTracker tracker() {
        return tracker;
    }

    public SmartMoneyRecorder recorder() {
        return recorder;
    }

    @Override
    public void close() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        if (vaultTimer >= 0) {
            vertx.cancelTimer(vaultTimer);
        }
        web.close();
        feed.close();
        if (recorder.store() != null) {
            recorder.store().flush();
        }
    }

    private final class Listener implements SmartMoneyListener {

        @Override
        public void onWallets(List<TrackedWallet> wallets, long time) {
            List<TraderWeight> weights;
            synchronized (tracker) {
                weights = tracker.onWallets(wallets);
            }
            recorder.onWallets(time, wallets);
            recorder.onWeights(weights);
            LOG.info("smart money: {} wallets tracked", wallets.size());
        }

        @Override
        public void onState(WalletState state, TrackedWallet wallet, Source source) {
            SmartMoneyTracker.Update u;
            synchronized (tracker) {
                u = tracker.onState(state, clock.millis());
            }
            recorder.onState(state, source == Source.WS ? "ws" : "rest");
            for (WhaleAlert a : u.alerts()) {
                recorder.onAlert(a);
            }
        }

        @Override
        public void onReadFailed(String address, String reason) {
            LOG.debug("smart money: reading {} failed: {}", address, reason);
        }

        @Override
        public void onLeaderboardFailed(String reason) {
            LOG.warn("smart money: leaderboard read failed, the previous wallets stay tracked: {}", reason);
            if (metrics != null) {
                metrics.malformed("leaderboard");
            }
        }
    }
}
