package io.trader.app.smartmoney;

import io.prometheus.client.Collector;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.CounterMetricFamily;
import io.prometheus.client.Gauge;
import io.prometheus.client.GaugeMetricFamily;
import io.trader.smartmoney.core.AlertPriority;
import io.trader.smartmoney.core.AlertType;
import io.trader.smartmoney.core.CoinBias;
import io.trader.smartmoney.core.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Smart money's Prometheus metrics, on the session's registry ({@code TradingMetrics.registry()}), so that they are on
 * the app's {@code /metrics}. Read from the board at scrape time:
 * <ul>
 *   <li>{@code trader_smartmoney_alerts_total{type,priority}}: whale alerts the board accepted (every pair from 0);</li>
 *   <li>{@code trader_smartmoney_wallets{tier}}: tracked wallets per tier ({@code 1}, {@code 2}, {@code 3});</li>
 *   <li>{@code trader_smartmoney_bias{coin}}, {@code trader_smartmoney_bias_confidence{coin}},
 *       {@code trader_smartmoney_bias_divergence{coin}} (elite minus crowd), {@code trader_smartmoney_holders{coin}}:
 *       each coin's latest bias (a coin appears with its first bias);</li>
 *   <li>{@code trader_smartmoney_leaderboard_timestamp_seconds}: time of the last leaderboard refresh (once there is
 *       one).</li>
 * </ul>
 * Set by the feed's wiring:
 * <ul>
 *   <li>{@code trader_smartmoney_refresh_seconds{tier}}: the schedule's achieved refresh interval per tier
 *       ({@link #refreshSeconds}); NaN until set;</li>
 *   <li>{@code trader_smartmoney_feed_requests_total{endpoint}}, {@code trader_smartmoney_feed_rate_limited_total{endpoint}}
 *       (HTTP 429 answers) with endpoints {@link #ENDPOINTS}, and {@code trader_smartmoney_feed_malformed_total{what}}
 *       with {@link #MALFORMED} (anything else counts as {@code other}); all from 0.</li>
 * </ul>
 * With a store attached ({@link #attach}): {@code trader_smartmoney_store_write_errors_total},
 * {@code trader_smartmoney_states_written_total} and {@code trader_smartmoney_states_unchanged_total}.
 * Every method may be called from any thread.
 */
public final class SmartMoneyMetrics {

    /**
     * The feed's request kinds: the leaderboard document, a wallet's clearinghouseState, a WebSocket subscription
     * (anything else counts as {@code other}).
     */
    public static final List<String> ENDPOINTS = List.of("leaderboard", "wallet", "websocket", "other");
    /** What a malformed message was. */
    public static final List<String> MALFORMED = List.of("leaderboard", "wallet", "websocket", "other");

    private final SmartMoneyBoard board;
    private final Gauge refresh;
    private final Counter requests;
    private final Counter rateLimited;
    private final Counter malformed;
    private volatile SmartMoneyStore store;

    /** Registers the metrics on {@code registry}, reading the board at each scrape. */
    public SmartMoneyMetrics(CollectorRegistry registry, SmartMoneyBoard board) {
        this.board = board;
        refresh = Gauge.build("trader_smartmoney_refresh_seconds",
                "Achieved refresh interval of the tracked wallets' states per tier (seconds)").labelNames("tier")
                .register(registry);
        requests = Counter.build("trader_smartmoney_feed_requests_total",
                "Requests the smart-money feed sent to the venue").labelNames("endpoint").register(registry);
        rateLimited = Counter.build("trader_smartmoney_feed_rate_limited_total",
                "Smart-money feed requests the venue answered 429 (rate limited)").labelNames("endpoint")
                .register(registry);
        malformed = Counter.build("trader_smartmoney_feed_malformed_total",
                "Smart-money messages dropped as malformed").labelNames("what").register(registry);
        for (Tier t : Tier.values()) {
            refresh.labels(tier(t)).set(Double.NaN);
        }
        for (String e : ENDPOINTS) {
            requests.labels(e);
            rateLimited.labels(e);
        }
        for (String m : MALFORMED) {
            malformed.labels(m);
        }
        new BoardCollector().register(registry);
    }

    /** Adds the store's counters to the metrics. */
    public void attach(SmartMoneyStore store) {
        this.store = store;
    }

    /** The schedule achieved a refresh of {@code tier}'s wallets every {@code seconds}. */
    public void refreshSeconds(Tier tier, double seconds) {
        refresh.labels(tier(tier)).set(seconds);
    }

    /** One request to {@code endpoint} (one of {@link #ENDPOINTS}). */
    public void request(String endpoint) {
        requests.labels(bounded(endpoint, ENDPOINTS)).inc();
    }

    /** The venue answered 429 to a request to {@code endpoint}. */
    public void rateLimited(String endpoint) {
        rateLimited.labels(bounded(endpoint, ENDPOINTS)).inc();
    }

    /** A message of {@code what} (one of {@link #MALFORMED}) was dropped as malformed. */
    public void malformed(String what) {
        malformed.labels(bounded(what, MALFORMED)).inc();
    }

    private static String bounded(String value, List<String> allowed) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return allowed.contains(v) ? v : "other";
    }

    static String tier(Tier t) {
        return Integer.toString(t.number());
    }

    /** The families read from the board (and the store) at scrape time. */
    private final class BoardCollector extends Collector {

        @Override
        public List<MetricFamilySamples> collect() {
            List<MetricFamilySamples> out = new ArrayList<>();
            CounterMetricFamily alerts = new CounterMetricFamily("trader_smartmoney_alerts",
                    "Whale alerts by type and priority", List.of("type", "priority"));
            for (AlertType t : AlertType.values()) {
                for (AlertPriority p : AlertPriority.values()) {
                    alerts.addMetric(List.of(t.name(), p.name()), board.alertCount(t, p));
                }
            }
            out.add(alerts);
            GaugeMetricFamily wallets = new GaugeMetricFamily("trader_smartmoney_wallets",
                    "Tracked wallets per tier", List.of("tier"));
            for (Map.Entry<Tier, Integer> e : board.walletCounts().entrySet()) {
                wallets.addMetric(List.of(tier(e.getKey())), e.getValue());
            }
            out.add(wallets);
            List<String> coin = List.of("coin");
            GaugeMetricFamily bias = new GaugeMetricFamily("trader_smartmoney_bias",
                    "Weighted long/short bias of the tracked wallets per coin, -1..1", coin);
            GaugeMetricFamily confidence = new GaugeMetricFamily("trader_smartmoney_bias_confidence",
                    "Confidence of the coin's bias, 0..1", coin);
            GaugeMetricFamily divergence = new GaugeMetricFamily("trader_smartmoney_bias_divergence",
                    "Tier 1 bias minus Tier 3 bias per coin", coin);
            GaugeMetricFamily holders = new GaugeMetricFamily("trader_smartmoney_holders",
                    "Tracked wallets holding the coin", coin);
            for (CoinBias b : board.biases().values()) {
                List<String> c = List.of(b.coin());
                bias.addMetric(c, b.bias());
                confidence.addMetric(c, b.confidence());
                divergence.addMetric(c, b.divergence());
                holders.addMetric(c, b.holders());
            }
            out.addAll(List.of(bias, confidence, divergence, holders));
            long lb = board.leaderboardTime();
            if (lb >= 0) {
                out.add(new GaugeMetricFamily("trader_smartmoney_leaderboard_timestamp_seconds",
                        "Time of the last leaderboard refresh (Unix seconds)", lb / 1000.0));
            }
            SmartMoneyStore s = store;
            if (s != null) {
                out.add(new CounterMetricFamily("trader_smartmoney_store_write_errors",
                        "Smart-money writes the store could not write", s.writeErrors()));
                out.add(new CounterMetricFamily("trader_smartmoney_states_written",
                        "Wallet states stored (changed since the wallet's previous state)", s.statesWritten()));
                out.add(new CounterMetricFamily("trader_smartmoney_states_unchanged",
                        "Wallet states not stored: equal to the wallet's previous state", s.statesUnchanged()));
            }
            return out;
        }
    }
}
