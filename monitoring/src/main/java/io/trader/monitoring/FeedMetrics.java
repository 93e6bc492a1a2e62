package io.trader.monitoring;

import io.prometheus.client.Counter;
import io.prometheus.client.Gauge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Layer-0 metrics of one market-data stream (a venue subscription such as {@code binance:btcusdt@kline_1m},
 * or {@code replay:BTCUSDT} for bars replayed from a file), from {@link TradingMetrics#feed(String)}.
 * Hold on to it: its calls resolve nothing and allocate nothing, and may come from any thread (a
 * venue's socket thread).
 *
 * <ul>
 *   <li>{@code trader_feed_messages_total{stream}}: {@link #message()} per message received;</li>
 *   <li>{@code trader_feed_rejected_total{stream,reason}}: {@link #rejected(String)} per message or row
 *       that failed validation, reasons from {@link TradingMetrics#FEED_REJECT_REASONS} (anything else is
 *       counted as {@code other}, so the label stays bounded); all reasons start at 0;</li>
 *   <li>{@code trader_feed_staleness_seconds{stream}}: computed at scrape time, the wall-clock age of the
 *       newest message (since the stream was created while none came); {@link #staleness(double)} lets a
 *       shell that knows its newest message is older (exchange event time) say so;</li>
 *   <li>{@code trader_feed_reconnects_total{stream}}: {@link #reconnect()} per reconnection.</li>
 * </ul>
 */
public final class FeedMetrics {

    private final String stream;
    private final Counter.Child messages;
    private final Counter.Child reconnects;
    private final Map<String, Counter.Child> rejected;
    private final Counter.Child otherRejected;
    private final StalenessChild staleness;

    FeedMetrics(MetricFamilies m, String stream, LongSupplier nanoClock) {
        this.stream = stream;
        messages = m.feedMessages.labels(stream);
        reconnects = m.feedReconnects.labels(stream);
        Map<String, Counter.Child> byReason = new HashMap<>();
        for (String reason : TradingMetrics.FEED_REJECT_REASONS) {
            byReason.put(reason, m.feedRejected.labels(stream, reason));
        }
        rejected = Map.copyOf(byReason);
        otherRejected = rejected.get("other");
        staleness = new StalenessChild(nanoClock);
        m.feedStaleness.setChild(staleness, stream);
    }

    public String stream() {
        return stream;
    }

    /** One message arrived now. */
    public void message() {
        messages.inc();
        staleness.touch();
    }

    /** {@code n} messages arrived now (a batch). */
    public void messages(long n) {
        if (n > 0) {
            messages.inc(n);
            staleness.touch();
        }
    }

    /** One message or row was rejected; {@code reason} should be one of {@link TradingMetrics#FEED_REJECT_REASONS}. */
    public void rejected(String reason) {
        rejected(reason, 1);
    }

    /** {@code n} messages or rows were rejected for {@code reason}, e.g. from a file's validation report. */
    public void rejected(String reason, long n) {
        if (n > 0) {
            child(reason).inc(n);
        }
    }

    /**
     * The newest message of the stream is {@code seconds} old now (e.g. its exchange time stamp against
     * the local clock). The gauge keeps ageing from there until the next message.
     */
    public void staleness(double seconds) {
        if (Double.isFinite(seconds) && seconds >= 0) {
            staleness.age(seconds);
        }
    }

    /** The stream's connection was re-established. */
    public void reconnect() {
        reconnects.inc();
    }

    private Counter.Child child(String reason) {
        if (reason == null) {
            return otherRejected;
        }
        Counter.Child c = rejected.get(reason);
        if (c == null) {
            c = rejected.getOrDefault(reason.trim().toLowerCase(Locale.ROOT), otherRejected);
        }
        return c;
    }

    /** A gauge child whose value is the age of the newest message, read at scrape time. */
    static final class StalenessChild extends Gauge.Child {
        private final LongSupplier nanoClock;
        private volatile long lastNanos;

        StalenessChild(LongSupplier nanoClock) {
            this.nanoClock = nanoClock;
            this.lastNanos = nanoClock.getAsLong();
        }

        void touch() {
            lastNanos = nanoClock.getAsLong();
        }

        void age(double seconds) {
            lastNanos = nanoClock.getAsLong() - (long) (seconds * 1e9);
        }

        @Override
        public double get() {
            return Math.max(0, nanoClock.getAsLong() - lastNanos) / 1e9;
        }
    }
}
