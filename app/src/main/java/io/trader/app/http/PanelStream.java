package io.trader.app.http;

import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One subscriber's server-sent events: every {@code periodMs} the named JSON documents of {@code source} are read
 * and each one that changed since it was last sent goes out as an event of that name; a {@code ping} every
 * {@value #PING_TICKS} ticks keeps the connection visibly alive. Honours the subscriber's demand: a document that
 * cannot be sent yet waits (only its newest version) and goes out as soon as the subscriber asks for more. Reads
 * on the shared scheduler; ends on cancel.
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
        /** Per name, the newest JSON not sent yet; names keep the order they were first seen in. */
        private final Map<String, String> pending = new ConcurrentHashMap<>();
        private final Map<String, String> sent = new ConcurrentHashMap<>();
        private final List<String> names = new CopyOnWriteArrayList<>();
        /** Serialises the drains (tick thread, the server's threads asking for more) without blocking them. */
        private final AtomicInteger work = new AtomicInteger();
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
                    offer(d.name(), d.json());
                }
                if (++ticks % PING_TICKS == 0) {
                    offer("ping", "{}");
                }
            } catch (RuntimeException e) {
                cancel();
                subscriber.onError(e);
                return;
            }
            drain();
        }

        private void offer(String name, String json) {
            if (!names.contains(name)) {
                names.add(name);
            }
            if (name.equals("ping") || !json.equals(sent.get(name))) {
                pending.put(name, json);
            } else {
                pending.remove(name);
            }
        }

        /** Sends what is pending while there is demand; whoever finds a drain running leaves the work to it. */
        private void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                for (String name : names) {
                    if (cancelled || demand.get() <= 0) {
                        break;
                    }
                    String json = pending.remove(name);
                    if (json != null) {
                        demand.decrementAndGet();
                        sent.put(name, json);
                        subscriber.onNext(Event.of(json).name(name));
                    }
                }
                missed = work.addAndGet(-missed);
            } while (missed != 0);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancel();
                subscriber.onError(new IllegalArgumentException("request must be positive (rule 3.9), was " + n));
                return;
            }
            demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
            drain();
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
