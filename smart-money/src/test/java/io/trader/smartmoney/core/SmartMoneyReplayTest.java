package io.trader.smartmoney.core;

import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmartMoneyReplayTest {

    private static final String A = "0x" + "a".repeat(40);

    private static SmartMoneyTracker tracker() {
        return new SmartMoneyTracker(new TraderWeighting(WeightConfig.DEFAULTS), new AlertDetector(AlertConfig.DEFAULTS),
                new AlertThrottle(ThrottleConfig.DEFAULTS), new BiasCalculator(600_000, 1));
    }

    private static Recorded.State state(long t, String size) {
        BigDecimal s = new BigDecimal(size);
        WalletPosition p = new WalletPosition("ETH", s, new BigDecimal("3000"), s.abs().multiply(new BigDecimal("3000")),
                BigDecimal.ZERO, 5, false, null);
        return new Recorded.State(t, WalletState.of(A, t, new BigDecimal("1000000"), List.of(p)));
    }

    @Test
    void eachStepSeesOnlyWhatWasRecordedByThen() {
        WindowStats w = new WindowStats(BigDecimal.ONE, new BigDecimal("0.01"), BigDecimal.TEN);
        TrackedWallet wallet = new TrackedWallet(new LeaderboardRow(A, new BigDecimal("1000000"), null,
                Map.of(Window.DAY, w, Window.WEEK, w, Window.MONTH, w, Window.ALL_TIME, w)), Tier.CORE, 70);
        List<Recorded> events = List.of(new Recorded.Selection(10_000, List.of(wallet)), state(20_000, "2"),
                state(130_000, "-1"), state(70_000, "5"), state(250_000, "-3"));
        List<long[]> steps = new ArrayList<>();
        List<Double> biases = new ArrayList<>();
        SmartMoneyReplay replay = new SmartMoneyReplay(tracker(), 60_000);
        replay.replay(events, (t, byCoin) -> {
            steps.add(new long[]{t});
            biases.add(byCoin.containsKey("ETH") ? byCoin.get("ETH").bias() : Double.NaN);
        });
        assertEquals(List.of(60_000L, 120_000L, 180_000L, 240_000L, 300_000L),
                steps.stream().map(a -> a[0]).toList());
        // 60 000 and 120 000 see the long from 20 000; 180 000 and 240 000 the short from 130 000; the late 70 000
        // read is skipped; 300 000 sees the short from 250 000
        assertEquals(List.of(1.0, 1.0, -1.0, -1.0, -1.0), biases);
        assertEquals(1, replay.outOfOrder());
    }
}
