package io.trader.venue.hyperliquid.exec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NonceSourceTest {

    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void joinThreads() throws InterruptedException {
        for (Thread t : threads) {
            t.join(10_000);
        }
    }

    @Test
    void followsTheClockAndNeverRepeatsOrGoesBack() {
        AtomicLong now = new AtomicLong(1_000);
        NonceSource nonces = new NonceSource(now::get, 0);
        assertEquals(1_000, nonces.next());
        assertEquals(1_001, nonces.next()); // clock did not move
        assertEquals(1_002, nonces.next());
        now.set(5_000);
        assertEquals(5_000, nonces.next()); // jumps forward to the clock
        now.set(10);                        // clock steps back
        assertEquals(5_001, nonces.next());
        assertEquals(5_001, nonces.last());
        assertEquals(501, new NonceSource(() -> 10, 500).next()); // restored floor
        assertEquals(77, NonceSource.of(() -> 77).next());
    }

    @Test
    void strictlyIncreasingAndUniqueAcrossThreads() throws InterruptedException {
        int threadCount = 8;
        int perThread = 20_000;
        AtomicLong ticks = new AtomicLong();
        NonceSource nonces = new NonceSource(() -> 1_700_000_000_000L + ticks.incrementAndGet() / 64, 0);
        long[][] seen = new long[threadCount][perThread];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threadCount);
        for (int t = 0; t < threadCount; t++) {
            long[] mine = seen[t];
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        mine[i] = nonces.next();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        done.await();

        long[] all = new long[threadCount * perThread];
        for (int t = 0; t < threadCount; t++) {
            for (int i = 1; i < perThread; i++) {
                assertTrue(seen[t][i] > seen[t][i - 1], "thread " + t + " went back at " + i);
            }
            System.arraycopy(seen[t], 0, all, t * perThread, perThread);
        }
        Arrays.sort(all);
        for (int i = 1; i < all.length; i++) {
            assertTrue(all[i] > all[i - 1], "duplicate nonce " + all[i]);
        }
        assertEquals(all[all.length - 1], nonces.last());
        assertTrue(all[0] >= 1_700_000_000_000L);
    }
}
