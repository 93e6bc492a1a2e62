package io.trader.app.monitoring;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names the dashboards' PromQL reads, and the names a {@code /metrics} exposition carries. A few names
 * exist only in a session on a live venue (rate-limit budgets, the venue's account value): {@link #LIVE_ONLY}, which
 * a paper session does not emit and the multi-venue session on the fakes ({@code MultiVenueOnFakesTest}) must.
 */
public final class DashboardMetrics {

    /** Dashboard metrics only a live venue has; a paper session's /metrics has none of them. */
    public static final Set<String> LIVE_ONLY = Set.of("trader_venue_budget_used_ratio",
            "trader_venue_rate_limited_seconds_total", "trader_venue_account_value", "trader_venue_equity_baseline");

    /**
     * Dashboard metrics only a session running smart money has (the "Smart money" row); a paper session without it
     * emits none, and {@code SmartMoneyDashboardTest} checks that smart money's metrics carry every one.
     */
    public static final Set<String> SMART_MONEY_ONLY = Set.of("trader_smartmoney_bias",
            "trader_smartmoney_bias_confidence", "trader_smartmoney_bias_divergence", "trader_smartmoney_holders",
            "trader_smartmoney_alerts_total", "trader_smartmoney_wallets", "trader_smartmoney_refresh_seconds",
            "trader_smartmoney_feed_requests_total", "trader_smartmoney_feed_rate_limited_total",
            "trader_smartmoney_feed_malformed_total", "trader_smartmoney_leaderboard_timestamp_seconds");

    /**
     * Dashboard metrics only a session with a notification channel configured has (deliveries per channel); a paper
     * session without channels emits none, and {@code NotificationsEndToEndTest} checks a session with channels does.
     */
    public static final Set<String> CHANNELS_ONLY = Set.of("trader_notify_delivered_total",
            "trader_notify_given_up_total");

    private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_:])((?:trader|jvm|process)_[a-z0-9_]+|up)"
            + "(?![A-Za-z0-9_(])");
    /** Label names and values inside {...}, and ranges [...], which are no metric names. */
    private static final Pattern SELECTOR = Pattern.compile("\\{[^}]*}|\\[[^]]*]|by \\([^)]*\\)|on\\([^)]*\\)");

    private DashboardMetrics() {
    }

    /** The metric names an expression reads (sample names: {@code _bucket}, {@code _total} as written). */
    public static Set<String> namesIn(String expr) {
        Set<String> out = new TreeSet<>();
        Matcher m = NAME.matcher(SELECTOR.matcher(expr).replaceAll(" "));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The sample names of a text exposition (format 0.0.4). */
    public static Set<String> sampleNames(String exposition) {
        Set<String> out = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            out.add(line.substring(0, end));
        }
        return out;
    }

    /** The dashboard queries that read live-venue metrics only, as Grafana sends them (every instrument). */
    public static java.util.List<String> liveOnlyQueries() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Repo.Query q : Repo.queries()) {
            if (LIVE_ONLY.containsAll(namesIn(q.expr()))) {
                out.add(Repo.resolve(q.expr()));
            }
        }
        return out;
    }

    /**
     * True when every metric of {@code expr} is one a paper session without a live venue, smart money or a
     * notification channel lacks.
     */
    public static boolean onlyOutsidePaper(String expr) {
        Set<String> names = namesIn(expr);
        return LIVE_ONLY.containsAll(names) || SMART_MONEY_ONLY.containsAll(names) || CHANNELS_ONLY.containsAll(names);
    }

    /** Every metric name the repository's dashboards read. */
    static Set<String> inDashboards() {
        Set<String> out = new TreeSet<>();
        for (Repo.Query q : Repo.queries()) {
            out.addAll(namesIn(q.expr()));
        }
        return out;
    }

    /** A signals key file in {@code dir}: the dashboards' sessions run with signals on, so the signal metrics exist. */
    public static java.nio.file.Path signalKeys(java.nio.file.Path dir) throws java.io.IOException {
        return java.nio.file.Files.writeString(dir.resolve("signal-keys"), "dash=" + java.util.Base64.getEncoder()
                .encodeToString("a dashboard test key of 32 bytes or more".getBytes()) + "\n");
    }
}
