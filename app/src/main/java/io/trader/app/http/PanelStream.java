package io.trader.app.http;

import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One subscriber's server-sent events: every {@code periodMs} the named JSON documents of {@code source} are read
 * and each one that changed since it was last sent goes out as an event of that name; a {@code ping} every
 * {@value #PING_TICKS} ticks keeps the connection visibly alive. Honours the subscriber's demand (a document
 * that cannot be sent yet is sent at a later tick, as it is then). Runs on the shared scheduler; ends on cancel.
 */
final class PanelStream implements Publisher<Event<String>> {

    static final int PING_TICKS = 10;

    /** A named JSON document, e.g. {@code status} and its JSON. */
    record Doc(String name, String json) {
    }

    private final ScheduledExecutorService scheduler;
    private final long periodMs;
    private final Supplier<List<Doc>> source;

    PanelStream(ScheduledExecutorService scheduler, long periodMs, Supplier<List<Doc>> source) {
        this.scheduler = scheduler;
        this.periodMs = periodMs;
        this.source = source;
    }

    @Override
    public void subscribe(Subscriber<? super Event<String>> subscriber) {
        Feed feed = new Feed(subscriber);
        subscriber.onSubscribe(feed);
        feed.start();
    }

    private final class Feed implements Subscription {
        private final Subscriber<? super Event<String>> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final Map<String, String> sent = new HashMap<>();
        private volatile boolean cancelled;
        private volatile ScheduledFuture<?> task;
        private long ticks;

        Feed(Subscriber<? super Event<String>> subscriber) {
            this.subscriber = subscriber;
        }

        void start() {
            task = scheduler.scheduleWithFixedDelay(this::tick, 0, periodMs, TimeUnit.MILLISECONDS);
            if (cancelled) {
                task.cancel(false);
            }
        }

        private void tick() {
            if (cancelled) {
                return;
            }
            try {
                for (Doc d : source.get()) {
                    if (!d.json().equals(sent.get(d.name())) && take()) {
                        sent.put(d.name(), d.json());
                        subscriber.onNext(Event.of(d.json()).name(d.name()));
                    }
                }
                if (++ticks % PING_TICKS == 0 && take()) {
                    subscriber.onNext(Event.of("{}").name("ping"));
                }
            } catch (RuntimeException e) {
                cancel();
                subscriber.onError(e);
            }
        }

        private boolean take() {
            if (cancelled) {
                return false;
            }
            long d;
            do {
                d = demand.get();
                if (d <= 0) {
                    return false;
                }
            } while (!demand.compareAndSet(d, d == Long.MAX_VALUE ? d : d - 1));
            return true;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request must be positive (rule 3.9), was " + n));
                return;
            }
            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
        }

        @Override
        public void cancel() {
            cancelled = true;
            ScheduledFuture<?> t = task;
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
