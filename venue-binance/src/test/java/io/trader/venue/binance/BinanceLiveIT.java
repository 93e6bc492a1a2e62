package io.trader.venue.binance;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real spot TESTNET (never mainnet): places a BTCUSDT buy 20% under the last price and cancels it. Runs only
 * when BINANCE_API_KEY and BINANCE_API_SECRET are set (testnet keys).
 */
@EnabledIfEnvironmentVariable(named = "BINANCE_API_KEY", matches = ".+")
@EnabledIfEnvironmentVariable(named = "BINANCE_API_SECRET", matches = ".+")
class BinanceLiveIT {

    @Test
    void placesAndCancelsAFarOffLimitOnTestnet() throws Exception {
        Vertx vertx = Vertx.vertx();
        var engine = Executors.newSingleThreadExecutor();
        EventRecorder events = new EventRecorder();
        BinanceConfig config = BinanceConfig.testnet();
        BinanceExchange ex = new BinanceExchange(vertx, config, BinanceKeyLoader.fromEnvironment().load(null), events,
                engine, System::currentTimeMillis);
        try {
            Poll.await(ex.start());
            BinanceInstrument btc = ex.instrument("BTCUSDT").orElseThrow();
            var bids = Poll.await(ex.depth("BTCUSDT", 5)).path("bids");
            BigDecimal far = new BigDecimal(bids.get(0).get(0).asText()).multiply(new BigDecimal("0.8"))
                    .divide(btc.tickSize(), 0, RoundingMode.DOWN).multiply(btc.tickSize());
            long lots = btc.minNotional().multiply(new BigDecimal("2")).divide(far, btc.spec().qtyScale(),
                    RoundingMode.UP).movePointRight(btc.spec().qtyScale()).longValueExact();
            String id = "it-" + System.currentTimeMillis();
            ex.submit(OrderRequest.limit(id, btc.spec(), Side.BUY, lots, btc.spec().ticks(far), TimeInForce.GTC,
                    false, 0, "live IT"));
            Poll.until(() -> events.kinds(id).contains("Accepted") || events.kinds(id).contains("Rejected"),
                    events::describe);
            assertTrue(events.kinds(id).contains("Accepted"), events.describe());
            ex.cancel(id, "live IT done");
            Poll.until(() -> events.kinds(id).contains("Cancelled"), events::describe);
        } finally {
            ex.stop();
            engine.shutdown();
            engine.awaitTermination(5, TimeUnit.SECONDS);
            vertx.close();
        }
    }
}
