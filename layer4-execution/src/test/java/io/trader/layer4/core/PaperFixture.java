package io.trader.layer4.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.market.Bar;

/**
 * Shared test world: BTCUSDT with 0.01 price ticks and 0.001 lots (notional of ticks x lots is x1000 in cash
 * units), one-minute bars anchored at the epoch: bar k opens at k minutes and closes at k+1.
 */
class PaperFixture {

    static final InstrumentSpec BTC = new InstrumentSpec("BTCUSDT", 2, 3);
    static final InstrumentSpec ETH = new InstrumentSpec("ETHUSDT", 2, 3);
    static final long MINUTE = 60_000;

    final ManualClock clock = new ManualClock();
    final OrderEventRecorder recorder = new OrderEventRecorder();

    PaperExchange exchange(PaperExchangeConfig config) {
        return new PaperExchange(config, recorder, clock);
    }

    static Bar bar(int k, long open, long high, long low, long close, double volume) {
        return new Bar(BTC, k * MINUTE, (k + 1) * MINUTE, open, high, low, close, volume);
    }

    /**
     * Shows the venue one earlier bar of BTC (a minute before bar 0, so no order of the tests fills on it) with
     * {@code volume}: until the venue sees bar 0, that is the known volume taker fills use.
     */
    static void knownVolume(PaperExchange ex, double volume) {
        ex.onBar(bar(-1, 5_000_000, 5_000_000, 5_000_000, 5_000_000, volume));
    }

    /** A flat bar at {@code price} with plenty of volume. */
    static Bar flat(int k, long price) {
        return bar(k, price, price, price, price, 1_000);
    }

    static OrderRequest market(String id, Side side, long lots, long time) {
        return OrderRequest.market(id, BTC, side, lots, false, time, "test");
    }

    static OrderRequest limit(String id, Side side, long lots, long limit, TimeInForce tif, long time) {
        return OrderRequest.limit(id, BTC, side, lots, limit, tif, false, time, "test");
    }

    static OrderState accepted(OrderRequest request, long time) {
        return new OrderState(request, OrderStatus.ACCEPTED, 0, 0, "paper-" + request.clientId(), time);
    }

    static OrderEvent.Filled filled(OrderState before, String fillId, long price, long lots, long fee, boolean maker,
                                    long time) {
        OrderRequest r = before.request();
        Fill fill = new Fill(fillId, r.clientId(), r.instrument(), r.side(), price, lots, fee, maker, time);
        return new OrderEvent.Filled(fill, before.withFill(lots, price, time), time);
    }

    static OrderEvent.Cancelled cancelled(OrderState before, String reason, long time) {
        return new OrderEvent.Cancelled(before.withStatus(OrderStatus.CANCELLED, time), reason, time);
    }
}
