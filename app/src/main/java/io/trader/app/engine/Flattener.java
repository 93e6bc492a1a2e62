package io.trader.app.engine;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.Side;
import io.trader.core.port.ExchangePort;
import io.trader.layer5.core.KillSwitchState;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;

/**
 * The kill switch's flatten, kept up until every position is flat. While the switch is engaged with
 * flatten, an instrument that holds a position and has no order working gets a reduce-only market order
 * (reason {@value RiskEngine#FLATTEN_REASON}) for the whole position. The engine asks again after every fill
 * and every bar, so a flatten that did not fill (an IOC outside its slippage cap, a venue reject) is retried
 * and an order that was already at the venue when the switch engaged, and filled after the flatten, is
 * flattened too. Pure and single-threaded (engine thread).
 */
final class Flattener {

    private final RiskEngine risk;
    private final Portfolio portfolio;
    private final ExchangePort exchange;
    private final String clientIdPrefix;
    private long sequence;

    Flattener(RiskEngine risk, Portfolio portfolio, ExchangePort exchange, String clientIdPrefix) {
        this.risk = risk;
        this.portfolio = portfolio;
        this.exchange = exchange;
        this.clientIdPrefix = clientIdPrefix;
    }

    /** True while the kill switch is engaged and asked to flatten. */
    boolean active() {
        KillSwitchState k = risk.killSwitch().state();
        return k.engaged() && k.flatten();
    }

    /**
     * The flatten order of {@code spec} now, or null when it is flat or (unless {@code evenWithOrdersWorking})
     * an order of it is still working: its outcome decides what is left to flatten.
     */
    OrderRequest order(InstrumentSpec spec, long time, boolean evenWithOrdersWorking) {
        long position = portfolio.positionLots(spec);
        if (position == 0 || (!evenWithOrdersWorking && working(spec))) {
            return null;
        }
        String clientId = clientIdPrefix + "-" + spec.symbol() + "-" + time + "-flat" + (sequence++ == 0 ? "" : "-"
                + sequence);
        return OrderRequest.market(clientId, spec, Side.of(-position), Math.abs(position), true, time,
                RiskEngine.FLATTEN_REASON);
    }

    /**
     * A reduce-only IOC limit order for the whole position of {@code spec} at the last price moved {@code capBps}
     * against us (sells down, buys up, in exact decimal maths on ticks), or a market order when no price is known;
     * null when flat.
     */
    OrderRequest orderWithin(InstrumentSpec spec, long time, double capBps) {
        long position = portfolio.positionLots(spec);
        if (position == 0) {
            return null;
        }
        String clientId = clientIdPrefix + "-" + spec.symbol() + "-" + time + "-flat-" + (++sequence);
        Side side = Side.of(-position);
        long last = portfolio.lastPriceTicks(spec);
        if (last <= 0) {
            return OrderRequest.market(clientId, spec, side, Math.abs(position), true, time, RiskEngine.FLATTEN_REASON);
        }
        java.math.BigDecimal cap = java.math.BigDecimal.valueOf(capBps).movePointLeft(4);
        java.math.BigDecimal px = java.math.BigDecimal.valueOf(last);
        long limit = side == Side.SELL
                ? px.multiply(java.math.BigDecimal.ONE.subtract(cap)).setScale(0, java.math.RoundingMode.FLOOR)
                .longValueExact()
                : px.multiply(java.math.BigDecimal.ONE.add(cap)).setScale(0, java.math.RoundingMode.CEILING)
                .longValueExact();
        return OrderRequest.limit(clientId, spec, side, Math.abs(position), Math.max(1, limit),
                io.trader.core.domain.TimeInForce.IOC, true, time, RiskEngine.FLATTEN_REASON);
    }

    private boolean working(InstrumentSpec spec) {
        if (portfolio.openOrderLots(spec) != 0) {
            return true;
        }
        for (OrderState o : exchange.openOrders()) {
            if (o.request().instrument().symbol().equals(spec.symbol())) {
                return true;
            }
        }
        return false;
    }
}
