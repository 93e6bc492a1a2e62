package io.trader.app.smartmoney;

import io.trader.smartmoney.core.WhaleAlert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches a {@link SmartMoneyBoard} from its own thread (every millisecond) and notes when each whale alert first
 * appeared there, so a test can measure the time from a position change at the fake to the alert on the board (what
 * the HTTP API serves). The polling adds at most about a millisecond to each latency.
 */
final class AlertWatch implements AutoCloseable {

    /** An alert and the {@link System#nanoTime} it was first seen on the board. */
    record Seen(WhaleAlert alert, long nanos) {
    }

    private final SmartMoneyBoard board;
    private final Set<String> ids = new HashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    AlertWatch(SmartMoneyBoard board) {
        this.board = board;
        this.thread = new Thread(this::run, "alert-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            long now = System.nanoTime();
            List<WhaleAlert> recent = board.recentAlerts(board.alertCapacity());
            synchronized (this) {
                for (int i = recent.size() - 1; i >= 0; i--) { // oldest first
                    if (ids.add(recent.get(i).id())) {
                        seen.add(new Seen(recent.get(i), now));
                    }
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Alerts of {@code address} in {@code coin} (any coin when null) first seen at or after {@code sinceNanos}. */
    synchronized List<Seen> of(String address, String coin, long sinceNanos) {
        List<Seen> out = new ArrayList<>();
        for (Seen s : seen) {
            if (s.nanos() >= sinceNanos && s.alert().address().equals(address)
                    && (coin == null || s.alert().coin().equals(coin))) {
                out.add(s);
            }
        }
        return out;
    }

    synchronized int size() {
        return seen.size();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(2_000);
    }
}
