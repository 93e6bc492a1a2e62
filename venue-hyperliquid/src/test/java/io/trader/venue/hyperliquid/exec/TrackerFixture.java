package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** BTC (asset 0, szDecimals 5) traded as an instrument with price scale 1 and quantity scale 5. */
final class TrackerFixture {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 1, 5);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);
    static final HyperliquidInstruments INSTRUMENTS = HyperliquidInstruments.of(List.of(BTC, ETH),
            List.of(new HlAsset("BTC", 0, 5, 50), new HlAsset("ETH", 1, 4, 50)), Map.of());

    private TrackerFixture() {
    }

    static HyperliquidOrderTracker tracker() {
        return new HyperliquidOrderTracker(INSTRUMENTS, TrackerSettings.DEFAULT);
    }

    static HyperliquidInstruments.Entry btc() {
        return INSTRUMENTS.bySymbol("BTCUSDT").orElseThrow();
    }

    /** A GTC buy of {@code lots} (1e-5 BTC) at {@code ticks} (0.1 USD). */
    static OrderRequest buy(String id, long lots, long ticks, TimeInForce tif) {
        return OrderRequest.limit(id, BTC, Side.BUY, lots, ticks, tif, false, 1_000, "test");
    }

    static String cloid(String id) {
        return Cloid.fromClientOrderId(id).hex();
    }

    static HyperliquidFill fill(String clientId, long oid, long tid, String px, String sz, boolean crossed, String fee) {
        return new HyperliquidFill("BTC", new BigDecimal(px), new BigDecimal(sz), Side.BUY, 2_000 + tid, oid, tid,
                "0xabc", crossed, new BigDecimal(fee), clientId == null ? null : cloid(clientId));
    }

    static HyperliquidOrderUpdate update(String clientId, long oid, String status, String sz, String origSz) {
        return new HyperliquidOrderUpdate("BTC", Side.BUY, new BigDecimal("30000"), new BigDecimal(sz), oid, 1_000,
                new BigDecimal(origSz), cloid(clientId), status, 3_000);
    }

    /** Event kinds in order, e.g. {@code [Accepted, Filled, Cancelled]}. */
    static List<String> kinds(List<OrderEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName()).toList();
    }
}
