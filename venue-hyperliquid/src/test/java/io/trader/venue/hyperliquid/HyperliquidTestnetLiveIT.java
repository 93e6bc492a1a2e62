package io.trader.venue.hyperliquid;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.HyperliquidWire;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Live check on Hyperliquid <b>testnet</b>: places one tiny post-only BTC buy at half the mid (far from the market,
 * about $11) and cancels it. Skipped unless {@code HL_TESTNET_KEY} is set; {@code HL_ACCOUNT} names the master
 * account when the key is an API wallet. Not run by {@code mvn verify} (surefire only picks {@code *Test}); run it
 * with {@code ./mvnw -o test -pl layer4-execution -Dtest=HyperliquidTestnetLiveIT}.
 */
class HyperliquidTestnetLiveIT {

    @Test
    void placesAndCancelsOneFarPostOnlyOrderOnTestnet() throws Exception {
        Assumptions.assumeTrue(System.getenv(HyperliquidKeyLoader.TESTNET_ENV) != null,
                "skipped: set HL_TESTNET_KEY to run the testnet check");
        HyperliquidConfig config = HyperliquidConfig.testnet().withAccount(System.getenv("HL_ACCOUNT"), null)
                .withDeadMan(0, 0);
        HyperliquidSigner signer = HyperliquidKeyLoader.fromEnvironment().load(Network.TESTNET, null, null,
                new NonceSource(System::currentTimeMillis, 0));
        Vertx vertx = Vertx.vertx();
        ExecutorService events = Executors.newSingleThreadExecutor();
        try (HyperliquidRaw raw = new HyperliquidRaw(vertx, config, System::currentTimeMillis, Math::random)) {
            HyperliquidInfo info = new HyperliquidInfo(raw);
            HlAsset btc = await(info.meta().toCompletionStage()).stream().filter(a -> a.name().equals("BTC"))
                    .findFirst().orElseThrow();
            BigDecimal mid = await(info.allMids().toCompletionStage()).get("BTC");
            BigDecimal px = HyperliquidWire.roundPrice(mid.divide(BigDecimal.valueOf(2)), btc, RoundingMode.FLOOR);
            BigDecimal sz = new BigDecimal("11").divide(px, btc.szDecimals(), RoundingMode.CEILING);
            InstrumentSpec spec = new InstrumentSpec("BTCUSDT", btc.maxPriceDecimals(), btc.szDecimals());
            List<OrderEvent> seen = new CopyOnWriteArrayList<>();
            try (HyperliquidExchange ex = new HyperliquidExchange(vertx, config, signer, List.of(spec), seen::add,
                    events, System::currentTimeMillis)) {
                await(ex.start());
                String id = "live-it-" + System.currentTimeMillis();
                ex.submit(OrderRequest.limit(id, spec, Side.BUY, spec.lots(sz.doubleValue(), RoundingMode.CEILING),
                        spec.ticks(px), TimeInForce.POST_ONLY, false, System.currentTimeMillis(), "testnet check"));
                OrderEvent first = awaitEvent(seen, id, 0);
                if (!(first instanceof OrderEvent.Accepted)) {
                    fail("testnet did not accept the order: " + first);
                }
                ex.cancel(id, "testnet check done");
                OrderEvent second = awaitEvent(seen, id, 1);
                assertTrue(second instanceof OrderEvent.Cancelled, "expected a cancel, got " + second);
                assertTrue(ex.openOrders().isEmpty());
            }
        } finally {
            events.shutdown();
            events.awaitTermination(5, TimeUnit.SECONDS);
            await(vertx.close().toCompletionStage());
        }
    }

    private static OrderEvent awaitEvent(List<OrderEvent> seen, String id, int index) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            List<OrderEvent> mine = seen.stream().filter(e -> e.clientId().equals(id)).toList();
            if (mine.size() > index) {
                return mine.get(index);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
        throw new AssertionError("no event " + index + " for " + id + " within 30 s: " + seen);
    }

    private static <T> T await(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
