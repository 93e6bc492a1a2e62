package io.trader.app.venue;

import io.trader.app.paper.PaperSession;
import io.trader.core.domain.Money;
import io.trader.layer5.core.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import static io.trader.app.venue.LiveOnFake.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A position appears at the fake Hyperliquid that no fill explains (opened outside the session). The
 * reconciliation halts, adopts it at the venue's entry price with cash paying for it, so the session's equity moves
 * by the venue's unrealised P&amp;L only (as the venue's account value does), not by the position's notional.
 */
class LiveAdoptionOnFakeHyperliquidTest {

    @Test
    void anUnexplainedPositionIsAdoptedAtTheVenuesCostAndEquityFollowsTheVenue(@TempDir Path dir) throws Exception {
        try (LiveOnFake f = new LiveOnFake(dir, "adopt", dir.resolve("data"))) {
            PaperSession live = f.live;
            long historyEnd = f.md.start(live.parts().risk, 100, f.hl.user(), f.hl.userListener(), status -> { });
            live.warmUpUntil(historyEnd);
            live.start(); // the first reconciliation: flat at both ends, the equity baseline
            assertTrue(!live.parts().killSwitch.state().engaged(), "no halt when both are flat");
            BigDecimal venueStart = LiveReconciliationOnFakeHyperliquidTest.accountValue(f.sim);
            long equityStart = live.parts().portfolio.equityCash();

            BigDecimal mid = f.fake.market().mid("BTC");
            BigDecimal entry = mid.subtract(new BigDecimal("250")).setScale(0, RoundingMode.HALF_EVEN);
            f.sim.setPosition("BTC", new BigDecimal("0.01"), entry);
            boolean[] done = new boolean[1];
            live.runOnEngine(() -> {
                live.reconcileWithVenue();
                done[0] = true;
            });
            waitFor(() -> done[0], "the reconciliation ran");

            assertTrue(live.parts().killSwitch.state().engaged(), "an unexplained position halts");
            assertEquals(f.lots(new BigDecimal("0.01")), live.parts().portfolio.positionLots(f.btc));
            Position p = live.parts().portfolio.positions().stream().filter(x -> x.lots() != 0).findFirst()
                    .orElseThrow();
            assertEquals(cash(entry.multiply(new BigDecimal("0.01"))), p.entryCostCash(),
                    "the venue's cost basis, exactly");
            BigDecimal movedVenue = LiveReconciliationOnFakeHyperliquidTest.accountValue(f.sim).subtract(venueStart);
            BigDecimal movedLocal = Money.toDecimal(live.parts().portfolio.equityCash() - equityStart);
            // the venue's account value moved by its unrealised P&L, about 0.01 x 250 = 2.5; the local equity too
            // (valued at the session's last price instead of the venue's mid: within a dollar)
            assertTrue(movedVenue.compareTo(BigDecimal.ONE) > 0, "the venue's uPnL: " + movedVenue);
            assertTrue(movedLocal.subtract(movedVenue).abs().compareTo(BigDecimal.ONE) < 0,
                    "equity moved " + movedLocal + " locally and " + movedVenue + " at the venue");
            assertTrue(live.parts().killSwitch.state().reason().contains("BTC"),
                    live.parts().killSwitch.state().reason());
        }
    }

    private static long cash(BigDecimal usd) {
        return usd.setScale(Money.CASH_SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
