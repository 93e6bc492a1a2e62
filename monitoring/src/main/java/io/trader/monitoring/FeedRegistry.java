package io.trader.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The feed streams' metrics, bounded: past {@value TradingMetrics#MAX_STREAMS} names new ones share "other". */
final class FeedRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRegistry.class);
    private final MetricFamilies m;
    private final LongSupplier nanoClock;
    private final Map<String, FeedMetrics> feeds = new ConcurrentHashMap<>();

    FeedRegistry(MetricFamilies m, LongSupplier nanoClock) {
        this.m = m;
        this.nanoClock = nanoClock;
    }

    FeedMetrics get(String stream) {
        if (stream == null || stream.isBlank()) {
            throw new IllegalArgumentException("stream must not be blank");
        }
        FeedMetrics f = feeds.get(stream);
        if (f != null) {
            return f;
        }
        synchronized (feeds) {
            f = feeds.get(stream);
            if (f == null) {
                if (feeds.size() >= TradingMetrics.MAX_STREAMS && !"other".equals(stream)) {
                    LOG.warn("more than {} feed streams; '{}' is counted as stream 'other'",
                            TradingMetrics.MAX_STREAMS, stream);
                    return get("other");
                }
                f = new FeedMetrics(m, stream, nanoClock);
                feeds.put(stream, f);
            }
            return f;
        }
    }
}
