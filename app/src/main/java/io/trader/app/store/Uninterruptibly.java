package io.trader.app.store;

import java.util.concurrent.BlockingQueue;

/**
 * Waiting that an interrupt cannot cut short (a store's writer must not lose a queued write or stop half-way), with
 * the interrupt restored once the wait is over.
 */
public final class Uninterruptibly {

    private Uninterruptibly() {
    }

    /** Puts {@code item} on {@code queue}, waiting for room however often interrupted. */
    public static <T> void put(BlockingQueue<T> queue, T item) {
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(item);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code thread} ends, however often interrupted. */
    public static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
