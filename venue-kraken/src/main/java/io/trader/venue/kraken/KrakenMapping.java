package io.trader.venue.kraken;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pure mappings between the platform's values and Kraken's wire values. */
public final class KrakenMapping {

    private KrakenMapping() {
    }

    /**
     * The {@code AddOrder} form fields of a request (without the nonce): limit GTC, limit IOC
     * ({@code timeinforce=IOC}), post-only ({@code oflags=post}) or market; {@code cl_ord_id} carries the client id.
     */
    public static Map<String, String> addOrder(OrderRequest r, KrakenInstruments.Entry e, String clOrdId) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ordertype", r.type() == OrderType.MARKET ? "market" : "limit");
        p.put("type", r.side() == Side.BUY ? "buy" : "sell");
        p.put("volume", KrakenInstruments.volume(e, r.quantityLots()).toPlainString());
        p.put("pair", e.pair().altname());
        if (r.type() == OrderType.LIMIT) {
            p.put("price", KrakenInstruments.price(e, r.limitTicks()).toPlainString());
            if (r.timeInForce() == TimeInForce.IOC) {
                p.put("timeinforce", "IOC");
            } else if (r.timeInForce() == TimeInForce.POST_ONLY) {
                p.put("oflags", "post");
            }
        }
        p.put("cl_ord_id", clOrdId);
        return p;
    }

    /** A Kraken trade as a platform fill (fee in cash units, half-even). */
    public static Fill fill(KrakenDto.Trade t, String clientId, InstrumentSpec spec) {
        return new Fill(t.tradeId(), clientId, spec, "buy".equals(t.side()) ? Side.BUY : Side.SELL,
                KrakenInstruments.ticks(spec, t.price()), KrakenInstruments.lots(spec, t.volume()), cash(t.fee()),
                t.maker(), t.time());
    }

    /** A quote amount in cash units (1e-8), half-even. */
    public static long cash(BigDecimal amount) {
        return amount.setScale(Money.CASH_SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /**
     * A venue order as a platform state: the request rebuilt from its description (adopted orders), filled lots
     * from {@code vol_exec} and notional from {@code cost}.
     */
    public static OrderState state(KrakenDto.Order o, String clientId, InstrumentSpec spec, long now) {
        long qty = KrakenInstruments.lots(spec, o.volume());
        boolean market = "market".equals(o.orderType()) || o.limitPrice().signum() == 0;
        TimeInForce tif = o.oflags().contains("post") ? TimeInForce.POST_ONLY : TimeInForce.GTC;
        OrderRequest req = new OrderRequest(clientId, spec, "buy".equals(o.side()) ? Side.BUY : Side.SELL,
                market ? OrderType.MARKET : OrderType.LIMIT, Math.max(1, qty),
                market ? 0 : KrakenInstruments.ticks(spec, o.limitPrice()), market ? TimeInForce.IOC : tif, false,
                o.openTime(), "adopted from Kraken");
        long filled = Math.min(req.quantityLots(), KrakenInstruments.lots(spec, o.volumeExec()));
        return new OrderState(req, status(o, filled, req.quantityLots()), filled, cash(o.cost()), o.txid(), now);
    }

    /** The platform status of a venue order with {@code filled} of {@code qty} lots executed. */
    public static OrderStatus status(KrakenDto.Order o, long filled, long qty) {
        if (o.isOpen()) {
            return filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED;
        }
        return "closed".equals(o.status()) && filled >= qty ? OrderStatus.FILLED : OrderStatus.CANCELLED;
    }
}
