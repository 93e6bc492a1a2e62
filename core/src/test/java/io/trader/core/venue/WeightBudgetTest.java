package io.trader.core.venue;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightBudgetTest {

    @Test
    void ordersQueueUntilTheWindowHasRoom() {
        WeightBudget budget = new WeightBudget(1200, 60_000);
        for (int i = 0; i < 60; i++) {
            assertEquals(0, budget.reserve(20, 0), "1200 at once");
        }
        assertEquals(60_000, budget.reserve(20, 0), "the window is full until the first sends stop counting");
        assertEquals(60_000, budget.reserve(20, 0), "room beside the order booked at 60 s");
        assertEquals(120_000, budget.heldMillis(), "two orders held back 60 s each");
        assertEquals(0, budget.reserve(2, 120_000), "everything before 60 s stopped counting");
        assertEquals(120_000, budget.heldMillis());
        assertEquals(1198.0, budget.available(120_000), 1e-9);
    }

    @Test
    void aSendCountsForExactlyOnePeriod() {
        WeightBudget b = new WeightBudget(10, 60_000);
        for (int i = 0; i < 10; i++) {
            assertEquals(0, b.reserve(1, i * 1_000L));
        }
        assertEquals(50_000, b.reserve(1, 10_000), "full until the send at 0 stops counting, at 60 s");
        assertEquals(0, b.reserve(1, 61_000), "the send at 1 s stopped counting at 61 s: 8 + the one at 60 s + 1");
    }

    @Test
    void dataLeavesTheReserveToOrdersAndTakesNothingWhileRefused() {
        WeightBudget b = new WeightBudget(100, 10_000, 30);
        assertEquals(0, b.tryTakeData(50, 0));
        assertEquals(0, b.tryTakeData(20, 0), "50 left, 30 + 20 needed");
        assertEquals(10_000, b.tryTakeData(1, 0), "30 left: room once the sends at 0 stop counting");
        assertEquals(30.0, b.available(0), 1e-9, "a refused data request takes nothing");
        assertEquals(0, b.reserve(30, 0), "orders may use the reserve");
        assertEquals(10_000, b.reserve(1, 0), "and then queue");
        assertEquals(10_000, b.tryTakeData(1, 0), "data counts the booked order and leaves the reserve");
        assertEquals(0, b.tryTakeData(1, 10_000));
    }

    @Test
    void heavyDataGoesOnceNothingElseCounts() {
        WeightBudget b = new WeightBudget(60, 6_000, 50);
        assertEquals(0, b.tryTakeData(20, 0), "20 > 60 - 50, but nothing else counts");
        assertEquals(6_000, b.tryTakeData(20, 0));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(10, 0));
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(10, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(10, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(10, 1).reserve(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new WeightBudget(10, 1).tryTakeData(0, 0));
    }

    /**
     * Random mixes of order reservations and data requests (data polled head-first from its own FIFO queue, as the
     * clients do), checked by brute force: in every window {@code [a, b]} between two sends shorter than the period
     * the weight sent is at most {@code capacity} (the venue's own count); data never leaves less than the reserve;
     * every request is eventually sent.
     */
    @Test
    void noWindowOfAPeriodEverHoldsMoreThanTheLimit() {
        Random random = new Random(13);
        for (int run = 0; run < 200; run++) {
            int capacity = 20 + random.nextInt(200);
            long period = 500 + random.nextInt(5_000);
            int reserve = random.nextInt(capacity / 2);
            List<long[]> sent = simulate(new WeightBudget(capacity, period, reserve), random, capacity, reserve);
            for (int i = 0; i < sent.size(); i++) {
                long sum = 0;
                for (int j = i; j < sent.size(); j++) {
                    sum += sent.get(j)[1];
                    if (sent.get(j)[0] - sent.get(i)[0] < period) {
                        assertTrue(sum <= capacity, "run " + run + ": " + sum + " weight in [" + sent.get(i)[0]
                                + ", " + sent.get(j)[0] + "] > " + capacity);
                    }
                }
            }
        }
    }

    /** Sends as {time, weight}, in time order. */
    private static List<long[]> simulate(WeightBudget budget, Random random, int capacity, int reserve) {
        // events: {time, kind (0 order arrives, 1 data arrives, 2 order send, 3 data poll), weight}
        PriorityQueue<long[]> events = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                : Long.compare(a[3], b[3]));
        long seq = 0;
        int requests = 100 + random.nextInt(100);
        long t = 0;
        for (int i = 0; i < requests; i++) {
            t += random.nextInt(random.nextBoolean() ? 5 : 200);
            boolean order = random.nextInt(3) == 0;
            int weight = order ? 1 + random.nextInt(3) : 1 + random.nextInt(Math.min(30, capacity));
            events.add(new long[]{t, order ? 0 : 1, weight, seq++});
        }
        ArrayDeque<Integer> dataQueue = new ArrayDeque<>();
        boolean pollPending = false;
        List<long[]> sent = new ArrayList<>();
        while (!events.isEmpty()) {
            long[] e = events.poll();
            long now = e[0];
            switch ((int) e[1]) {
                case 0 -> events.add(new long[]{now + budget.reserve((int) e[2], now), 2, e[2], seq++});
                case 2 -> sent.add(new long[]{now, e[2]});
                case 1 -> {
                    dataQueue.add((int) e[2]);
                    if (!pollPending) {
                        pollPending = true;
                        events.add(new long[]{now, 3, 0, seq++});
                    }
                }
                default -> {
                    pollPending = false;
                    while (!dataQueue.isEmpty()) {
                        long wait = budget.tryTakeData(dataQueue.peek(), now);
                        if (wait > 0) {
                            pollPending = true;
                            events.add(new long[]{now + wait, 3, 0, seq++});
                            break;
                        }
                        int w = dataQueue.poll();
                        sent.add(new long[]{now, w});
                        assertTrue(budget.available(now) >= Math.min(reserve, capacity - w) - 1e-9,
                                "data left the reserve to orders");
                    }
                }
            }
        }
        assertEquals(requests, sent.size(), "every request was sent");
        return sent;
    }
}
