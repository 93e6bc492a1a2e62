package io.trader.smartmoney.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.testing.SharedData;
import io.trader.smartmoney.data.LeaderboardRow;
import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The weight of the real recorded leaderboard row ({@code shared/hyperliquid/recorded-smart-money/cryptoos-docs/
 * leaderboard.doc-sample.json}), parsed here with Jackson's tree (the feed's streaming decoder is not this test's
 * subject). Skipped when {@code ../shared} is absent.
 */
class RecordedLeaderboardWeightTest {

    private static LeaderboardRow recordedRow() throws IOException {
        Path file = SharedData.sharedFile("hyperliquid/recorded-smart-money/cryptoos-docs/leaderboard.doc-sample.json");
        JsonNode row = new ObjectMapper().readTree(file.toFile()).get("leaderboardRows").get(0);
        Map<Window, WindowStats> windows = new EnumMap<>(Window.class);
        for (JsonNode pair : row.get("windowPerformances")) {
            JsonNode s = pair.get(1);
            windows.put(Window.ofWire(pair.get(0).asText()), new WindowStats(new BigDecimal(s.get("pnl").asText()),
                    new BigDecimal(s.get("roi").asText()), new BigDecimal(s.get("vlm").asText())));
        }
        return new LeaderboardRow(row.get("ethAddress").asText(), new BigDecimal(row.get("accountValue").asText()),
                row.get("displayName").asText(), windows);
    }

    /**
     * Account $48,857,952.33; pnl day 644,054.375913 (roi 1.33582723%), week 3,528,804.427511 (7.29632296%), month
     * 876,456.769935 (1.58501266%), all time 30,223,465.310847 (48.95956489%).
     */
    @Test
    void weightOfTheRecordedRow() throws IOException {
        LeaderboardRow row = recordedRow();
        TraderMetrics m = TraderMetrics.fromWindows(row);
        // segments: rest of month 876,456.769935 - 3,528,804.427511 = -2,652,347.657576 over 23 d = -115,319.4634/d
        //           rest of week 3,528,804.427511 - 644,054.375913 = 2,884,750.051598 over 6 d = 480,791.6753/d
        //           day 644,054.375913
        double[] x = {-2652347.657576 / 23, 2884750.051598 / 6, 644054.375913};
        double mean = (x[0] + x[1] + x[2]) / 3;                                     // 336,508.8626
        double sd = Math.sqrt((Math.pow(x[0] - mean, 2) + Math.pow(x[1] - mean, 2) + Math.pow(x[2] - mean, 2)) / 2);
        assertEquals(mean / sd, m.sharpe(), 1e-9);                                  // 336,508.86 / 399,719.03
        assertEquals(0.841863, m.sharpe(), 1e-6);
        // downside sqrt(115,319.46^2 / 3) = 66,579.72; 336,508.86 / 66,579.72 = 5.05 -> capped at 5
        assertEquals(5.0, m.sortino(), 0);
        assertEquals(1.0, m.consistency(), 0);                                      // all four ROIs positive
        // equity at month start 48,857,952.33 - 876,456.77 = 47,981,495.56; after the rest of the month
        // 45,329,147.90: drawdown 2,652,347.66 / 47,981,495.56 = 5.5279%
        assertEquals(2652347.657576 / 47981495.5608470026, m.maxDrawdown(), 1e-9);
        assertEquals(2.0 / 3, m.winRate(), 0);                                      // two of three segments up
        assertEquals((2884750.051598 + 644054.375913) / 2652347.657576, m.profitFactor(), 1e-9); // 1.330446

        TraderWeighting weighting = new TraderWeighting(WeightConfig.DEFAULTS);
        TraderWeight w = weighting.weigh(row, Tier.WHALE, 0);
        // performance 2 x ((0.841863 + 1) / 3 + 1 + 1 + (1 - 0.055279 / 0.5) + 0.666667 + 1.330446 / 2.330446) / 6
        //   = 2 x (0.613955 + 1 + 1 + 0.889443 + 0.666667 + 0.570897) / 6 = 1.580321
        assertEquals(1.580321, w.performance(), 1e-6);
        assertEquals(3.0, w.size(), 0);                                             // >= $20M
        // blend 0.5 x 0.0133582723 + 0.3 x 0.0729632296 + 0.2 x 0.0158501266 = 0.0317381; 1 + 0.5 x 0.317381
        assertEquals(1 + 0.5 * (0.5 * 0.0133582723 + 0.3 * 0.0729632296 + 0.2 * 0.0158501266) / 0.1, w.recency(),
                1e-12);
        // composite 0.4 x 1.580321 + 0.9 + 0.2 x 1.158691 + 0.1 = 1.863866; score 93.19
        assertEquals(1.863866, w.composite(), 1e-6);
        assertEquals(93.193317, w.score(), 1e-5);

        // selected alone, it is a Tier 1 whale (account >= $10M although its score is under 100)
        TopWalletSelection sel = new TopWalletSelection(SelectionConfig.DEFAULTS, weighting);
        sel.offer(row);
        List<TrackedWallet> tracked = sel.finish();
        assertEquals(1, tracked.size());
        assertEquals(Tier.WHALE, tracked.get(0).tier());
        assertEquals(w.score(), tracked.get(0).score(), 1e-12);
        // and an exclusion list that names it removes it
        TopWalletSelection excluding = new TopWalletSelection(SelectionConfig.DEFAULTS.excluding(
                Set.of(row.address())), weighting);
        excluding.offer(row);
        assertEquals(List.of(), excluding.finish());
    }
}
