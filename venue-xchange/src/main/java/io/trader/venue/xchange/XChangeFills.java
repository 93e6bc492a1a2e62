package io.trader.venue.xchange;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.Order;
import org.knowm.xchange.dto.trade.UserTrade;
import org.knowm.xchange.instrument.Instrument;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Turns what a venue reports into {@link OrderEvent.Filled} events, each venue execution once: either the module's
 * trade history ({@code (order id, trade id)} keys), or, for modules whose trade history is missing or unusable
 * ({@link VenueProfile#fillsFromOrders()}), the growth of an order's cumulative executed amount between two
 * queries: one fill per growth, priced at the average of the growth ({@code (avg·cum − notional so far) / growth},
 * rounded half-even to the instrument's tick), keyed {@code (order id, cumulative amount)}, fee = growth of the
 * order's cumulative fee when the module reports one (absolute value: OKX reports charged fees negative). A fee
 * charged in the base currency makes the fill's lots net of it (see {@link #emit}).
 * Runs only on the adapter's I/O thread.
 */
final class XChangeFills {

    private final XChangeExchange x;
    long foreignFills;

    XChangeFills(XChangeExchange x) {
        this.x = x;
    }

    /** Reads the trade history of an instrument (or one order) and applies what is new. */
    void fromTradeHistory(Instrument instrument, String venueOrderId) throws IOException {
        var trade = x.exchange.getTradeService();
        x.budget.acquire();
        List<UserTrade> trades = trade.getTradeHistory(XChangeCalls.fills(trade, instrument, venueOrderId))
                .getUserTrades();
        for (int i = trades.size() - 1; i >= 0; i--) {
            apply(trades.get(i));
        }
    }

    private void apply(UserTrade u) {
        TrackedOrder t = x.byVenueId.get(u.getOrderId());
        String key = u.getOrderId() + ":" + u.getId();
        if (!x.seenTrades.add(key)) {
            return;
        }
        if (t == null) {
            foreignFills++;
            return;
        }
        InstrumentSpec spec = t.state.request().instrument();
        long ticks = exact(u.getPrice(), spec.priceScale());
        long lots = Math.min(exact(u.getOriginalAmount(), spec.qtyScale()), t.state.remainingLots());
        long time = u.getTimestamp() == null ? x.clock.millis() : u.getTimestamp().getTime();
        boolean feeInBase = u.getFeeCurrency() != null && u.getInstrument() instanceof CurrencyPair pair
                && pair.getBase().equals(u.getFeeCurrency());
        emit(t, key, ticks, lots, u.getFeeAmount(), feeInBase, time);
    }

    /** Applies the growth of {@code o}'s cumulative executed amount since the last look, if any. */
    void fromOrder(TrackedOrder t, Order o) {
        BigDecimal cum = o.getCumulativeAmount();
        BigDecimal avg = o.getAveragePrice();
        if (cum == null || avg == null || cum.compareTo(t.seenAmount) <= 0 || avg.signum() <= 0) {
            return;
        }
        InstrumentSpec spec = t.state.request().instrument();
        BigDecimal growth = cum.subtract(t.seenAmount);
        BigDecimal notional = avg.multiply(cum);
        BigDecimal price = notional.subtract(t.seenNotional).divide(growth, spec.priceScale(), RoundingMode.HALF_EVEN);
        BigDecimal feeCum = o.getFee() == null ? BigDecimal.ZERO : o.getFee().abs();
        BigDecimal fee = feeCum.subtract(t.seenFee).max(BigDecimal.ZERO);
        String key = o.getId() + ":" + cum.stripTrailingZeros().toPlainString();
        t.seenAmount = cum;
        t.seenNotional = notional;
        t.seenFee = feeCum;
        if (!x.seenTrades.add(key)) {
            return;
        }
        long lots = Math.min(exact(growth, spec.qtyScale()), t.state.remainingLots());
        // the venues read this way (OKX, Bybit) charge a spot fee in the currency the order receives: the base
        // currency for a buy (XChange's Order carries no fee currency)
        boolean feeInBase = t.state.request().side() == Side.BUY;
        emit(t, key, exact(price, spec.priceScale()), lots, fee, feeInBase, x.clock.millis());
    }

    /**
     * Emits a fill of {@code lots} at {@code ticks}. A fee paid in the base currency ({@code feeInBase}) means the
     * account received that much less: the fill's lots are net of it (the order's filled quantity stays gross) and
     * its cash value at the fill price is the fill's fee, so cash and position move exactly as the venue's balances
     * do. A fee in the quote currency is the fill's fee as it is.
     */
    private void emit(TrackedOrder t, String key, long ticks, long lots, BigDecimal fee, boolean feeInBase,
                      long time) {
        if (lots <= 0 || ticks <= 0) {
            return;
        }
        InstrumentSpec spec = t.state.request().instrument();
        BigDecimal f = fee == null ? BigDecimal.ZERO : fee;
        long fillLots = lots;
        BigDecimal feeQuote = f;
        if (feeInBase && f.signum() > 0) {
            long feeLots = f.setScale(spec.qtyScale(), RoundingMode.HALF_UP).unscaledValue().longValueExact();
            if (feeLots < lots) {
                fillLots = lots - feeLots;
                feeQuote = f.multiply(spec.priceDecimal(ticks));
            }
        }
        long feeCash = feeQuote.movePointRight(Money.CASH_SCALE).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long now = x.clock.millis();
        // XChange reports no liquidity flag: only post-only orders are known to be makers
        boolean maker = t.state.request().timeInForce() == TimeInForce.POST_ONLY;
        Fill fill = new Fill(x.name + ":" + key, t.state.clientId(), spec, t.state.request().side(), ticks, fillLots,
                feeCash, maker, time);
        OrderState after = t.state.withFill(lots, ticks, now);
        x.emit(t, new OrderEvent.Filled(fill, after, now));
    }

    private static long exact(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
