package io.trader.app.venue;

import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.venue.ReconciliationResult;
import io.trader.layer5.core.Position;
import io.trader.venue.binance.BinanceAccount;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceExchange;
import io.trader.venue.binance.BinanceInstrument;
import io.trader.venue.binance.BinanceSigner;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Binance spot as a session's venue: the order adapter ({@link BinanceExchange}, one REST client and request budget
 * that the session's market data shares), its open orders adopted after a restart, and the session reconciled with
 * the account at start-up and after user-stream reconnects through the venue-independent
 * {@link ReconciliationResult} ({@link BinanceSpotReconciler} says how spot balances become positions) applied by
 * {@link ReconciliationApplier}. The kill switch's flatten is the engine's (market orders through the adapter).
 */
public final class BinanceVenue implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(BinanceVenue.class);

    private final Vertx vertx;
    private final BinanceConfig config;
    private final BinanceSigner signer;
    private final List<String> symbols;
    private final double equityBandBps;
    private BinanceExchange exchange;
    private BinanceSpotReconciler reconciler;
    /** Part of a multi-venue session ({@link #shareSession}). */
    private boolean shared;

    public BinanceVenue(Vertx vertx, BinanceConfig config, BinanceSigner signer, List<String> symbols,
                        double equityBandBps) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.symbols = List.copyOf(symbols);
        this.equityBandBps = equityBandBps;
    }

    @Override
    public String name() {
        return BinanceExchange.NAME;
    }

    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        exchange = new BinanceExchange(vertx, config, signer, listener, engineThread, System::currentTimeMillis);
        try {
            exchange.start().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            exchange.stop();
            throw new io.trader.app.Main.UserError("binance adapter did not start: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        List<BinanceInstrument> traded = new ArrayList<>();
        for (String s : symbols) {
            traded.add(exchange.instrument(s).orElseThrow(() -> new io.trader.app.Main.UserError(
                    "binance does not list '" + s + "' as trading (Binance spelling, e.g. BTCUSDT)")));
        }
        reconciler = new BinanceSpotReconciler(traded);
        return exchange;
    }

    public BinanceExchange exchange() {
        return exchange;
    }

    /** The traded instruments as the venue lists them. */
    public List<InstrumentSpec> instruments() {
        return symbols.stream().map(s -> exchange.instrument(s).orElseThrow().spec()).toList();
    }

    /** The venue's open orders are the truth after a restart: every one this adapter does not track is adopted. */
    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        try {
            int n = exchange.adoptOpenOrders().toCompletableFuture().get(60, TimeUnit.SECONDS);
            LOG.info("binance: {} open orders at the venue adopted ({} stored)", n, storedOpenOrders.size());
        } catch (Exception e) {
            LOG.warn("binance: open orders not read at restore ({}); the reconciliation reads them", e.toString());
        }
    }

    @Override
    public List<String> symbols() {
        return symbols;
    }

    @Override
    public void shareSession() {
        shared = true;
    }

    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
        Map<String, Long> local = new HashMap<>();
        Map<String, Long> marks = new HashMap<>();
        for (Position p : parts.portfolio.positions()) {
            if (symbols.contains(p.instrument().symbol())) {
                local.put(p.instrument().symbol(), p.lots());
            }
        }
        for (String s : symbols) {
            exchange.instrument(s).ifPresent(i -> marks.put(s, parts.portfolio.lastPriceTicks(i.spec())));
        }
        Map<String, OrderState> before = new HashMap<>();
        exchange.openOrders().forEach(o -> before.put(o.clientId(), o));
        var ledger = parts.engine.appliedFills(name());
        BinanceAccount account = VenueReads.read(name(),
                () -> exchange.readAccount(symbols, reconciler.sinceTradeId()), halt);
        if (account == null) {
            return null;
        }
        Map<String, OrderState> tracked = new HashMap<>();
        exchange.trackedOrders().forEach(o -> tracked.put(o.clientId(), o));
        long now = System.currentTimeMillis();
        ReconciliationResult r = reconciler.build(account, before, tracked, local, ledger::contains,
                ledger.baselined() ? ledger.since() : -1, marks, now);
        List<InstrumentSpec> specs = instruments();
        new ReconciliationApplier(parts, name(), specs, equityBandBps, shared).apply(r, before, now, halt);
        return r;
    }

    /** Stops the adapter (its user stream and client). */
    public void stop() {
        if (exchange != null) {
            exchange.stop();
        }
    }
}
