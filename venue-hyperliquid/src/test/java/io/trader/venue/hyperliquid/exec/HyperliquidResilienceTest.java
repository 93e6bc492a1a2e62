package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlInfoWeights;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rate-limit policy (the budget itself: core's WeightBudgetTest), market protection prices and symbol mapping. */
class HyperliquidResilienceTest {

    @Test
    void weightsAndBackoffFollowTheDeclaredPolicy() {
        assertEquals(1, HyperliquidRateLimitPolicy.exchangeWeight(1));
        assertEquals(2, HyperliquidRateLimitPolicy.exchangeWeight(40));
        assertEquals(2, HlInfoWeights.of("orderStatus"));
        assertEquals(20, HlInfoWeights.of("frontendOpenOrders"));
        assertEquals(0, HlInfoWeights.rowsSurcharge("userFills", 0));
        assertEquals(1, HlInfoWeights.rowsSurcharge("userFills", 20));
        assertEquals(100, HlInfoWeights.rowsSurcharge("userFills", 2000));
        assertEquals(0, HlInfoWeights.rowsSurcharge("frontendOpenOrders", 2000));
        var p = new HyperliquidRateLimitPolicy(5, 100, 1_000, 0.5);
        assertEquals(100, p.backoff(0, 0));
        assertEquals(50, p.backoff(0, 1));
        assertEquals(400, p.backoff(2, 0));
        assertEquals(1_000, p.backoff(10, 0), "capped");
        assertThrows(IllegalArgumentException.class, () -> new HyperliquidRateLimitPolicy(-1, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new HyperliquidRateLimitPolicy(1, 2, 1, 0));
    }

    @Test
    void marketProtectionNeverExceedsTheCap() {
        assertEquals(300_150, MarketProtection.worstTicks(Side.BUY, 300_000, 5));
        assertEquals(299_850, MarketProtection.worstTicks(Side.SELL, 300_000, 5));
        assertEquals(100, MarketProtection.worstTicks(Side.BUY, 100, 99), "rounded towards the reference");
        var spec = TrackerFixture.BTC;
        var req = OrderRequest.market("m", spec, Side.BUY, 1_000, false, 0, "t");
        OrderWire w = OrderWire.marketAsIoc(req, TrackerFixture.btc().asset(),
                MarketProtection.worstTicks(Side.BUY, 301_357, 50)).orElseThrow();
        assertTrue(new BigDecimal(w.px()).compareTo(new BigDecimal("30135.7").multiply(new BigDecimal("1.005"))) <= 0);
        assertEquals("30286", w.px(), "5 significant figures, rounded down for a buy");
    }

    @Test
    void symbolsMapToCoins() {
        var coins = java.util.List.of("BTC", "ETH", "kPEPE");
        assertEquals("BTC", HyperliquidInstruments.coinOf("BTCUSDT", Map.of(), coins));
        assertEquals("ETH", HyperliquidInstruments.coinOf("ETH-PERP", Map.of(), coins));
        assertEquals("ETH", HyperliquidInstruments.coinOf("ETH/USDC:USDC", Map.of(), coins));
        assertEquals("kPEPE", HyperliquidInstruments.coinOf("kPEPE", Map.of(), coins));
        assertEquals("kPEPE", HyperliquidInstruments.coinOf("PEPEUSDT", Map.of("PEPEUSDT", "kPEPE"), coins));
        assertEquals(java.util.List.of("XRPUSDT"), HyperliquidInstruments.of(java.util.List.of(TrackerFixture.BTC,
                new io.trader.core.domain.InstrumentSpec("XRPUSDT", 4, 1)), java.util.List.of(
                new HlAsset("BTC", 0, 5, 50)), Map.of()).unmapped());
    }

    @Test
    void triggerWiresCarryTheSdkKeyOrder() {
        var spec = TrackerFixture.BTC;
        var req = OrderRequest.market("sl-1", spec, Side.SELL, 1_000, true, 0, "stop");
        OrderWire w = TriggerWire.of(req, TrackerFixture.btc().asset(), 290_000, OrderKind.Tpsl.SL, 100).orElseThrow();
        assertEquals("{a=0, b=false, p=28710, s=0.01, r=true, t={trigger={isMarket=true, triggerPx=29000, tpsl=sl}}, c="
                + Cloid.fromClientOrderId("sl-1").hex() + "}", w.toWire().toString());
    }
}
