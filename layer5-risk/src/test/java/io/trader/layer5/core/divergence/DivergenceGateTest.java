package io.trader.layer5.core.divergence;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The gate on a breaker whose BTC is halted (Binance 50 100 vs Hyperliquid 49 800 for 10 s) and ETH is not.
 * Orders are Binance's {@code BTCUSDT} and Hyperliquid's {@code BTC}; both map to the asset {@code BTC}.
 */
class DivergenceGateTest {

    static final InstrumentSpec BTCUSDT = new InstrumentSpec("BTCUSDT", 2, 3);
    static final InstrumentSpec HL_BTC = new InstrumentSpec("BTC", 1, 5);
    static final InstrumentSpec ETHUSDT = new InstrumentSpec("ETHUSDT", 2, 3);
    static final String HALT = "BTC: binance 50,100 vs hyperliquid 49,800 (60.2 bps > band 50 bps for 10 s)";

    final FeedDivergenceBreaker breaker = new FeedDivergenceBreaker(DivergenceConfig.DEFAULT);
    final List<RiskEvent> events = new ArrayList<>();
    final DivergenceGate gate = new DivergenceGate(breaker, AssetMapper.DEFAULT, events::add);

    @BeforeEach
    void haltBtc() {
        breaker.onQuote("BTC", "binance", 0, 50_100, 0);
        breaker.onQuote("BTC", "hyperliquid", 0, 49_800, 0);
        breaker.onQuote("ETH", "binance", 0, 3_000, 0);
        breaker.onQuote("ETH", "hyperliquid", 0, 3_001, 0);
        assertEquals(1, breaker.evaluate(10_000).size());
    }

    static OrderRequest market(InstrumentSpec spec, Side side, long lots, boolean reduceOnly) {
        return OrderRequest.market("c1", spec, side, lots, reduceOnly, 12_345, "rebalance");
    }

    @Test
    void anOrderThatAddsRiskOnAHaltedAssetIsRefusedWithTheReason() {
        RiskDecision d = gate.check(market(BTCUSDT, Side.BUY, 100, false), 0, 0);
        String detail = "feeds disagree: " + HALT + "; only orders that reduce exposure pass";
        assertEquals(RiskDecision.reject(RiskCode.FEED_DIVERGENCE, detail), d);
        assertEquals(List.of(new RiskEvent.OrderBlocked("c1", "BTCUSDT", RiskCode.FEED_DIVERGENCE, detail, 12_345)),
                events);
        assertEquals(5004, RiskCode.FEED_DIVERGENCE.code());
        assertEquals(RiskCode.FEED_DIVERGENCE, gate.check(market(HL_BTC, Side.SELL, 1, false), 0, 0).code(),
                "Hyperliquid's BTC is the same asset");
        assertEquals(RiskCode.FEED_DIVERGENCE, gate.check(market(BTCUSDT, Side.BUY, 50, false), 100, 0).code(),
                "growing a long");
    }

    @Test
    void anOrderThatOnlyReducesAlwaysPassesWhileHalted() {
        assertSame(RiskDecision.APPROVED, gate.check(market(BTCUSDT, Side.SELL, 100, true), 100, 0));
        assertSame(RiskDecision.APPROVED, gate.check(market(BTCUSDT, Side.SELL, 40, false), 100, 0),
                "reducing without the flag also passes");
        assertSame(RiskDecision.APPROVED, gate.check(market(HL_BTC, Side.BUY, 30, true), -100, -20));
        assertEquals(List.of(), events);
    }

    @Test
    void aFlipOrAReductionThatOpenOrdersTurnIntoAFlipAddsRisk() {
        assertEquals(RiskCode.FEED_DIVERGENCE, gate.check(market(BTCUSDT, Side.SELL, 150, true), 100, 0).code(),
                "crosses zero");
        assertEquals(RiskCode.FEED_DIVERGENCE, gate.check(market(BTCUSDT, Side.SELL, 60, false), 100, -80).code(),
                "with the open sell of 80 the account ends 40 short");
        assertEquals(2, events.size());
    }

    @Test
    void otherAssetsAndResumedAssetsPass() {
        assertSame(RiskDecision.APPROVED, gate.check(market(ETHUSDT, Side.BUY, 100, false), 0, 0));
        for (long t = 11_000; t <= 71_000; t += 10_000) {
            breaker.onQuote("BTC", "hyperliquid", t, 50_100, 0);
            breaker.onQuote("BTC", "binance", t, 50_100, 0);
            breaker.evaluate(t);
        }
        assertSame(RiskDecision.APPROVED, gate.check(market(BTCUSDT, Side.BUY, 100, false), 0, 0));
        assertEquals(List.of(), events);
    }

    @Test
    void thePortfolioViewFormReadsPositionAndOpenOrders() {
        io.trader.core.port.PortfolioView long100 = new io.trader.core.port.PortfolioView() {
            public long positionLots(InstrumentSpec i) {
                return 100;
            }

            public long openOrderLots(InstrumentSpec i) {
                return -80;
            }

            public long lastPriceTicks(InstrumentSpec i) {
                return 5_010_000;
            }

            public long equityCash() {
                return 0;
            }

            public long grossExposureCash() {
                return 0;
            }
        };
        assertSame(RiskDecision.APPROVED, gate.check(market(BTCUSDT, Side.SELL, 20, false), long100));
        assertEquals(RiskCode.FEED_DIVERGENCE, gate.check(market(BTCUSDT, Side.SELL, 30, false), long100).code());
    }
}
