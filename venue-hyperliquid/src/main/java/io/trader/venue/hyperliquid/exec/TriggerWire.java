package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Stop-loss and take-profit orders: a trigger price and, once triggered, a market execution (for a MARKET request,
 * limited at the trigger price moved by the slippage cap) or a limit at the request's price. The cloid is the
 * client id's ({@link HyperliquidClientIds#cloidOf}). The trigger and limit prices must be valid wire prices (they are
 * refused, not rounded); only the protection price of a market trigger is rounded, towards the trigger.
 */
public final class TriggerWire {

    private TriggerWire() {
    }

    /**
     * The order wire of a trigger order.
     *
     * @param triggerTicks the trigger price in the request instrument's ticks
     * @param capBps       slippage cap for a triggered market order, in basis points
     */
    public static WireResult<OrderWire> of(OrderRequest req, HlAsset asset, long triggerTicks,
                                           OrderKind.Tpsl tpsl, double capBps) {
        if (triggerTicks <= 0) {
            return WireResult.refused(WireResult.Reason.NOT_POSITIVE, "trigger price must be positive");
        }
        var spec = req.instrument();
        boolean market = req.type() == OrderType.MARKET;
        RoundingMode passive = req.side() == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING;
        BigDecimal trigger = spec.priceDecimal(triggerTicks);
        BigDecimal limit = market
                ? HyperliquidWire.roundPrice(spec.priceDecimal(MarketProtection.worstTicks(req.side(), triggerTicks,
                capBps)), asset, passive)
                : OrderWire.passivePrice(req, req.limitTicks(), asset);
        // the trigger is rounded to the nearest valid price: it is a level, not a limit to protect
        trigger = HyperliquidWire.roundPrice(trigger, asset, RoundingMode.HALF_UP);
        return HyperliquidWire.priceToWire(trigger, asset).flatMap(t -> HyperliquidWire.priceToWire(limit, asset)
                .flatMap(p -> HyperliquidWire.sizeToWire(req.quantityLots(), spec, asset)
                        .flatMap(s -> WireResult.ok(new OrderWire(asset.assetId(), req.side() == Side.BUY, p, s,
                                req.reduceOnly(), new OrderKind.Trigger(market, t, tpsl),
                                HyperliquidClientIds.cloidOf(req.clientId()))))));
    }
}
