package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.event.EquityPoint;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.Position;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable picture of the session for the HTTP threads, built on the engine thread and published
 * through a volatile reference.
 */
record Snapshot(long barsProcessed, long lastBarTime, List<Views.Position> positions, List<Views.Order> orders,
                Views.Pnl pnl, String equity) {

    static final Snapshot EMPTY = new Snapshot(0, 0, List.of(), List.of(),
            new Views.Pnl("0", "0", "0", "0", "0", "0", "0", 0, null), "0");

    static Snapshot of(Portfolio portfolio, List<OrderState> orders, long bars, long lastBarTime) {
        List<Views.Position> positions = new ArrayList<>();
        for (Position p : portfolio.positions()) {
            InstrumentSpec spec = p.instrument();
            long last = portfolio.lastPriceTicks(spec);
            positions.add(new Views.Position(spec.symbol(), spec.qtyDecimal(p.lots()).toPlainString(),
                    price(p.avgEntryPrice() / spec.ticksPerUnit()), last > 0 ? spec.priceDecimal(last).toPlainString() : null,
                    last > 0 ? cash(Money.notional(spec, last, p.lots())) : "0"));
        }
        List<Views.Order> views = new ArrayList<>(orders.size());
        for (OrderState o : orders) {
            views.add(order(o));
        }
        EquityPoint e = portfolio.snapshot(lastBarTime);
        Views.Pnl pnl = new Views.Pnl(cash(e.equity()), cash(e.cash()), cash(e.realizedPnl()),
                cash(e.unrealizedPnl()), cash(e.fees()), cash(e.grossExposure()), cash(e.peakEquity()),
                e.drawdown(), lastBarTime > 0 ? Instant.ofEpochMilli(lastBarTime).toString() : null);
        return new Snapshot(bars, lastBarTime, List.copyOf(positions), List.copyOf(views), pnl, cash(e.equity()));
    }

    static Views.Order order(OrderState o) {
        var r = o.request();
        InstrumentSpec spec = r.instrument();
        String avg = null;
        if (o.filledLots() > 0) {
            BigDecimal notional = Money.toDecimal(o.filledNotional());
            avg = notional.divide(spec.qtyDecimal(o.filledLots()), MathContext.DECIMAL64)
                    .setScale(spec.priceScale() + 2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString();
        }
        return new Views.Order(r.clientId(), spec.symbol(), r.side().name(), r.type().name(),
                spec.qtyDecimal(r.quantityLots()).toPlainString(),
                r.limitTicks() > 0 ? spec.priceDecimal(r.limitTicks()).toPlainString() : null, o.status().name(),
                spec.qtyDecimal(o.filledLots()).toPlainString(), avg, Instant.ofEpochMilli(r.decisionTime()).toString(),
                Instant.ofEpochMilli(o.updatedTime()).toString(), r.reason());
    }

    static String cash(long c) {
        return Money.toDecimal(c).stripTrailingZeros().toPlainString();
    }

    private static String price(double p) {
        return Double.isFinite(p) ? new BigDecimal(p).round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString()
                : "0";
    }
}
