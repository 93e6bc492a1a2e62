package io.trader.smartmoney.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.trader.smartmoney.core.Fixtures.address;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deduplication and the per-wallet and global minute limits, with their counters. */
class AlertThrottleTest {

    private static final long T0 = 1_700_000_000_000L;

    private static WhaleAlert alert(long wallet, String coin, long time, AlertPriority priority) {
        String a = address(wallet);
        return new WhaleAlert(a + ":" + coin + ":" + time, time, a, Tier.WHALE, coin, AlertType.ENTRY, priority,
                BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("100000"), new BigDecimal("100000"), "test");
    }

    @Test
    void duplicatesAreCountedAndForgottenAfterTheHorizon() {
        AlertThrottle t = new AlertThrottle(new ThrottleConfig(100, 100, 60_000L * 10, 1000));
        WhaleAlert a = alert(1, "BTC", T0, AlertPriority.HIGH);
        assertEquals(AlertThrottle.Decision.ADMITTED, t.offer(a, T0));
        assertEquals(AlertThrottle.Decision.DUPLICATE, t.offer(a, T0 + 1));
        assertEquals(AlertThrottle.Decision.DUPLICATE, t.offer(a, T0 + 600_000 - 1));
        assertEquals(AlertThrottle.Decision.ADMITTED, t.offer(a, T0 + 600_000));
        assertEquals(2, t.admitted());
        assertEquals(2, t.duplicates());
        assertEquals(0, t.suppressed(AlertPriority.HIGH), "duplicates are not rate-limit suppressions");
    }

    @Test
    void dedupeMemoryIsBounded() {
        AlertThrottle t = new AlertThrottle(new ThrottleConfig(100, 100, 3_600_000L, 2));
        WhaleAlert a = alert(1, "BTC", T0, AlertPriority.HIGH);
        t.offer(a, T0);
        t.offer(alert(1, "ETH", T0, AlertPriority.HIGH), T0);
        t.offer(alert(1, "SOL", T0, AlertPriority.HIGH), T0);
        assertEquals(2, t.remembered());
        assertEquals(AlertThrottle.Decision.ADMITTED, t.offer(a, T0), "the oldest id was forgotten");
    }

    @Test
    void perWalletLimitOverASlidingMinute() {
        AlertThrottle t = new AlertThrottle(new ThrottleConfig(2, 100, 3_600_000L, 1000));
        List<WhaleAlert> burst = List.of(alert(1, "A", T0, AlertPriority.MEDIUM), alert(1, "B", T0,
                AlertPriority.MEDIUM), alert(1, "C", T0, AlertPriority.CRITICAL), alert(1, "D", T0,
                AlertPriority.MEDIUM), alert(2, "A", T0, AlertPriority.MEDIUM));
        List<WhaleAlert> passed = t.admit(burst, T0);
        assertEquals(List.of("A", "B", "A"), passed.stream().map(WhaleAlert::coin).toList());
        assertEquals(2, t.walletLimited());
        assertEquals(1, t.suppressed(AlertPriority.CRITICAL));
        assertEquals(1, t.suppressed(AlertPriority.MEDIUM));
        // 59.999 s later the minute still holds two of wallet 1's; at 60 s they have left it
        assertEquals(AlertThrottle.Decision.WALLET_LIMITED, t.offer(alert(1, "E", T0, AlertPriority.HIGH),
                T0 + 59_999));
        assertEquals(AlertThrottle.Decision.ADMITTED, t.offer(alert(1, "F", T0, AlertPriority.HIGH), T0 + 60_000));
        assertEquals(3, t.walletLimited());
        assertEquals(4, t.admitted());
    }

    @Test
    void globalLimitOverASlidingMinute() {
        AlertThrottle t = new AlertThrottle(new ThrottleConfig(10, 3, 3_600_000L, 1000));
        for (int w = 1; w <= 5; w++) {
            t.offer(alert(w, "BTC", T0, AlertPriority.HIGH), T0 + w);
        }
        assertEquals(3, t.admitted());
        assertEquals(2, t.globalLimited());
        assertEquals(0, t.walletLimited());
        assertEquals(2, t.suppressed(AlertPriority.HIGH));
        // a suppressed alert's id is not remembered: the same change passes once the minute has room
        assertEquals(AlertThrottle.Decision.ADMITTED, t.offer(alert(4, "BTC", T0, AlertPriority.HIGH),
                T0 + 60_001));
        assertEquals(0, t.duplicates());
    }
}
