package io.trader.venue.kraken;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.venue.ReconciliationResult;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Read-only check against live Kraken (api.kraken.com), skipped unless {@code KRAKEN_API_KEY} and
 * {@code KRAKEN_API_SECRET} are set: starts the adapter (AssetPairs, Balance) and reconciles (OpenOrders,
 * ClosedOrders, TradesHistory, BalanceEx, TradeBalance, Ticker). It places no order. Not run by {@code mvn verify}
 * (surefire only picks {@code *Test}); run it with {@code ./mvnw -o test -pl venue-kraken -Dtest=KrakenLiveIT}.
 */
class KrakenLiveIT {

    @Test
    void startsAndReconcilesReadOnly() {
        KrakenKeyLoader keys = KrakenKeyLoader.fromSystem();
        Assumptions.assumeTrue(System.getenv(KrakenKeyLoader.KEY_ENV) != null
                && System.getenv(KrakenKeyLoader.SECRET_ENV) != null, "skipped: KRAKEN_API_KEY/SECRET not set");
        Vertx vertx = Vertx.vertx();
        var events = Executors.newSingleThreadExecutor();
        KrakenExchange ex = new KrakenExchange(vertx, KrakenConfig.mainnet(true, "USDT"), keys.load(null),
                List.of(new InstrumentSpec("BTCUSDT", 1, 8)), e -> { }, events, System::currentTimeMillis);
        try {
            Poll.await(ex.start());
            assertNull(ex.haltReason());
            ReconciliationResult r = Poll.await(ex.reconcile(Map.of(), List.of(),
                    System.currentTimeMillis() - 86_400_000L));
            assertNotNull(r.margin());
            assertEquals(0, ex.rateLimitedAnswers());
        } finally {
            ex.stop();
            events.shutdownNow();
            vertx.close();
        }
    }
}
