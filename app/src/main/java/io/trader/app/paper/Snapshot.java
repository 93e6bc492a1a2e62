package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.event.EquityPoint;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.Position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An immutable picture of the session for the HTTP threads, built on the engine thread and published
 * through a volatile reference. Orders stay domain values (immutable records); {@link OrderHistory} turns
 * them into views, merged with the stored history, when the API asks.
 */
record Snapshot(long barsProcessed, long lastBarTime, List<Views.Position> positions, List<OrderState> orders,
                Views.Pnl pnl, String equity, List<Views.ParentOrder> parents) {

    static final Snapshot EMPTY = new Snapshot(0, 0, List.of(), List.of(),
            new Views.Pnl("0", "0", "0", "0", "0", "0", "0", 0, null), "0", List.of());

    static Snapshot of(Portfolio portfolio, List<OrderState> orders, long bars, long lastBarTime,
                       List<Views.ParentOrder> parents) {
        List<Views.Position> positions = new ArrayList<>();
        for (Position p : portfolio.positions()) {
            InstrumentSpec spec = p.instrument();
            long last = portfolio.lastPriceTicks(spec);
            positions.add(new Views.Position(spec.symbol(), spec.qtyDecimal(p.lots()).toPlainString(),
                    p.avgEntryPrice().toPlainString(), cash(p.entryCostCash()),
                    last > 0 ? spec.priceDecimal(last).toPlainString() : null,
                    last > 0 ? cash(Money.notional(spec, last, p.lots())) : "0"));
        }
        EquityPoint e = portfolio.snapshot(lastBarTime);
        Views.Pnl pnl = new Views.Pnl(cash(e.equity()), cash(e.cash()), cash(e.realizedPnl()),
                cash(e.unrealizedPnl()), cash(e.fees()), cash(e.grossExposure()), cash(e.peakEquity()),
                e.drawdown(), lastBarTime > 0 ? Instant.ofEpochMilli(lastBarTime).toString() : null);
        return new Snapshot(bars, lastBarTime, List.copyOf(positions), List.copyOf(orders), pnl, cash(e.equity()),
                List.copyOf(parents));
    }

    static String cash(long c) {
        return Money.toDecimal(c).stripTrailingZeros().toPlainString();
    }
}
