package io.trader.app.store;

import io.trader.core.domain.OrderState;

import java.util.List;

/**
 * A safe resume point of one session: the account, its positions and its open orders after the step
 * at {@code stepTime}. Money in cash units ({@link io.trader.core.domain.Money}); times epoch ms.
 *
 * @param session     session name (the store's session)
 * @param stepTime    close time of the last completed step
 * @param cash        cash balance
 * @param realizedPnl realised P&amp;L since start, after fees
 * @param fees        fees paid since start
 * @param peakEquity  highest equity seen
 * @param source      where the session's data comes from (free text, e.g. {@code backtest:BTCUSDT-1m}); may be null
 * @param positions   positions, in the order to restore them
 * @param openOrders  orders still working at the venue, in the order to restore them
 * @param riskState   the risk layer's breaker memory as JSON, or null
 * @param engineState the engine's memory (open orders' ages, risk backoffs) as JSON, or null
 */
public record Checkpoint(String session, long stepTime, long cash, long realizedPnl, long fees, long peakEquity,
                         String source, List<PositionRow> positions, List<OrderState> openOrders, String riskState,
                         String engineState) {

    /** A checkpoint without engine state. */
    public Checkpoint(String session, long stepTime, long cash, long realizedPnl, long fees, long peakEquity,
                      String source, List<PositionRow> positions, List<OrderState> openOrders, String riskState) {
        this(session, stepTime, cash, realizedPnl, fees, peakEquity, source, positions, openOrders, riskState, null);
    }

    /** A checkpoint without risk state. */
    public Checkpoint(String session, long stepTime, long cash, long realizedPnl, long fees, long peakEquity,
                      String source, List<PositionRow> positions, List<OrderState> openOrders) {
        this(session, stepTime, cash, realizedPnl, fees, peakEquity, source, positions, openOrders, null, null);
    }

    public Checkpoint {
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("session must not be blank");
        }
        positions = List.copyOf(positions);
        openOrders = List.copyOf(openOrders);
    }
}
