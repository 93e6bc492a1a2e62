package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletState;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.trader.smartmoney.core.Fixtures.address;
import static io.trader.smartmoney.core.Fixtures.pos;
import static io.trader.smartmoney.core.Fixtures.state;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every alert type fires exactly once per change and never on noise. */
class AlertDetectorTest {

    private static final String W = address(0xabcdef);
    private final AlertDetector detector = new AlertDetector(AlertConfig.DEFAULTS);

    /** A whale's reads over time; between the moves the same state is re-read, or jitters below the threshold. */
    @Test
    void eachChangeFiresOnceAndNoiseNever() {
        List<WalletState> reads = List.of(
                state(W, 1000, pos("BTC", "10", "100000")),                                   // first sight
                state(W, 2000, pos("BTC", "10", "100000")),                                   // re-read
                state(W, 2000, pos("BTC", "10", "100000")),                                   // same read again
                state(W, 3000, pos("BTC", "10.2", "100500")),                                 // +2% jitter, price move
                state(W, 4000, pos("BTC", "10.2", "100500"), pos("ETH", "-100", "3000")),    // ENTRY ETH
                state(W, 5000, pos("BTC", "10.2", "100500"), pos("ETH", "-100", "3010")),    // mark only
                state(W, 6000, pos("BTC", "13", "100000"), pos("ETH", "-100", "3000")),      // SIZE BTC +27.5%
                state(W, 7000, pos("BTC", "13", "100000"), pos("ETH", "-99", "3000")),       // -1% jitter
                state(W, 8000, pos("BTC", "-2", "100000"), pos("ETH", "-99", "3000")),       // REVERSAL BTC
                state(W, 9000, pos("BTC", "-2", "100000")),                                   // EXIT ETH
                state(W, 9000, pos("BTC", "-2", "100000")),                                   // re-read
                state(W, 10000));                                                             // EXIT BTC
        List<WhaleAlert> alerts = new ArrayList<>();
        WalletState previous = null;
        for (WalletState s : reads) {
            alerts.addAll(detector.detect(previous, s, Tier.WHALE));
            previous = s;
        }
        assertEquals(List.of("ENTRY ETH 4000", "SIZE BTC 6000", "REVERSAL BTC 8000", "EXIT ETH 9000",
                        "EXIT BTC 10000"),
                alerts.stream().map(a -> a.type() + " " + a.coin() + " " + a.time()).toList());

        WhaleAlert entry = alerts.get(0);
        // 100 x 3000 = $300,000; Tier 1 below $1M: HIGH
        assertEquals(0, new BigDecimal("300000").compareTo(entry.notional()));
        assertEquals(AlertPriority.HIGH, entry.priority());
        assertEquals(W + ":ETH:4000", entry.id());
        assertEquals(0, BigDecimal.ZERO.compareTo(entry.previousSize()));
        assertEquals(0, new BigDecimal("-100").compareTo(entry.newSize()));

        WhaleAlert size = alerts.get(1);
        // 10.2 -> 13: +2.8 (27.45% >= 25%) x 100,000 = $280,000
        assertEquals(0, new BigDecimal("280000").compareTo(size.notional()));
        assertEquals(AlertPriority.HIGH, size.priority());

        WhaleAlert reversal = alerts.get(2);
        // 13 -> -2: 15 x 100,000 = $1,500,000; Tier 1 >= $1M: CRITICAL
        assertEquals(0, new BigDecimal("1500000").compareTo(reversal.notional()));
        assertEquals(AlertPriority.CRITICAL, reversal.priority());
        assertEquals("0x0000…cdef (tier 1) reversed BTC long 13 -> short 2 ($1.5M)", reversal.detail());

        WhaleAlert exitEth = alerts.get(3);
        // exit valued at the previous read's mark: 99 x 3000 = $297,000
        assertEquals(0, new BigDecimal("297000").compareTo(exitEth.notional()));
        assertEquals(0, new BigDecimal("3000").compareTo(exitEth.price()));
        assertEquals(0, BigDecimal.ZERO.compareTo(exitEth.newSize()));
    }

