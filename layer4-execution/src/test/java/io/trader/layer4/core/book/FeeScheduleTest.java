package io.trader.layer4.core.book;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeScheduleTest {

    @Test
    void theTierIsTheHighestWhoseMinimumTheVolumeReaches() {
        FeeSchedule usdm = FeeSchedule.BINANCE_USDM;
        assertEquals("Regular", usdm.tier(0).name());
        assertEquals("Regular", usdm.tier(14_999_999).name());
        assertEquals("VIP 1", usdm.tier(15_000_000).name(), "Binance tiers start at their threshold");
        assertEquals("VIP 3", usdm.tier(599_999_999).name());
        assertEquals("VIP 9", usdm.tier(Long.MAX_VALUE).name());
        assertEquals(List.of(200L, 500L), List.of(usdm.tier(0).makerPpm(), usdm.tier(0).takerPpm()));

        FeeSchedule hl = FeeSchedule.named("Hyperliquid-Perp");
        assertEquals(14, hl.volumeWindowDays());
        assertEquals("Tier 0", hl.tier(5_000_000).name(), "Hyperliquid tiers apply above their threshold");
        assertEquals("Tier 1", hl.tier(5_000_001).name());
        assertEquals(0, hl.tier(600_000_000).makerPpm());

        FeeSchedule spot = FeeSchedule.named("binance-spot");
        assertEquals(1_000, spot.tier(999_999).takerPpm(), "10 bps regular spot taker");
        assertEquals(420, spot.tier(20_000_000).makerPpm());
        assertThrows(IllegalArgumentException.class, () -> spot.tier(-1));
        assertThrows(IllegalArgumentException.class, () -> FeeSchedule.named("kraken"));
    }

    @Test
    void everyScheduleGetsCheaperUpTheTiers() {
        for (FeeSchedule s : FeeSchedule.ALL) {
            for (int i = 1; i < s.tiers().size(); i++) {
                FeeSchedule.Tier a = s.tiers().get(i - 1);
                FeeSchedule.Tier b = s.tiers().get(i);
                assertTrue(b.makerPpm() <= a.makerPpm() && b.takerPpm() <= a.takerPpm(), s.venue() + " " + b);
                assertTrue(b.makerPpm() <= b.takerPpm(), s.venue() + " " + b);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new FeeSchedule("x", 30,
                List.of(new FeeSchedule.Tier("a", 1, 1, 1))));
    }

    @Test
    void aSimConfigTakesItsFeesFromTheSelectedTierAndTheSimulatorChargesThem() {
        SimConfig config = SimConfig.tiered(0, 0, FeeSchedule.BINANCE_USDM, 60_000_000);
        assertEquals(140, config.makerFeePpm());
        assertEquals(350, config.takerFeePpm());
        BookSimulator sim = new BookSimulator(config, SequenceCheck.Rule.SPOT);
        sim.onEvent(Books.threeByThree(0));
        sim.submit(new OrderCommand.Market(1, 0, io.trader.core.domain.Side.BUY, 4));
        sim.runDue(0);
        SimReport.Fill fill = (SimReport.Fill) sim.drainReports().get(0);
        assertEquals(1, fill.fee(), "3.5 bps of 400 tick-lots = 0.14, rounded up");
        SimConfig vip9 = config.withFees(FeeSchedule.BINANCE_USDM.tier(30_000_000_000L));
        assertEquals(0, vip9.makerFeePpm());
        assertEquals(170, vip9.takerFeePpm());
    }
}
