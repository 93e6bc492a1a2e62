package io.trader.smartmoney.feed;

import io.trader.smartmoney.core.Tier;
import io.trader.smartmoney.core.TrackedWallet;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollScheduleTest {

    static final Map<Tier, Long> TARGETS = Map.of(Tier.WHALE, 5_000L, Tier.CORE, 60_000L, Tier.EXTENDED, 90_000L);

    /** Runs the schedule for {@code millis} of simulated time; reads answer after {@code latency}. Returns send times. */
    static List<Long> simulate(PollSchedule s, long millis, long latency, List<TrackedWallet> read) {
        List<Long> sends = new ArrayList<>();
        long nextPush = 0;
        ArrayDeque<long[]> inFlight = new ArrayDeque<>();
        List<String> inFlightAddr = new ArrayList<>();
        long now = 0;
        while (now < millis) {
            if (now >= nextPush) {
                // live WebSocket wallets push about once a second
                for (TrackedWallet w : s.websocket()) {
                    s.fresh(w.address(), now);
                }
                nextPush = now + 1_000;
            }
            while (!inFlight.isEmpty() && inFlight.peek()[0] <= now) {
                inFlight.poll();
                s.fresh(inFlightAddr.remove(0), now);
            }
            PollSchedule.Next n = s.next(now);
            if (n instanceof PollSchedule.Next.Read r) {
                sends.add(now);
                read.add(r.wallet());
                inFlight.add(new long[]{now + latency});
                inFlightAddr.add(r.wallet().address());
            } else {
                long wait = ((PollSchedule.Next.Wait) n).millis();
                assertTrue(wait > 0);
                long until = now + wait;
                if (!inFlight.isEmpty()) {
                    until = Math.min(until, inFlight.peek()[0]);
                }
                now = Math.max(now + 1, Math.min(until, nextPush));
            }
        }
        return sends;
    }

    @Test
    void budgetNeverExceededOverASimulatedHourAndSweepMeasured() {
        // 25 / 125 / 350 with 8 slots and 1000 weight per minute: the defaults' case worked out in the Javadoc
        List<TrackedWallet> wallets = Wallets.of(25, 125, 350);
        PollSchedule s = new PollSchedule(wallets, 8, 1000, 2, TARGETS, 0);
        assertEquals(8, s.websocket().size());
        s.websocket().forEach(w -> s.wsLive(w.address(), true));
        List<TrackedWallet> read = new ArrayList<>();
        List<Long> sends = simulate(s, 3_600_000, 300, read);
        // any 60 s window: at most 1000 + one read of burst
        int j = 0;
        for (int i = 0; i < sends.size(); i++) {
            while (sends.get(i) - sends.get(j) >= 60_000) {
                j++;
            }
            assertTrue(2 * (i - j + 1) <= 1000 + 2, "window ending " + sends.get(i) + ": " + 2 * (i - j + 1));
        }
        assertEquals(2L * sends.size(), s.weightSpent());
        assertTrue(sends.size() >= 29_900, "the pace uses the budget: " + sends.size() + " reads in an hour");
        assertTrue(read.stream().noneMatch(w -> s.websocket().contains(w)), "live WebSocket wallets are not polled");
        assertTrue(s.lastSweepMillis() > 0, "a sweep completed");
        RefreshStats t1 = s.achieved(Tier.WHALE);
        RefreshStats t3 = s.achieved(Tier.EXTENDED);
        assertTrue(t1.max() < 6_000, "Tier 1 (8 WS at 1 s, 17 REST at 5 s): " + t1);
        assertTrue(t3.p50() > 90_000, "Tier 3 slips when the demand (" + s.demandPerMinute() + ") exceeds 1000: " + t3);
        System.out.printf("schedule 500 wallets (8 WS), 1000/min: demand %.0f/min, T1 %s, T2 %s, T3 %s, sweep %d ms%n",
                s.demandPerMinute(), t1, s.achieved(Tier.CORE), t3, s.lastSweepMillis());
    }

    /** The sweep and Tier 3 interval the default selection shape gets at several budgets (figures for the report). */
    @Test
    void sweepTimeAtSeveralBudgets() {
        for (int perMinute : new int[]{800, 1000, 1125, 1200}) {
            PollSchedule s = new PollSchedule(Wallets.of(25, 125, 350), 8, perMinute, 2, TARGETS, 0);
            s.websocket().forEach(w -> s.wsLive(w.address(), true));
            simulate(s, 900_000, 300, new ArrayList<>());
            assertEquals(1124.67, s.demandPerMinute(), 0.01);
            assertTrue(s.lastSweepMillis() > 0);
            System.out.printf("budget %d/min: sweep %d ms, T1 %s, T2 %s, T3 %s%n", perMinute, s.lastSweepMillis(),
                    s.achieved(Tier.WHALE), s.achieved(Tier.CORE), s.achieved(Tier.EXTENDED));
        }
    }

    @Test
    void sweepOfFiveHundredWithinNinetySecondsNeedsAbout667PerMinute() {
        List<TrackedWallet> wallets = Wallets.of(0, 150, 350);
        PollSchedule s = new PollSchedule(wallets, 0, 700, 2,
                Map.of(Tier.WHALE, 5_000L, Tier.CORE, 90_000L, Tier.EXTENDED, 90_000L), 0);
        simulate(s, 600_000, 200, new ArrayList<>());
        System.out.printf("schedule 500 wallets REST only, 700/min: sweep %d ms, T2 %s, T3 %s%n", s.lastSweepMillis(),
                s.achieved(Tier.CORE), s.achieved(Tier.EXTENDED));
        assertTrue(s.lastSweepMillis() > 80_000 && s.lastSweepMillis() <= 91_000, "sweep " + s.lastSweepMillis());
    }

    @Test
    void tierOneIsServedFirstAndOverdueFirstWithinATier() {
        List<TrackedWallet> wallets = Wallets.of(3, 3, 3);
        List<TrackedWallet> reversed = new ArrayList<>(wallets);
        java.util.Collections.reverse(reversed);
        PollSchedule s = new PollSchedule(reversed, 0, 60_000, 2, TARGETS, 0);
        List<Tier> order = new ArrayList<>();
        long now = 0;
        for (int i = 0; i < 9; i++) {
            PollSchedule.Next n = s.next(now);
            if (n instanceof PollSchedule.Next.Wait w) {
                now += w.millis();
                i--;
                continue;
            }
            TrackedWallet w = ((PollSchedule.Next.Read) n).wallet();
            order.add(w.tier());
            s.fresh(w.address(), now);
        }
        assertEquals(List.of(Tier.WHALE, Tier.WHALE, Tier.WHALE, Tier.CORE, Tier.CORE, Tier.CORE, Tier.EXTENDED,
                Tier.EXTENDED, Tier.EXTENDED), order);
        // at 5 s the three whales are due again before anyone else
        PollSchedule.Next n = s.next(5_000);
        assertEquals(Tier.WHALE, assertInstanceOf(PollSchedule.Next.Read.class, n).wallet().tier());
    }

    @Test
    void webSocketWalletsArePolledUntilLiveAndPauseHolds() {
        List<TrackedWallet> wallets = Wallets.of(2, 0, 0);
        PollSchedule s = new PollSchedule(wallets, 1, 60_000, 2, TARGETS, 0);
        assertEquals(List.of(wallets.get(0)), s.websocket());
        // not live yet: both are polled
        assertInstanceOf(PollSchedule.Next.Read.class, s.next(0));
        assertInstanceOf(PollSchedule.Next.Read.class, s.next(10));
        s.fresh(wallets.get(0).address(), 20);
        s.fresh(wallets.get(1).address(), 20);
        s.wsLive(wallets.get(0).address(), true);
        PollSchedule.Next n = s.next(6_000);
        assertEquals(wallets.get(1), assertInstanceOf(PollSchedule.Next.Read.class, n).wallet());
        s.failed(wallets.get(1).address());
        s.pause(20_000);
        assertEquals(new PollSchedule.Next.Wait(9_000), s.next(11_000));
        s.wsLive(wallets.get(0).address(), false);
        n = s.next(20_000);
        assertEquals(wallets.get(0), assertInstanceOf(PollSchedule.Next.Read.class, n).wallet(), "most overdue");
        // a new leaderboard keeps the history: the wallet being read is not handed out again
        s.update(List.of(wallets.get(0)), 20_001);
        assertEquals(List.of(wallets.get(0)), s.websocket());
        assertInstanceOf(PollSchedule.Next.Wait.class, s.next(20_002));
    }

    /** A live WebSocket wallet that pushes nothing (a quiet wallet) is current: it does not hold the next sweep up. */
    @Test
    void aQuietLiveWebSocketWalletDoesNotHoldUpTheSweep() {
        List<TrackedWallet> wallets = Wallets.of(2, 0, 0);
        PollSchedule s = new PollSchedule(wallets, 1, 60_000, 2, TARGETS, 0);
        s.wsLive(wallets.get(0).address(), true);
        s.fresh(wallets.get(0).address(), 100); // its first push
        s.fresh(wallets.get(1).address(), 200);
        assertEquals(200, s.lastSweepMillis(), "the first sweep: both fresh");
        s.fresh(wallets.get(1).address(), 5_200); // the WebSocket wallet stays quiet
        assertEquals(5_000, s.lastSweepMillis(), "the second sweep needs only the polled wallet");
        s.wsLive(wallets.get(0).address(), false);
        s.fresh(wallets.get(1).address(), 10_200); // ends the sweep begun at 5200 (the stream was live then)
        s.fresh(wallets.get(1).address(), 15_200);
        assertEquals(5_000, s.lastSweepMillis(), "a stream that went down: its wallet counts again");
        s.fresh(wallets.get(0).address(), 15_300);
        assertEquals(5_100, s.lastSweepMillis());
    }
}
