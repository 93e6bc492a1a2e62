package io.trader.smartmoney.core;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.trader.smartmoney.core.Fixtures.address;
import static io.trader.smartmoney.core.Fixtures.pos;
import static io.trader.smartmoney.core.Fixtures.state;
import static io.trader.smartmoney.core.Fixtures.weight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The per-coin bias of six hand-made wallets, arithmetic written out. */
class BiasCalculatorTest {

    private static final long NOW = 1_700_000_000_000L;
    private static final long HOUR = 3_600_000L;
    private static final double EPS = 1e-12;

    /**
     * W1 whale (w 2.0): BTC long 10 @ 100,000 = $1,000,000; ETH short 100 @ 2,000 = $200,000 (read 1 s ago).
     * W2 core (w 1.0): BTC short 5 @ 100,000 = $500,000 (5 s ago).
     * W3 extended (w 0.5): BTC long 4 @ 100,000 = $400,000 (1 min ago).
     * W4 extended (w 1.0): BTC short 100 = $10,000,000 but read 2 h ago: stale, does not count.
     * W5 core: never read.
     * W6 extended (w 1.0): BTC short 1 @ 100,000 = $100,000 (10 s ago).
     * Tracked 6, fresh 4 (W1, W2, W3, W6).
     */
    private static List<WalletView> views() {
        List<WalletView> v = new ArrayList<>();
        v.add(new WalletView(weight(address(1), Tier.WHALE, 2.0),
                state(address(1), NOW - 1000, pos("BTC", "10", "100000"), pos("ETH", "-100", "2000"))));
        v.add(new WalletView(weight(address(2), Tier.CORE, 1.0), state(address(2), NOW - 5000,
                pos("BTC", "-5", "100000"))));
        v.add(new WalletView(weight(address(3), Tier.EXTENDED, 0.5), state(address(3), NOW - 60_000,
                pos("BTC", "4", "100000"))));
        v.add(new WalletView(weight(address(4), Tier.EXTENDED, 1.0), state(address(4), NOW - 2 * HOUR,
                pos("BTC", "-100", "100000"))));
        v.add(new WalletView(weight(address(5), Tier.CORE, 1.0), null));
        v.add(new WalletView(weight(address(6), Tier.EXTENDED, 1.0), state(address(6), NOW - 10_000,
                pos("BTC", "-1", "100000"))));
        return v;
    }

    @Test
    void handComputedBtcAndEth() {
        Map<String, CoinBias> all = new BiasCalculator(HOUR, 4).compute(views(), NOW);
        assertEquals(List.of("BTC", "ETH"), List.copyOf(all.keySet()));

        CoinBias btc = all.get("BTC");
        // sum w n = 2 x 1e6 - 1 x 5e5 + 0.5 x 4e5 - 1 x 1e5 = 1.6e6; sum w |n| = 2e6 + 5e5 + 2e5 + 1e5 = 2.8e6
        assertEquals(1.6e6 / 2.8e6, btc.bias(), EPS);                   // 4/7 = 0.571429
        // unweighted: long 1,000,000 + 400,000; short 500,000 + 100,000; net 800,000 (W4's stale 10M excluded)
        assertEquals(0, new BigDecimal("1400000").compareTo(btc.longNotional()));
        assertEquals(0, new BigDecimal("600000").compareTo(btc.shortNotional()));
        assertEquals(0, new BigDecimal("800000").compareTo(btc.netNotional()));
        // elite: W1 alone, long: 1; crowd: W3 (0.5 x 4e5 long) and W6 (1 x 1e5 short): 1e5 / 3e5 = 1/3
        assertEquals(1.0, btc.eliteBias(), EPS);
        assertEquals(1.0 / 3, btc.crowdBias(), EPS);
        assertEquals(2.0 / 3, btc.divergence(), EPS);
        // shares of 2.8e6: elite 2e6 -> 5/7; crowd 3e5 -> 3/28
        assertEquals(5.0 / 7, btc.eliteShare(), EPS);
        assertEquals(3.0 / 28, btc.crowdShare(), EPS);
        // confidence = coverage 4/6 x agreement 4/7 x depth min(1, 4 holders / 4) = 8/21 = 0.380952
        assertEquals(8.0 / 21, btc.confidence(), EPS);
        assertEquals(4, btc.holders());
        assertEquals(6, btc.tracked());
        assertEquals(4, btc.fresh());
        assertEquals(NOW - 1000, btc.time());

        CoinBias eth = all.get("ETH");
        // W1 alone, short: bias -1; net -200,000; elite -1, crowd none 0; depth 1/4
        assertEquals(-1.0, eth.bias(), EPS);
        assertEquals(0, new BigDecimal("-200000").compareTo(eth.netNotional()));
        assertEquals(-1.0, eth.eliteBias(), EPS);
        assertEquals(0.0, eth.crowdBias(), EPS);
        assertEquals(1.0, eth.eliteShare(), EPS);
        assertEquals(0.0, eth.crowdShare(), EPS);
        // 4/6 x 1 x 1/4 = 1/6
        assertEquals(1.0 / 6, eth.confidence(), EPS);
    }

    @Test
    void theFreshnessHorizonDecidesWhatCounts() {
        // a 3 h horizon lets W4's 10M short in: sum w n = 1.6e6 - 1e7 = -8.4e6; gross 2.8e6 + 1e7 = 12.8e6
        CoinBias btc = new BiasCalculator(3 * HOUR, 1).forCoin("BTC", views(), NOW);
        assertEquals(-8.4e6 / 12.8e6, btc.bias(), EPS);
        assertEquals(5, btc.fresh());
        // a 2 s horizon leaves W1 alone: long only
        CoinBias narrow = new BiasCalculator(2000, 1).forCoin("BTC", views(), NOW);
        assertEquals(1.0, narrow.bias(), EPS);
        assertEquals(1, narrow.fresh());
        // coverage 1/6, agreement 1, depth 1 (full depth at 1 holder)
        assertEquals(1.0 / 6, narrow.confidence(), EPS);
    }

    @Test
    void aCoinNobodyHoldsIsNeutral() {
        CoinBias sol = new BiasCalculator(HOUR, 4).forCoin("SOL", views(), NOW);
        assertEquals(0.0, sol.bias(), EPS);
        assertEquals(0.0, sol.confidence(), EPS);
        assertEquals(0, sol.holders());
        assertEquals(NOW, sol.time());
        assertEquals(0, BigDecimal.ZERO.compareTo(sol.netNotional()));
    }

    @Test
    void refusesAWalletGivenTwiceOrAStateOfAnotherWallet() {
        List<WalletView> twice = new ArrayList<>(views());
        twice.add(new WalletView(weight(address(1), Tier.WHALE, 2.0), null));
        assertThrows(IllegalArgumentException.class, () -> new BiasCalculator(HOUR, 1).compute(twice, NOW));
        assertThrows(IllegalArgumentException.class, () -> new WalletView(weight(address(1), Tier.WHALE, 1),
                state(address(2), NOW)));
    }
}
