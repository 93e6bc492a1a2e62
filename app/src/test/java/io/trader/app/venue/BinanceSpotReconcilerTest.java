package io.trader.app.venue;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.binance.BinanceAccount;
import io.trader.venue.binance.BinanceInstrument;
import io.trader.venue.binance.BinanceWire;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How spot balances become the session's position, and what the reconciliation reports. */
class BinanceSpotReconcilerTest {

    private final InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 2, 5);
    private final BinanceInstrument inst = new BinanceInstrument(btc, "BTC", "USDT", new BigDecimal("0.01"),
            BigDecimal.ZERO, new BigDecimal("0.00001"), new BigDecimal("0.00001"), new BigDecimal("5"));
    private final BinanceSpotReconciler reconciler = new BinanceSpotReconciler(List.of(inst));
    private final List<BinanceWire.Trade> raw = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final Set<String> applied = new java.util.HashSet<>();

    private void trade(long id, Side side, String qty, String commission, String asset, long time) {
        raw.add(new BinanceWire.Trade("BTCUSDT", id, 7, new BigDecimal("60000.00"), new BigDecimal(qty),
                new BigDecimal(commission), asset, false, time));
        fills.add(new Fill("binance-BTCUSDT-" + id, "c" + id, btc, side, 6_000_000, new BigDecimal(qty)
                .movePointRight(5).longValueExact(), 0, false, time));
    }

    private BinanceAccount account(String btcBalance, List<OrderState> open) {
        Map<String, BinanceWire.Balance> b = new HashMap<>();
        b.put("BTC", new BinanceWire.Balance(new BigDecimal(btcBalance), BigDecimal.ZERO));
        b.put("USDT", new BinanceWire.Balance(new BigDecimal("10000"), BigDecimal.ZERO));
        return new BinanceAccount(b, open, fills, raw, Map.of("BTCUSDT", raw.isEmpty() ? 0L
                : raw.get(raw.size() - 1).tradeId()), 1_000);
    }

    private ReconciliationResult reconcile(String balance, long localLots, long since) {
        return reconciler.build(account(balance, List.of()), Map.of(), Map.of(), Map.of("BTCUSDT", localLots),
                applied::contains, since, Map.of("BTCUSDT", 6_000_000L), 10_000);
    }

    @Test
    void coinsHeldBeforeTheSessionAreNotItsPositionAndBaseCommissionsAreAddedBack() {
        trade(1, Side.BUY, "2", "0", "USDT", 100); // before the session: not missed, fixes the fill window
        ReconciliationResult first = reconcile("1000", 0, -1);
        assertEquals(0L, first.positions().get("BTCUSDT"));
        assertTrue(first.clean() && !first.halt() && first.missedFills().isEmpty(), first.toString());
        assertEquals(100, first.latestFillTime());
        assertTrue(first.entryCost().isEmpty(), "spot keeps no entry price");
        assertEquals(1L, reconciler.sinceTradeId());

        // the session bought 0.01 BTC (applied from the stream); Binance took 0.00001 BTC commission from it
        trade(2, Side.BUY, "0.01", "0.00001", "BTC", 200);
        applied.add("binance-BTCUSDT-2");
        ReconciliationResult r = reconcile("1000.00999", 1_000, 101);
        assertEquals(1_000L, r.positions().get("BTCUSDT"), "balance - start + base commission = 0.01 BTC");
        assertTrue(r.clean() && r.missedFills().isEmpty(), r.toString());
        assertEquals(1_000_000_000_000L + 60_000_000_000L, r.margin().accountValue(),
                "10000 USDT + 0.01 BTC at 60000, in cash units (1e-8)");
    }

    @Test
    void aMissedFillExplainsTheBalanceAndAnUnexplainedOneHalts() {
        reconcile("5", 0, -1);
        trade(10, Side.BUY, "0.005", "0", "USDT", 300);
        ReconciliationResult missed = reconcile("5.005", 0, 1);
        assertEquals(List.of("binance-BTCUSDT-10"), missed.missedFills().stream().map(Fill::fillId).toList());
        assertEquals(500L, missed.positions().get("BTCUSDT"));
        assertFalse(missed.halt(), missed.toString());

        applied.add("binance-BTCUSDT-10");
        ReconciliationResult unexplained = reconcile("6.005", 500, 1);
        assertTrue(unexplained.halt());
        assertEquals(100_500L, unexplained.positions().get("BTCUSDT"), "the venue's view, for the applier");
        assertTrue(unexplained.haltReasons().get(0).contains("100500 lots at the venue"), unexplained.toString());
    }

    @Test
    void ordersGoneFromTheVenueCloseAndUnknownOpenOnesAreAdopted() {
        OrderState ours = OrderState.created(OrderRequest.limit("ours", btc, Side.BUY, 100, 5_000_000,
                TimeInForce.GTC, false, 1, "t")).withStatus(OrderStatus.ACCEPTED, 2);
        OrderState foreign = OrderState.created(OrderRequest.limit("binance-99", btc, Side.SELL, 100, 7_000_000,
                TimeInForce.GTC, false, 1, "t")).withStatus(OrderStatus.ACCEPTED, 2);
        ReconciliationResult r = reconciler.build(account("1", List.of(foreign)), Map.of("ours", ours), Map.of(),
                Map.of(), applied::contains, -1, Map.of(), 10_000);
        assertEquals(1, r.closedOrders().size());
        assertEquals(OrderStatus.CANCELLED, r.closedOrders().get(0).status());
        assertEquals(List.of("binance-99"), r.openOrders().stream().map(OrderState::clientId).toList());
        assertEquals(2, r.differences().size(), r.differences().toString());
        assertFalse(r.halt(), "order differences are applied, not halted on");
    }
}
