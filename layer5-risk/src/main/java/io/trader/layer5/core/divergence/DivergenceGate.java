package io.trader.layer5.core.divergence;

import io.trader.core.domain.OrderRequest;
import io.trader.core.event.RiskCode;
import io.trader.core.event.RiskDecision;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.PortfolioView;
import io.trader.core.port.RiskGate;
import io.trader.layer5.core.RiskEngine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The pre-trade side of the {@link FeedDivergenceBreaker}: refuses an order that adds risk on an asset whose feeds
 * disagree ({@link RiskCode#FEED_DIVERGENCE}, also emitted as {@link RiskEvent.OrderBlocked} stamped with the
 * order's decision time). An order that only reduces exposure always passes, by the same test as the
 * {@link RiskEngine} ({@link RiskEngine#onlyReduces}): refusing it would keep the exposure the halt protects.
 * The order's symbol is mapped to its asset by the given {@link AssetMapper} (cached per symbol).
 * Thread-safe; approval allocates nothing once a symbol has been mapped.
 */
public final class DivergenceGate implements RiskGate {

    private final FeedDivergenceBreaker breaker;
    private final Consumer<RiskEvent> events;
    private final Map<String, String> assets = new ConcurrentHashMap<>();
    private final Function<String, String> map;

    public DivergenceGate(FeedDivergenceBreaker breaker, AssetMapper mapper, Consumer<RiskEvent> events) {
        if (breaker == null || mapper == null || events == null) {
            throw new IllegalArgumentException("breaker, mapper and events are required");
        }
        this.breaker = breaker;
        this.events = events;
        this.map = mapper::assetOf;
    }

    @Override
    public RiskDecision check(OrderRequest request, PortfolioView portfolio) {
        return check(request, portfolio.positionLots(request.instrument()),
                portfolio.openOrderLots(request.instrument()));
    }

    /**
     * Approves {@code request} unless it adds risk on a halted asset.
     *
     * @param positionLots  signed position of the order's instrument
     * @param openOrderLots signed quantity of its open orders (0 when none)
     */
    public RiskDecision check(OrderRequest request, long positionLots, long openOrderLots) {
        if (RiskEngine.onlyReduces(positionLots, openOrderLots, request.signedLots())) {
            return RiskDecision.APPROVED;
        }
        String asset = assetOf(request.instrument().symbol());
        String why = breaker.haltReason(asset);
        if (why == null) {
            return RiskDecision.APPROVED;
        }
        String detail = "feeds disagree: " + why + "; only orders that reduce exposure pass";
        events.accept(new RiskEvent.OrderBlocked(request.clientId(), request.instrument().symbol(),
                RiskCode.FEED_DIVERGENCE, detail, request.decisionTime()));
        return RiskDecision.reject(RiskCode.FEED_DIVERGENCE, detail);
    }

    /** The asset the gate looks up for {@code symbol}. */
    public String assetOf(String symbol) {
        return assets.computeIfAbsent(symbol, map);
    }
}
