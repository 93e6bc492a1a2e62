package io.trader.app.paper;

import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.run.SessionParts;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer4.core.PaperExchangeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A halt decided by the reconciliation with a live venue goes through the session's durable kill switch: a
 * restarted session whose venue now agrees still stays halted until an authenticated reset.
 */
class VenueHaltSurvivesRestartTest {

    private static final InstrumentSpec SPEC = new InstrumentSpec("BTC", 1, 5);

    /** A venue (simulated underneath) whose reconciliation finds an unexplained difference when told to. */
    private static final class Venue implements VenueBinding {
        private final boolean disagrees;
        int reconciliations;

        Venue(boolean disagrees) {
            this.disagrees = disagrees;
        }

        @Override
        public String name() {
            return "test-venue";
        }

        @Override
        public ExchangePort create(OrderEventListener listener, Executor engineThread) {
            return new PaperExchange(PaperExchangeConfig.DEFAULT, listener, () -> 0L);
        }

        @Override
        public void restore(List<OrderState> storedOpenOrders) {
        }

        @Override
        public io.trader.core.venue.ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
            reconciliations++;
            if (disagrees) {
                halt.accept("reconciliation: BTC position 5 lots at the venue, 0 locally; missed fills explain 0");
            }
            return null;
        }
    }

    @Test
    void aReconciliationHaltIsDurable(@TempDir Path dir) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            bars.add(new Bar(SPEC, i * 60_000L, (i + 1) * 60_000L, 300_000, 300_100, 299_900, 300_050, 1.0));
        }
        TraderSettings settings = TraderSettings.defaults().with("trader.data-dir", dir.resolve("data").toString());
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            Venue disagreeing = new Venue(true);
            PaperSession first = session(settings, db, bars, disagreeing);
            assertTrue(disagreeing.reconciliations > 0);
            assertTrue(first.killSwitch().engaged(), "the unexplained difference halts the session");
            first.stop();

            Venue agreeing = new Venue(false);
            PaperSession second = session(settings, db, bars, agreeing);
            assertTrue(agreeing.reconciliations > 0);
            assertTrue(second.killSwitch().engaged(), "still halted after a restart, though the venue now agrees");
            assertTrue(second.killSwitch().reason().startsWith("reconciliation: BTC position"),
                    second.killSwitch().reason());
            assertTrue(second.resetKillSwitch("checked the venue").notDurable() == null, "the reset is durable");
            assertFalse(second.killSwitch().engaged(), "released only by the reset");
            second.stop();
        }
    }

    private static PaperSession session(TraderSettings settings, Database db, List<Bar> bars, Venue venue) {
        TradingStore store = new TradingStore(db.dataSource(), "venue_halt");
        return new PaperSession(settings, Assembly.SMA_CROSS, "venue_halt",
                new ReplayFeed(bars, 0, Clock.systemUTC(), "replay:test", List.of("BTC")), store,
                Clock.systemUTC(), venue);
    }
}
