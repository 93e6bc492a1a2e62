package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One order as it goes into {@code order}, {@code modify} and {@code batchModify} actions. The wire keys
 * are written in the SDK's order {@code a, b, p, s, r, t[, c]}.
 *
 * @param asset      asset id ({@link HlAsset#assetId()})
 * @param isBuy      buy or sell
 * @param px         limit price wire string (use {@link HyperliquidWire#priceToWire})
 * @param sz         size wire string (use {@link HyperliquidWire#sizeToWire})
 * @param reduceOnly may only reduce a position
 * @param kind       limit (with time in force) or trigger (tp/sl)
 * @param cloid      client order id, or {@code null}
 */
public record OrderWire(int asset, boolean isBuy, String px, String sz, boolean reduceOnly, OrderKind kind,
                        Cloid cloid) {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    public OrderWire {
        if (asset < 0) {
            throw new IllegalArgumentException("asset must not be negative: " + asset);
        }
        requireDecimal("px", px);
        requireDecimal("sz", sz);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
    }

    static void requireDecimal(String field, String value) {
        if (value == null || !DECIMAL.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " must be a plain non-negative decimal string: " + value);
        }
    }

    public Optional<Cloid> cloidOpt() {
        return Optional.ofNullable(cloid);
    }

    /** The order wire map: {@code {a, b, p, s, r, t[, c]}}. */
    public Map<String, Object> toWire() {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("a", asset);
        w.put("b", isBuy);
        w.put("p", px);
        w.put("s", sz);
        w.put("r", reduceOnly);
        w.put("t", kind.toWire());
        if (cloid != null) {
            w.put("c", cloid.hex());
        }
        return w;
    }

    /**
     * The wire order of a platform limit order: ticks and lots converted via {@code req.instrument()}, time in
     * force GTC → Gtc, IOC → Ioc, POST_ONLY → Alo, cloid from the client id. The limit price goes through the
     * same venue rounding as a market order's protection price (5 significant figures, the asset's decimals),
     * towards the passive side (buys down, sells up), so a valid order is never refused for its price and the
     * limit is never loosened. Market orders are refused ({@link WireResult.Reason#UNSUPPORTED}): use
     * {@link #marketAsIoc}.
     */
    public static WireResult<OrderWire> fromRequest(OrderRequest req, HlAsset asset) {
        if (req.type() == OrderType.MARKET) {
            return WireResult.refused(WireResult.Reason.UNSUPPORTED,
                    "Hyperliquid has no market orders; send an IOC limit at a protection price");
        }
        OrderKind.Tif tif = switch (req.timeInForce()) {
            case GTC -> OrderKind.Tif.GTC;
            case IOC -> OrderKind.Tif.IOC;
            case POST_ONLY -> OrderKind.Tif.ALO;
        };
        if (req.limitTicks() <= 0) {
            return WireResult.refused(WireResult.Reason.NOT_POSITIVE, "limit price must be positive");
        }
        return build(req, asset, HyperliquidWire.priceToWire(passivePrice(req, req.limitTicks(), asset), asset), tif);
    }

    /** {@code ticks} of the request's instrument as a valid venue price, rounded towards the passive side. */
    static java.math.BigDecimal passivePrice(OrderRequest req, long ticks, HlAsset asset) {
        RoundingMode passive = req.side() == Side.BUY ? RoundingMode.FLOOR : RoundingMode.CEILING;
        return HyperliquidWire.roundPrice(req.instrument().priceDecimal(ticks), asset, passive);
    }

    /**
     * A market order as the SDK sends one: an IOC limit at {@code worstTicks} (the protection price,
     * e.g. mid ± slippage). The price is rounded to a valid one towards the passive side (buys down, sells
     * up) so the protection is never loosened.
     */
    public static WireResult<OrderWire> marketAsIoc(OrderRequest req, HlAsset asset, long worstTicks) {
        return build(req, asset, HyperliquidWire.priceToWire(passivePrice(req, worstTicks, asset), asset),
                OrderKind.Tif.IOC);
    }

    private static WireResult<OrderWire> build(OrderRequest req, HlAsset asset, WireResult<String> px,
                                               OrderKind.Tif tif) {
        return px.flatMap(p -> HyperliquidWire.sizeToWire(req.quantityLots(), req.instrument(), asset)
                .flatMap(s -> WireResult.ok(new OrderWire(asset.assetId(), req.side() == Side.BUY, p, s,
                        req.reduceOnly(), new OrderKind.Limit(tif), Cloid.fromClientOrderId(req.clientId())))));
    }
}
