package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmartMoneyTrackerTest {

    private static final String WHALE = "0x" + "1".repeat(40);
    private static final String CROWD = "0x" + "2".repeat(40);
    private static final String STRANGER = "0x" + "3".repeat(40);

    private static TrackedWallet wallet(String address, Tier tier, String account) {
        WindowStats w = new WindowStats(new BigDecimal("1000"), new BigDecimal("0.01"), new BigDecimal("100000"));
        return new TrackedWallet(new LeaderboardRow(address, new BigDecimal(account), null,
                Map.of(Window.DAY, w, Window.WEEK, w, Window.MONTH, w, Window.ALL_TIME, w)), tier, 80);
    }

    private static WalletPosition btc(String size) {
        BigDecimal s = new BigDecimal(size);
        return new WalletPosition("BTC", s, new BigDecimal("100000"), s.abs().multiply(new BigDecimal("100000")),
                BigDecimal.ZERO, 10, false, null);
    }

    private static WalletState state(String address, long time, WalletPosition... positions) {
        return WalletState.of(address, time, new BigDecimal("20000000"), List.of(positions));
    }

    private static SmartMoneyTracker tracker() {
        return new SmartMoneyTracker(new TraderWeighting(WeightConfig.DEFAULTS), new AlertDetector(AlertConfig.DEFAULTS),
                new AlertThrottle(ThrottleConfig.DEFAULTS), new BiasCalculator(300_000, 1));
    }

    @Test
    void aBaselineThenOneAlertPerMoveAndNothingOnARereadOrALateRead() {
        SmartMoneyTracker t = tracker();
        assertEquals(2, t.onWallets(List.of(wallet(WHALE, Tier.WHALE, "25000000"),
                wallet(CROWD, Tier.EXTENDED, "50000"))).size());

        SmartMoneyTracker.Update first = t.onState(state(WHALE, 1_000, btc("10")), 1_000);
        assertTrue(first.changed());
        assertTrue(first.alerts().isEmpty(), "first sight is a baseline");

        SmartMoneyTracker.Update same = t.onState(state(WHALE, 2_000, btc("10")), 2_000);
        assertFalse(same.changed());
        assertTrue(same.alerts().isEmpty());

        SmartMoneyTracker.Update flip = t.onState(state(WHALE, 3_000, btc("-5")), 3_000);
        assertTrue(flip.changed());
        assertEquals(1, flip.alerts().size());
        assertEquals(AlertType.REVERSAL, flip.alerts().get(0).type());
        assertEquals(AlertPriority.CRITICAL, flip.alerts().get(0).priority(), "tier 1, $1.5M moved");

        SmartMoneyTracker.Update late = t.onState(state(WHALE, 2_500, btc("10")), 3_100);
        assertFalse(late.changed());
        assertEquals(1, t.lateStates());
        assertEquals(new BigDecimal("-5"), t.latest(WHALE).position("BTC").size(), "the newer state is kept");

        SmartMoneyTracker.Update exit = t.onState(state(WHALE, 4_000), 4_000);
        assertEquals(AlertType.EXIT, exit.alerts().get(0).type());
        assertFalse(t.onState(state(STRANGER, 4_000, btc("1")), 4_000).changed(), "not tracked");
        assertNull(t.latest(STRANGER));
    }

    @Test
    void biasOverTheTrackedWalletsAndReselectionForgetsTheDropped() {
        SmartMoneyTracker t = tracker();
        t.onWallets(List.of(wallet(WHALE, Tier.WHALE, "25000000"), wallet(CROWD, Tier.EXTENDED, "50000")));
        t.onState(state(WHALE, 1_000, btc("10")), 1_000);
        t.onState(state(CROWD, 1_000, btc("-1")), 1_000);
        CoinBias b = t.bias("BTC", 2_000);
        assertEquals(2, b.holders());
        assertEquals(1.0, b.eliteBias());
        assertEquals(-1.0, b.crowdBias());
        double ww = t.weights().stream().filter(w -> w.address().equals(WHALE)).findFirst().orElseThrow().composite();
        double wc = t.weights().stream().filter(w -> w.address().equals(CROWD)).findFirst().orElseThrow().composite();
        assertTrue(ww > wc, "the $25M whale weighs more than the $50k trader");
        assertEquals((ww * 1e6 - wc * 1e5) / (ww * 1e6 + wc * 1e5), b.bias(), 1e-12, "sum(w n) / sum(w |n|)");
        assertEquals(new BigDecimal("900000"), b.netNotional());

        t.onWallets(List.of(wallet(CROWD, Tier.EXTENDED, "50000")));
        assertNull(t.latest(WHALE), "no longer tracked");
        assertEquals(-1.0, t.bias("BTC", 2_000).bias());
        assertEquals(1, t.weights().size());
    }
}