    @Test
    void firstSightIsABaselineNotAMove() {
        assertEquals(List.of(), detector.detect(null, state(W, 1000, pos("BTC", "500", "100000")), Tier.WHALE));
    }

    @Test
    void aLateReadMakesNoAlert() {
        WalletState newer = state(W, 5000, pos("BTC", "10", "100000"));
        WalletState older = state(W, 4000);
        assertEquals(List.of(), detector.detect(newer, older, Tier.WHALE));
    }

    @Test
    void sizeThresholdIsInclusiveAndNeedsTheMinimumNotional() {
        WalletState base = state(W, 1000, pos("BTC", "10", "100000"));
        // +25% exactly: 2.5 x 100,000 = $250,000 -> SIZE
        assertEquals(1, detector.detect(base, state(W, 2000, pos("BTC", "12.5", "100000")), Tier.CORE).size());
        // +24%: none
        assertEquals(0, detector.detect(base, state(W, 2000, pos("BTC", "12.4", "100000")), Tier.CORE).size());
        // -30% cut: SIZE
        assertEquals(AlertType.SIZE,
                detector.detect(base, state(W, 2000, pos("BTC", "7", "100000")), Tier.CORE).get(0).type());
        // doubling a 0.2 BTC position: +0.2 x 100,000 = $20,000 < $50,000 size minimum: none
        WalletState small = state(W, 1000, pos("BTC", "0.2", "100000"));
        assertEquals(0, detector.detect(small, state(W, 2000, pos("BTC", "0.4", "100000")), Tier.WHALE).size());
        // a dust entry of $5,000 < $10,000: none; a $10,000 entry: ENTRY
        assertEquals(0, detector.detect(state(W, 1000), state(W, 2000, pos("SOL", "25", "200")), Tier.WHALE).size());
        assertEquals(1, detector.detect(state(W, 1000), state(W, 2000, pos("SOL", "50", "200")), Tier.WHALE).size());
    }

    @Test
    void priorityFromTierAndNotional() {
        AlertConfig c = AlertConfig.DEFAULTS;
        assertEquals(AlertPriority.CRITICAL, c.priority(Tier.WHALE, new BigDecimal("1000000")));
        assertEquals(AlertPriority.HIGH, c.priority(Tier.WHALE, new BigDecimal("999999.99")));
        assertEquals(AlertPriority.HIGH, c.priority(Tier.WHALE, new BigDecimal("20000")));
        assertEquals(AlertPriority.HIGH, c.priority(Tier.CORE, new BigDecimal("250000")));
        assertEquals(AlertPriority.MEDIUM, c.priority(Tier.CORE, new BigDecimal("249999.99")));
        assertEquals(AlertPriority.HIGH, c.priority(Tier.EXTENDED, new BigDecimal("1000000")));
        assertEquals(AlertPriority.MEDIUM, c.priority(Tier.EXTENDED, new BigDecimal("999999")));
        assertEquals(AlertPriority.CRITICAL, c.priority(Tier.EXTENDED, new BigDecimal("5000000")));
        // the detector applies it: a Tier 3 reversal of 15 BTC = $1.5M is HIGH
        WhaleAlert a = detector.detect(state(W, 1, pos("BTC", "10", "100000")),
                state(W, 2, pos("BTC", "-5", "100000")), Tier.EXTENDED).get(0);
        assertEquals(AlertType.REVERSAL, a.type());
        assertEquals(AlertPriority.HIGH, a.priority());
    }

    @Test
    void refusesStatesOfTwoWallets() {
        assertThrows(IllegalArgumentException.class,
                () -> detector.detect(state(W, 1), state(address(1), 2), Tier.WHALE));
        assertThrows(IllegalArgumentException.class,
                () -> detector.detect(state(W, 2), state(address(1), 1), Tier.WHALE));
    }
}
