package io.trader.app.store;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.Decision;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.OrderEvent;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskEvent;
import io.trader.core.market.Bar;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Sample events of one small trading session and SQL helpers for the store tests. */
final class StoreFixtures {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 5);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 4);
    /** 2024-01-01T00:00:00Z. */
    static final long T0 = 1_704_067_200_000L;
    static final long MINUTE = 60_000L;

    private StoreFixtures() {
    }

    /**
     * One bar, a decision, a limit buy of 0.5 BTC at 105554.32 that is accepted and filled in two parts,
     * a blocked order, an equity point: every listener method once, as the engine would call them.
     */
    static List<Consumer<io.trader.core.port.TradingListener>> session(String clientId) {
        List<Consumer<io.trader.core.port.TradingListener>> calls = new ArrayList<>();
        Bar bar = new Bar(BTC, T0, T0 + MINUTE, 10_550_000, 10_560_012, 10_549_001, 10_555_432, 12.75);
        OrderRequest req = OrderRequest.limit(clientId, BTC, Side.BUY, 50_000, 10_555_432, TimeInForce.GTC,
                false, T0 + MINUTE, "rebalance");
        OrderState accepted = OrderState.created(req).withVenueId("V-" + clientId, T0 + MINUTE + 5)
                .withStatus(io.trader.core.domain.OrderStatus.ACCEPTED, T0 + MINUTE + 5);
        OrderState half = accepted.withFill(20_000, 10_555_432, T0 + MINUTE + 10);
        OrderState full = half.withFill(30_000, 10_555_432, T0 + MINUTE + 20);
        Fill f1 = new Fill(clientId + "-F1", clientId, BTC, Side.BUY, 10_555_432, 20_000, 1_055_543, true,
                T0 + MINUTE + 10);
        Fill f2 = new Fill(clientId + "-F2", clientId, BTC, Side.BUY, 10_555_432, 30_000, 2_638_858, false,
                T0 + MINUTE + 20);
        calls.add(l -> l.onBar(bar));
        calls.add(l -> l.onDecision(new Decision(T0 + MINUTE, "BTCUSDT", clientId,
                List.of(new Decision.AlphaScore("momentum", 0.4, 0.8, 0.5),
                        new Decision.AlphaScore("mean \"rev\"", -0.1, Double.NaN, 0.5)),
                0.15, 0.0012, 0.7, 0.02, 0.25, 0, 50_000, 100_000.5, "note")));
        calls.add(l -> l.onOrderSubmitted(req));
        calls.add(l -> l.onOrderEvent(new OrderEvent.Accepted(accepted, T0 + MINUTE + 5)));
        calls.add(l -> l.onOrderEvent(new OrderEvent.Filled(f1, half, T0 + MINUTE + 10)));
        calls.add(l -> l.onOrderEvent(new OrderEvent.Filled(f2, full, T0 + MINUTE + 20)));
        calls.add(l -> l.onRiskEvent(new RiskEvent.OrderBlocked(clientId + "-2", "BTCUSDT", RiskCode.MAX_NOTIONAL,
                "notional 60000 above 50000", T0 + MINUTE + 30)));
        calls.add(l -> l.onEquity(new EquityPoint(T0 + MINUTE, 10_000_000_000_000L, 4_722_284_000_000L,
                -3_694_401, 0, 3_694_401, 5_277_716_000_000L, 10_000_000_000_000L, 0.0)));
        return calls;
    }

    /** A limit sell of 0.00123 BTC, 0.00023 filled, still working at the venue. */
    static OrderState partiallyFilledSell(String clientId) {
        OrderRequest req = OrderRequest.limit(clientId, BTC, Side.SELL, 123, 10_600_001, TimeInForce.POST_ONLY,
                true, T0 + 2 * MINUTE, "take profit");
        return OrderState.created(req).withVenueId("987654321", T0 + 2 * MINUTE + 1)
                .withStatus(io.trader.core.domain.OrderStatus.ACCEPTED, T0 + 2 * MINUTE + 1)
                .withFill(23, 10_600_001, T0 + 2 * MINUTE + 7);
    }

    static long count(DataSource ds, String sql, Object... args) throws SQLException {
        return Long.parseLong(text(ds, sql, args));
    }

    /** First column of the first row as text (null when there is no row). */
    static String text(DataSource ds, String sql, Object... args) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
