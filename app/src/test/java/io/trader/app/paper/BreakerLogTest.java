package io.trader.app.paper;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.trader.app.config.TraderSettings;
import io.trader.app.run.Assembly;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A paper session logs exactly one line when a breaker trips and one when it clears or is reset. */
class BreakerLogTest {

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(BreakerLog.class);

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void oneLinePerTripAndPerClearNoneForOtherEvents() {
        BreakerLog log = new BreakerLog("s1");
        log.onRiskEvent(new RiskEvent.BreakerTripped("max_drawdown",
                "equity 80000 is 20.00% below peak 100000 (limit 20.00%)", 1_629_817_200_000L));
        log.onRiskEvent(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.BREAKER_HALT, "halted", 1_629_817_200_001L));
        log.onRiskEvent(new RiskEvent.KillSwitchEngaged("x", false, 1_629_817_200_002L));
        log.onRiskEvent(new RiskEvent.BreakerCleared("max_drawdown", "reset: checked\r\nFORGED line", 1_629_900_000_000L));

        assertEquals(2, lines.list.size(), lines.list.toString());
        String trip = lines.list.get(0).getFormattedMessage();
        assertEquals("session 's1': breaker max_drawdown TRIPPED at 2021-08-24T15:00:00Z: equity 80000 is 20.00% "
                + "below peak 100000 (limit 20.00%); orders that add risk are refused until it is reset "
                + "(POST /api/v1/risk/breakers/reset)", trip);
        String cleared = lines.list.get(1).getFormattedMessage();
        assertTrue(cleared.startsWith("session 's1': breaker max_drawdown cleared at 2021-08-25T14:00:00Z: reset: "
                + "checked"), cleared);
        assertFalse(cleared.contains("\n") || cleared.contains("\r"), "user text cannot start a second line");
    }

    /** Wired into the paper session: a tiny daily-loss limit trips during a replay and the log says so. */
    @Test
    void aPaperSessionLogsItsBreakerTrips(@TempDir Path dir) throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        List<Bar> bars = s.bars().subList(0, 400);
        TraderSettings settings = TraderSettings.defaults().with("trader.risk.max-daily-loss", "0.0001");
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")));
             TradingStore store = new TradingStore(db.dataSource(), "brklog")) {
            PaperSession session = new PaperSession(settings, Assembly.SMA_CROSS, "brklog",
                    new ReplayFeed(bars, 0, Clock.systemUTC(), "replay:test-" + s.symbol(), List.of(s.symbol())), store,
                    Clock.systemUTC());
            session.start();
            session.finished().get();
            session.stop();
        }
        long trips = lines.list.stream().filter(e -> e.getFormattedMessage().contains("breaker daily_loss TRIPPED at "))
                .count();
        long clears = lines.list.stream().filter(e -> e.getFormattedMessage().contains("breaker daily_loss cleared at "))
                .count();
        assertTrue(trips >= 1, "the trip is logged: " + lines.list);
        assertTrue(clears == trips || clears == trips - 1, "each trip clears on the next UTC day (the last one may "
                + "still be tripped): " + trips + " trips, " + clears + " clears");
        assertEquals(trips + clears, lines.list.size(), "one line per trip and per clear, nothing else");
    }
}
