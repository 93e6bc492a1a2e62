package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.data.HlInfoParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HyperliquidWireTest {

    private static final HlAsset BTC = new HlAsset("BTC", 0, 5, 40);   // price decimals 1
    private static final HlAsset ETH = new HlAsset("ETH", 1, 4, 25);   // price decimals 2
    private static final HlAsset KPEPE = new HlAsset("kPEPE", 9, 0, 10); // price decimals 6
    private static final HlAsset PERP2 = new HlAsset("XYZ", 30, 2, 5);   // price decimals 4
    private static final HlAsset SPOT2 = new HlAsset("PURR/USDC", 10_000, 2, 1); // price decimals 6

    private static String price(String px, HlAsset a) {
        return HyperliquidWire.priceToWire(new BigDecimal(px), a).orElseThrow();
    }

    private static WireResult.Reason priceRefusal(String px, HlAsset a) {
        return ((WireResult.Refused<String>) HyperliquidWire.priceToWire(new BigDecimal(px), a)).reason();
    }

    private static WireResult.Reason sizeRefusal(String sz, HlAsset a) {
        return ((WireResult.Refused<String>) HyperliquidWire.sizeToWire(new BigDecimal(sz), a)).reason();
    }

    @Test
    void pricesKeepAtMostFiveSignificantFiguresUnlessInteger() {
        assertEquals("1670.1", price("1670.1", ETH));
        assertEquals("65432", price("65432", BTC));
        assertEquals("123456", price("123456", BTC));      // integers are always allowed
        assertEquals("1234567", price("1234567.000", BTC));
        assertEquals(WireResult.Reason.TOO_MANY_SIGNIFICANT_FIGURES, priceRefusal("1670.12", ETH));
        assertEquals(WireResult.Reason.TOO_MANY_SIGNIFICANT_FIGURES, priceRefusal("65432.1", BTC));
        assertEquals(WireResult.Reason.TOO_MANY_SIGNIFICANT_FIGURES, priceRefusal("0.0123456", KPEPE));
    }

    @Test
    void priceDecimalsAreSixOrEightMinusSzDecimals() {
        assertEquals(6, KPEPE.maxPriceDecimals());
        assertEquals(4, PERP2.maxPriceDecimals());
        assertEquals(6, SPOT2.maxPriceDecimals());
        assertTrue(SPOT2.isSpot());
        assertFalse(PERP2.isSpot());
        assertEquals("0.001234", price("0.001234", KPEPE));
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, priceRefusal("0.0012345", KPEPE));
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, priceRefusal("0.00001", PERP2));
        assertEquals("0.000012", price("0.000012", SPOT2));
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, priceRefusal("0.0000123", SPOT2));
        HlAsset spot0 = new HlAsset("@1", 10_001, 0, 1);
        assertEquals("0.00012345", price("0.00012345", spot0));  // 8 decimals allowed on spot
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, priceRefusal("0.00012345", KPEPE));
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, priceRefusal("27.15", BTC));
        assertEquals(WireResult.Reason.NOT_POSITIVE, priceRefusal("0", ETH));
        assertEquals(WireResult.Reason.NOT_POSITIVE, priceRefusal("-1", ETH));
    }

    @Test
    void trailingZerosAreStripped() {
        assertEquals("1.5", HyperliquidWire.decimalToWire(new BigDecimal("1.50")));
        assertEquals("100", HyperliquidWire.decimalToWire(new BigDecimal("100.0")));
        assertEquals("100", HyperliquidWire.decimalToWire(new BigDecimal("1E+2")));
        assertEquals("0", HyperliquidWire.decimalToWire(new BigDecimal("0.000")));
        assertEquals("0", HyperliquidWire.decimalToWire(new BigDecimal("-0.0")));
        assertEquals("0.00000001", HyperliquidWire.decimalToWire(new BigDecimal("1E-8")));
        assertEquals("1.5", price("1.50", ETH));
        assertEquals("100", price("100.00", ETH));
        assertEquals("0.01", HyperliquidWire.sizeToWire(new BigDecimal("0.0100"), PERP2).orElseThrow());
        assertEquals("3", HyperliquidWire.sizeToWire(new BigDecimal("3.000"), PERP2).orElseThrow());
    }

    @Test
    void valuesThatNeedRoundingAreRefusedNotRounded() {
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, sizeRefusal("0.12345", ETH));
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, sizeRefusal("1.5", KPEPE));
        assertEquals(WireResult.Reason.NOT_POSITIVE, sizeRefusal("0", ETH));
        assertEquals("0.1235", HyperliquidWire.sizeToWire(new BigDecimal("0.1235"), ETH).orElseThrow());
        WireResult<String> r = HyperliquidWire.floatToWire(new BigDecimal("0.123456789"));
        assertEquals(WireResult.Reason.NEEDS_ROUNDING, ((WireResult.Refused<String>) r).reason());
        // within the SDK's 1e-12 tolerance the 8-decimal form is used
        assertEquals("0.12345678", HyperliquidWire.floatToWire(new BigDecimal("0.1234567800000001")).orElseThrow());
        assertEquals(WireResult.Reason.NEEDS_ROUNDING, ((WireResult.Refused<?>)
                HyperliquidWire.floatToUsdInt(new BigDecimal("1.0000001"))).reason());
        assertEquals(1_500_000L, HyperliquidWire.floatToUsdInt(new BigDecimal("1.5")).orElseThrow().longValueExact());
    }

    @Test
    void explicitRoundingProducesValidPrices() {
        assertEquals(new BigDecimal("1670.1"), HyperliquidWire.roundPrice(new BigDecimal("1670.123"), ETH,
                RoundingMode.HALF_EVEN));
        assertEquals("123457", HyperliquidWire.decimalToWire(
                HyperliquidWire.roundPrice(new BigDecimal("123456.7"), BTC, RoundingMode.HALF_UP)));
        assertEquals("65432", HyperliquidWire.decimalToWire(
                HyperliquidWire.roundPrice(new BigDecimal("65432.15"), BTC, RoundingMode.HALF_UP)));
        assertEquals(new BigDecimal("0.0012346"), HyperliquidWire.roundPrice(new BigDecimal("0.00123456"),
                new HlAsset("@2", 10_002, 0, 1), RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.001235"), HyperliquidWire.roundPrice(new BigDecimal("0.00123456"), KPEPE,
                RoundingMode.HALF_UP)); // 5 significant figures (0.0012346), then 6 decimals, as the SDK
        assertEquals(new BigDecimal("0.1234"), HyperliquidWire.roundSize(new BigDecimal("0.12345"), ETH,
                RoundingMode.DOWN));
        for (String px : List.of("0.000123456", "1.234567", "98765.4321", "99999.99", "3.14159265")) {
            for (HlAsset a : List.of(BTC, ETH, KPEPE, PERP2, SPOT2)) {
                BigDecimal rounded = HyperliquidWire.roundPrice(new BigDecimal(px), a, RoundingMode.HALF_EVEN);
                if (rounded.signum() > 0) {
                    assertTrue(HyperliquidWire.priceToWire(rounded, a).isOk(), px + " on " + a.name());
                }
            }
        }
    }

    @Test
    void ticksAndLotsConvertThroughTheInstrumentSpec() {
        InstrumentSpec eth = new InstrumentSpec("ETHUSD", 2, 6);
        assertEquals("1670.1", HyperliquidWire.priceToWire(167_010, eth, ETH).orElseThrow());
        assertEquals(WireResult.Reason.TOO_MANY_SIGNIFICANT_FIGURES, ((WireResult.Refused<String>)
                HyperliquidWire.priceToWire(167_012, eth, ETH)).reason());
        assertEquals("0.0147", HyperliquidWire.sizeToWire(14_700, eth, ETH).orElseThrow());
        assertEquals(WireResult.Reason.TOO_MANY_DECIMALS, ((WireResult.Refused<String>)
                HyperliquidWire.sizeToWire(1_234_567, eth, ETH)).reason());
        assertEquals(167_010, HyperliquidWire.ticksOf("1670.1", eth, RoundingMode.UNNECESSARY));
        assertEquals(14_700, HyperliquidWire.lotsOf("0.0147", eth, RoundingMode.UNNECESSARY));
        assertEquals(3, HyperliquidWire.ticksOf("0.025", eth, RoundingMode.HALF_UP));
    }

    @Test
    void platformOrdersMapToOrderWires() {
        InstrumentSpec eth = new InstrumentSpec("ETHUSD", 3, 4);
        OrderRequest post = OrderRequest.limit("c-1", eth, Side.SELL, 147, 1_670_100, TimeInForce.POST_ONLY, true,
                0, "test");
        OrderWire w = OrderWire.fromRequest(post, ETH).orElseThrow();
        assertEquals(new OrderWire(1, false, "1670.1", "0.0147", true, new OrderKind.Limit(OrderKind.Tif.ALO),
                Cloid.fromClientOrderId("c-1")), w);
        OrderRequest market = OrderRequest.market("c-2", eth, Side.BUY, 147, false, 0, "test");
        assertEquals(WireResult.Reason.UNSUPPORTED,
                ((WireResult.Refused<OrderWire>) OrderWire.fromRequest(market, ETH)).reason());
        assertEquals("1670.1", OrderWire.marketAsIoc(market, ETH, 1_670_157).orElseThrow().px()); // buy: down
        OrderRequest sell = OrderRequest.market("c-3", eth, Side.SELL, 147, false, 0, "test");
        OrderWire ioc = OrderWire.marketAsIoc(sell, ETH, 1_670_157).orElseThrow();
        assertEquals("1670.2", ioc.px()); // sell: up
        assertEquals(new OrderKind.Limit(OrderKind.Tif.IOC), ioc.kind());
        // a limit price off the venue's grid (7 significant figures) is rounded like a market order's, passively
        OrderRequest offGridBuy = OrderRequest.limit("c-4", eth, Side.BUY, 147, 1_670_123, TimeInForce.GTC, false,
                0, "test");
        assertEquals("1670.1", OrderWire.fromRequest(offGridBuy, ETH).orElseThrow().px()); // buy: down
        OrderRequest offGridSell = OrderRequest.limit("c-5", eth, Side.SELL, 147, 1_670_123, TimeInForce.GTC, false,
                0, "test");
        assertEquals("1670.2", OrderWire.fromRequest(offGridSell, ETH).orElseThrow().px()); // sell: up
    }

    @Test
    void assetIdsAreUniversePositions() throws Exception {
        var meta = new ObjectMapper().readTree("""
                {"universe":[{"name":"BTC","szDecimals":5,"maxLeverage":40},
                             {"name":"ETH","szDecimals":4,"maxLeverage":25},
                             {"name":"OLD","szDecimals":1,"maxLeverage":3,"isDelisted":true}],
                 "marginTables":[]}""");
        assertEquals(List.of(BTC, ETH, new HlAsset(2, "OLD", 1, 3, false, true)), HlInfoParser.meta(meta, 0).universe());
        assertEquals(110_002, HlInfoParser.meta(meta, 110_000).universe().get(2).assetId());
    }
}
