package io.trader.app.venue;

import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.layer0.core.hyperliquid.HlFill;
import io.trader.layer0.core.hyperliquid.HlOrderUpdate;
import io.trader.layer0.core.hyperliquid.HlUserFills;
import io.trader.layer0.venue.hyperliquid.HlUserListener;
import io.trader.layer4.core.hyperliquid.HyperliquidFill;
import io.trader.layer4.core.hyperliquid.HyperliquidOrderUpdate;
import io.trader.layer4.core.hyperliquid.HyperliquidSigner;
import io.trader.layer4.core.hyperliquid.ReconciliationResult;
import io.trader.layer4.venue.hyperliquid.HyperliquidConfig;
import io.trader.layer4.venue.hyperliquid.HyperliquidExchange;
import io.trader.layer5.core.Position;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hyperliquid as a session's venue: the signed execution adapter (layer 4), fed by the user streams of the
 * market-data connection (layer 0), reconciled with the venue at start-up and after reconnects.
 */
public final class HyperliquidVenue implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(HyperliquidVenue.class);
    private final Vertx vertx;
    private final HyperliquidConfig config;
    private final HyperliquidSigner signer;
    private final Collection<InstrumentSpec> instruments;
    private HyperliquidExchange exchange;

    public HyperliquidVenue(Vertx vertx, HyperliquidConfig config, HyperliquidSigner signer,
                            Collection<InstrumentSpec> instruments) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.instruments = List.copyOf(instruments);
    }

    @Override
    public String name() {
        return HyperliquidExchange.NAME;
    }

    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        exchange = new HyperliquidExchange(vertx, config, signer, instruments, listener, engineThread,
                System::currentTimeMillis);
        try {
            exchange.start().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("hyperliquid adapter did not start: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        return exchange;
    }

    /** The account whose user streams to subscribe (the signer's address, or the configured account). */
    public String user() {
        return exchange.user();
    }

    public HyperliquidExchange exchange() {
        return exchange;
    }

    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        exchange.restore(storedOpenOrders);
    }

    @Override
    public void reconcile(SessionParts parts, Consumer<String> halt) {
        Map<String, Long> local = new HashMap<>();
        Map<String, Position> bySymbol = new HashMap<>();
        for (Position p : parts.portfolio.positions()) {
            local.put(p.instrument().symbol(), p.lots());
            bySymbol.put(p.instrument().symbol(), p);
        }
        ReconciliationResult r;
        try {
            r = exchange.reconcile(exchange.localSnapshot(local, List.of(), 0)).toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
            LOG.error("reconciliation with hyperliquid failed ({}): trading halted", why);
            halt.accept("reconciliation failed: " + why);
            return;
        }
        for (RiskEvent.ReconciliationDifference d : r.differences()) {
            LOG.warn("reconciliation: {} {}", d.symbol(), d.detail());
            parts.engine.onRiskEvent(d);
        }
        if (!r.positions().equals(local)) {
            List<Position> adopted = new ArrayList<>();
            for (InstrumentSpec spec : instruments) {
                long lots = r.positions().getOrDefault(spec.symbol(), 0L);
                Position old = bySymbol.get(spec.symbol());
                // same side: the local average entry, exactly; else the position is entered at the last price
                long cost = lots == 0 ? 0 : old != null && Long.signum(old.lots()) == Long.signum(lots)
                        ? old.entryCostFor(lots) : Money.notional(spec, parts.portfolio.lastPriceTicks(spec), lots);
                adopted.add(new Position(spec, lots, cost, old == null ? 0 : old.realizedPnlCash()));
            }
            parts.portfolio.restore(parts.portfolio.cashCash(), adopted, parts.portfolio.realizedPnlCash(),
                    parts.portfolio.feesCash(), parts.portfolio.peakEquityCash());
            LOG.warn("reconciliation: adopted the venue's positions {}", r.positions());
        }
        parts.portfolio.restoreOpenOrders(r.openOrders());
        if (r.halt()) {
            halt.accept("reconciliation: " + String.join("; ", r.haltReasons()));
            LOG.error("reconciliation found differences it cannot explain: kill switch engaged ({})",
                    r.haltReasons());
        }
    }

    /** Routes the market-data connection's user streams into the adapter. */
    public HlUserListener userListener() {
        return new HlUserListener() {
            @Override
            public void onOrderUpdates(List<HlOrderUpdate> updates) {
                List<HyperliquidOrderUpdate> mapped = new ArrayList<>(updates.size());
                for (HlOrderUpdate u : updates) {
                    mapped.add(new HyperliquidOrderUpdate(u.coin(), u.side(), u.limitPx(), u.size(), u.oid(),
                            u.timestamp(), u.origSize(), u.cloid(), u.status(), u.statusTimestamp()));
                }
                exchange.onOrderUpdates(mapped);
            }

            @Override
            public void onUserFills(HlUserFills fills) {
                if (fills.snapshot()) {
                    return;
                }
                List<HyperliquidFill> mapped = new ArrayList<>(fills.fills().size());
                for (HlFill f : fills.fills()) {
                    mapped.add(new HyperliquidFill(f.coin(), f.price(), f.size(), f.side(), f.time(), f.oid(),
                            f.tid(), f.hash(), f.crossed(), f.fee(), f.cloid()));
                }
                exchange.onUserFills(mapped);
            }
        };
    }
}
