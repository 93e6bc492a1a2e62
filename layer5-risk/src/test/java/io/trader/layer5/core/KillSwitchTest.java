package io.trader.layer5.core;

import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KillSwitchTest {

    final List<RiskEvent> events = Collections.synchronizedList(new ArrayList<>());
    final KillSwitch killSwitch = new KillSwitch(events::add);

    @Test
    void engageTwiceKeepsTheFirstReasonAndEmitsOnce() {
        assertTrue(killSwitch.engage("drawdown", true, 10));
        assertFalse(killSwitch.engage("operator", false, 20));

        assertEquals(new KillSwitchState(true, "drawdown", 10, true), killSwitch.state());
        assertEquals("drawdown", killSwitch.reason());
        assertEquals(10, killSwitch.since());
        assertEquals(List.of(new RiskEvent.KillSwitchEngaged("drawdown", true, 10)), events);
    }

    @Test
    void resetReleasesOnceAndIsANoOpWhenOff() {
        assertFalse(killSwitch.reset("nothing to do", 1));
        killSwitch.engage("operator", false, 10);
        assertTrue(killSwitch.reset("all clear", 20));
        assertFalse(killSwitch.reset("again", 30));

        assertFalse(killSwitch.engaged());
        assertEquals(List.of(new RiskEvent.KillSwitchEngaged("operator", false, 10),
                new RiskEvent.KillSwitchReset("all clear", 20)), events);
    }

    @Test
    void restoreSetsStateWithoutEvents() {
        killSwitch.restore(true, "before restart", 99);
        assertEquals(new KillSwitchState(true, "before restart", 99, false), killSwitch.state());
        assertEquals(List.of(), events);
    }

    @Test
    void concurrentEngagesEngageExactlyOnce() throws InterruptedException {
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger winners = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String reason = "t" + i;
            long time = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (killSwitch.engage(reason, false, time)) {
                    winners.incrementAndGet();
                }
            });
            t.start();
            workers.add(t);
        }
        start.countDown();
        for (Thread t : workers) {
            t.join(10_000);
            assertFalse(t.isAlive());
        }

        assertEquals(1, winners.get());
        assertEquals(1, events.size());
        RiskEvent.KillSwitchEngaged engaged = (RiskEvent.KillSwitchEngaged) events.get(0);
        assertEquals(killSwitch.reason(), engaged.reason());
        assertEquals(killSwitch.since(), engaged.time());
    }
}
