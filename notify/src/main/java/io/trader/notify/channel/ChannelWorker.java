package io.trader.notify.channel;

import io.trader.notify.core.Backoff;
import io.trader.notify.core.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers one channel's notifications on its own thread, in order, from a bounded queue: a full queue drops the
 * new notification (counted); a failed attempt is retried on the {@link Backoff} schedule (honouring a server's
 * Retry-After) until delivered or given up. Callers never wait on a channel.
 */
public final class ChannelWorker implements AutoCloseable {

    /** Told how each notification ended (on the worker's thread). */
    public interface Listener {
        void done(String channel, Notification n, int attempts, Delivery last);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ChannelWorker.class);
    private final Channel channel;
    private final Backoff backoff;
    private final ArrayBlockingQueue<Notification> queue;
    private final Listener listener;
    private final Thread thread;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong attemptsFailed = new AtomicLong();
    private final AtomicLong givenUp = new AtomicLong();
    private final AtomicLong queueDropped = new AtomicLong();
    private volatile boolean closed;

    public ChannelWorker(Channel channel, Backoff backoff, int capacity, Listener listener) {
        this.channel = channel;
        this.backoff = backoff;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.listener = listener == null ? (c, n, a, d) -> { } : listener;
        this.thread = new Thread(this::run, "notify-" + channel.name());
        thread.setDaemon(true);
        thread.start();
    }

    public Channel channel() {
        return channel;
    }

    /** Queues {@code n}; false (and counted) when the queue is full or the worker closed. */
    public boolean offer(Notification n) {
        if (closed || !queue.offer(n)) {
            queueDropped.incrementAndGet();
            LOG.warn("notification channel {}: queue full, dropped '{}'", channel.describe(), n.id());
            return false;
        }
        return true;
    }

    public ChannelCounters counters() {
        return new ChannelCounters(delivered.get(), attemptsFailed.get(), givenUp.get(), queueDropped.get(),
                queue.size());
    }

    private void run() {
        while (!closed || !queue.isEmpty()) {
            Notification n;
            try {
                n = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                continue; // closing: the loop ends once the queue is empty
            }
            if (n != null) {
                deliver(n);
            }
        }
    }

    private void deliver(Notification n) {
        int attempts = 0;
        while (true) {
            attempts++;
            Delivery d = channel.send(n);
            if (d instanceof Delivery.Delivered) {
                delivered.incrementAndGet();
                listener.done(channel.name(), n, attempts, d);
                return;
            }
            attemptsFailed.incrementAndGet();
            long wait = d instanceof Delivery.Retry r ? backoff.delayAfter(attempts, r.retryAfterMs())
                    : Backoff.GIVE_UP;
            String reason = d instanceof Delivery.Retry r ? r.reason() : ((Delivery.Failed) d).reason();
            if (wait == Backoff.GIVE_UP || closed && wait > 0) {
                givenUp.incrementAndGet();
                LOG.warn("notification '{}' to {} given up after {} attempts: {}", n.id(), channel.describe(),
                        attempts, reason);
                listener.done(channel.name(), n, attempts, d);
                return;
            }
            LOG.info("notification '{}' to {}: attempt {} failed ({}); retrying in {} ms", n.id(),
                    channel.describe(), attempts, reason, wait);
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                // closing: the next round gives up unless the retry is immediate
            }
        }
    }

    /** Stops taking notifications, delivers what is queued (no further waits), and stops within {@code ms}. */
    public void close(long ms) {
        closed = true;
        thread.interrupt();
        try {
            thread.join(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(5_000);
    }
}
