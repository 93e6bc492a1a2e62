package io.trader.venue.hyperliquid;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import io.trader.core.venue.WeightBudget;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorAdapter;
import io.trader.venue.hyperliquid.exec.HyperliquidErrorCode;
import io.trader.venue.hyperliquid.exec.HyperliquidFill;
import io.trader.venue.hyperliquid.exec.HyperliquidInstruments;
import io.trader.venue.hyperliquid.exec.CancelPlan;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderTracker;
import io.trader.venue.hyperliquid.exec.TrackerSettings;
import io.trader.venue.hyperliquid.exec.HyperliquidOrderUpdate;
import io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.L1Action;
import io.trader.venue.hyperliquid.exec.LocalSnapshot;
import io.trader.venue.hyperliquid.exec.MarketProtection;
import io.trader.venue.hyperliquid.exec.OrderKind;
import io.trader.venue.hyperliquid.exec.OrderWire;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.hyperliquid.exec.TriggerWire;
import io.trader.venue.hyperliquid.exec.WireResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Live trading on Hyperliquid through the platform's {@link ExchangePort}.
 *
 * <p>Life cycle: construct, {@link #start()} (reads {@code meta}, pairs instruments with assets, starts the dead-man
 * switch; or {@link #start(List)} with the universe the session's market data already read), optionally {@link #restore} the stored open orders, {@link #reconcile} and apply the result, then trade;
 * connect the user streams to {@link #onUserFill} and {@link #onOrderUpdate}; report health with
 * {@link #setHealthy}; reconcile again after every user-stream reconnect; {@link #stop()} at the end.
 *
 * <p>Orders: every order carries the cloid of its client id, so a retried send never makes a second order. LIMIT
 * maps GTC → Gtc, POST_ONLY → Alo, IOC → Ioc; MARKET becomes an IOC limit at the reference price moved by at most
 * {@link HyperliquidConfig#slippageCapBps()}. An order the venue cannot take (price or size off its grid, untraded
 * instrument) is Rejected without being sent. Venue refusals are Rejected with a typed reason
 * ({@code "<code label>: <venue text>"}, read back with {@link HyperliquidErrorAdapter#codeOf}). A send that times
 * out, loses its connection or gets a 5xx is Unknown and looked up by cloid at once; a venue that never saw it gets
 * it again (same cloid, fresh nonce) up to {@link HyperliquidConfig#maxSubmitAttempts()} times. 429 answers are
 * retried after a backoff ({@link io.trader.venue.hyperliquid.exec.HyperliquidRateLimitPolicy}).
 *
 * <p>Events reach the listener on the given executor, one at a time, in order. A listener that throws halts the
 * adapter (no new orders). All methods are thread-safe and never block.
 */
public final class HyperliquidExchange implements ExchangePort, AutoCloseable {

    public static final String NAME = "hyperliquid";
    private static final Logger LOG = LoggerFactory.getLogger(HyperliquidExchange.class);

    /** Mid or last price of an instrument in ticks, 0 when unknown (the adapter then asks {@code allMids}). */
    @FunctionalInterface
    public interface ReferencePrices {
        long referenceTicks(InstrumentSpec instrument);
    }

    private final VenueSession s;
    private final Collection<InstrumentSpec> specs;
    private final OrderSender sender;
    private final DeadManSwitch deadMan;
    private volatile ReferencePrices prices = spec -> 0;
    private final java.util.Set<String> remembered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static List<String> concat(List<String> a, Collection<String> b) {
        List<String> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** An adapter with a weight budget of its own (tests, tools): see {@link HyperliquidRaw}. */
    public HyperliquidExchange(Vertx vertx, HyperliquidConfig config, HyperliquidSigner signer,
                               Collection<InstrumentSpec> instruments, OrderEventListener listener,
                               Executor eventExecutor, TimeSource clock) {
        this(vertx, config, new WeightBudget(HyperliquidRateLimitPolicy.VENUE_WEIGHT_PER_MINUTE, 60_000L), signer,
                instruments, listener, eventExecutor, clock);
    }

    /**
     * An adapter reading through {@code info}, the session's one info transport for this venue and IP (shared with
     * its market data, not closed by {@link #stop}): its weight budget is the transport's, its order lane takes
     * {@code config}'s timeout and retries. Other arguments as in the budget constructor.
     */
    public HyperliquidExchange(Vertx vertx, HyperliquidConfig config, HyperliquidInfoRaw info,
                               HyperliquidSigner signer, Collection<InstrumentSpec> instruments,
                               OrderEventListener listener, Executor eventExecutor, TimeSource clock) {
        this(vertx, config, null, info, signer, instruments, listener, eventExecutor, clock);
    }

    /**
     * @param vertx         the app's Vert.x (not closed by {@link #stop})
     * @param budget        the connection's weight budget, shared with the market data of the same venue and IP
     * @param signer        from {@link HyperliquidKeyLoader}; its network must be the config's
     * @param instruments   the instruments to trade (each must map to a coin of {@code meta})
     * @param listener      receives every order event
     * @param eventExecutor the thread (or serial executor) events are delivered on
     * @param clock         wall clock (nonces come from the signer's own source)
     */
    public HyperliquidExchange(Vertx vertx, HyperliquidConfig config, WeightBudget budget, HyperliquidSigner signer,
                               Collection<InstrumentSpec> instruments, OrderEventListener listener,
                               Executor eventExecutor, TimeSource clock) {
        this(vertx, config, budget, null, signer, instruments, listener, eventExecutor, clock);
    }

    /** Exactly one of {@code budget} (own info transport) and {@code info} (the connection's shared one) is given. */
    private HyperliquidExchange(Vertx vertx, HyperliquidConfig config, WeightBudget budget, HyperliquidInfoRaw info,
                                HyperliquidSigner signer, Collection<InstrumentSpec> instruments,
                                OrderEventListener listener, Executor eventExecutor, TimeSource clock) {
        if (vertx == null || config == null || (budget == null && info == null) || signer == null
                || instruments == null || listener == null || eventExecutor == null || clock == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        if (signer.network() != config.network()) {
            throw new IllegalArgumentException("the signer signs for " + signer.network() + ", the config trades on "
                    + config.network());
        }
        HyperliquidRaw raw = info != null
                ? new HyperliquidRaw(vertx, config, info, clock, () -> ThreadLocalRandom.current().nextDouble())
                : new HyperliquidRaw(vertx, config, budget, clock, () -> ThreadLocalRandom.current().nextDouble());
        this.s = new VenueSession(vertx, config, signer, clock, raw, listener, eventExecutor);
        this.specs = List.copyOf(instruments);
        this.sender = new OrderSender(s);
        this.deadMan = new DeadManSwitch(s);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The account whose state is read (the vault, the configured account, or the signer). */
    public String user() {
        return s.user;
    }

    /** Reads {@code meta}, pairs the instruments with their assets and starts the dead-man switch. */
    public CompletionStage<Void> start() {
        return s.info.meta().map(universe -> {
            begin(universe);
            return (Void) null;
        }).toCompletionStage();
    }

    /**
     * Starts on {@code universe}, the parsed {@code meta} the session already read for its market data (so a session
     * reads {@code meta} once): pairs the instruments with their assets and starts the dead-man switch.
     */
    public CompletionStage<Void> start(List<HlAsset> universe) {
        if (universe == null) {
            throw new IllegalArgumentException("universe is required");
        }
        try {
            begin(List.copyOf(universe));
            return Future.<Void>succeededFuture().toCompletionStage();
        } catch (RuntimeException e) {
            return Future.<Void>failedFuture(e).toCompletionStage();
        }
    }

    private void begin(List<HlAsset> universe) {
        HyperliquidConfig c = s.config;
        HyperliquidInstruments inst = HyperliquidInstruments.of(specs, universe, c.coinOverrides());
        if (!inst.unmapped().isEmpty()) {
            LOG.warn("instruments not on Hyperliquid (orders for them are rejected): {}", inst.unmapped());
        }
        inst.entries().stream().filter(e -> !HyperliquidInstruments.exact(e)).forEach(e -> LOG.warn(
                "{} scales (price {}, qty {}) are coarser than {}'s (price {}, size {}); venue values are rounded",
                e.spec().symbol(), e.spec().priceScale(), e.spec().qtyScale(), e.coin(),
                e.asset().maxPriceDecimals(), e.asset().szDecimals()));
        var defaults = TrackerSettings.DEFAULT;
        var settings = new TrackerSettings(c.takerFeeBps(), c.makerFeeBps(),
                defaults.maxHeldFills(), defaults.maxSeenFills(), defaults.maxClosed());
        s.start(new HyperliquidOrderTracker(inst, settings), sender::scheduleSettlements);
        sender.universe(universe);
        deadMan.start();
        LOG.info("hyperliquid adapter started on {} ({}) for {} as signer {}", c.network(), c.baseUrl(), s.user,
                s.signer.address());
    }

    /**
     * Stops the dead-man refresh, closes the HTTP client and delivers no further events. The venue's dead-man
     * schedule stays in force: it cancels the open orders unless a new adapter refreshes it in time.
     */
    public void stop() {
        s.stop();
        deadMan.stop();
        s.raw.close();
    }

    @Override
    public void close() {
        stop();
    }

    /** Where market orders take their reference price (default: none, {@code allMids} is asked each time). */
    public void setReferencePrices(ReferencePrices source) {
        this.prices = source == null ? spec -> 0 : source;
    }

    @Override
    public void submit(OrderRequest request) {
        submit(request, this::prepareOrder);
    }

    /**
     * Sends a stop-loss or take-profit trigger order (reduce-only when the request says so). A MARKET request
     * executes at market once triggered (limited by the slippage cap around the trigger), a LIMIT one as a limit.
     */
    public void submitTrigger(OrderRequest request, long triggerTicks, OrderKind.Tpsl tpsl) {
        submit(request, req -> Future.succeededFuture(TriggerWire.of(req, asset(req), triggerTicks, tpsl,
                s.config.slippageCapBps())));
    }

    private void submit(OrderRequest request, Function<OrderRequest, Future<WireResult<OrderWire>>> wire) {
        long now = s.now();
        if (!s.started()) {
            s.dispatcher.dispatch(List.of(new OrderEvent.Rejected(
                    OrderState.created(request).withStatus(OrderStatus.REJECTED, now),
                    "rejected: the Hyperliquid adapter is not started", now)));
            return;
        }
        if (s.read(t -> t.isKnown(request.clientId()), true)) {
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            s.apply(t -> t.rejectUnsent(request, refusal, now));
            return;
        }
        var entry = s.read(t -> t.instruments().bySymbol(request.instrument().symbol()).orElseThrow(), null);
        if (!s.read(t -> t.register(request, entry, null), false)) {
            return;
        }
        s.sentAt.put(request.clientId(), now);
        Future<WireResult<OrderWire>> built;
        try {
            built = wire.apply(request);
        } catch (RuntimeException e) {
            built = Future.failedFuture(e);
        }
        built.onComplete(ar -> {
            WireResult<OrderWire> w = ar.succeeded() ? ar.result() : WireResult.refused(WireResult.Reason.UNSUPPORTED,
                    "the order could not be built (no reference price?): " + ar.cause().getMessage());
            if (w instanceof WireResult.Refused<OrderWire> r) {
                String reason = HyperliquidErrorAdapter.reason(HyperliquidErrorAdapter.classify(r.detail()), r.detail());
                s.apply(t -> t.rejectUnsent(request, reason, s.now()));
                return;
            }
            OrderWire ow = w.orElseThrow();
            s.read(t -> {
                t.wirePrice(request.clientId(), new BigDecimal(ow.px()));
                return null;
            }, null);
            sender.send(request.clientId(), ow);
        });
    }

    private String refusal(OrderRequest request) {
        if (s.haltReason() != null) {
            return "rejected: adapter halted (" + s.haltReason() + ")";
        }
        if (s.read(t -> t.instruments().bySymbol(request.instrument().symbol()).isEmpty(), true)) {
            return "rejected: " + request.instrument().symbol() + " is not traded on Hyperliquid";
        }
        if (request.type() == OrderType.MARKET && request.timeInForce() == TimeInForce.POST_ONLY) {
            return "rejected: post-only market order";
        }
        return null;
    }

    private Future<WireResult<OrderWire>> prepareOrder(OrderRequest req) {
        if (req.type() != OrderType.MARKET) {
            return Future.succeededFuture(OrderWire.fromRequest(req, asset(req)));
        }
        return referenceTicks(req.instrument()).map(ref -> OrderWire.marketAsIoc(req, asset(req),
                MarketProtection.worstTicks(req.side(), ref, s.config.slippageCapBps())));
    }

    private Future<Long> referenceTicks(InstrumentSpec spec) {
        long known = prices.referenceTicks(spec);
        if (known > 0) {
            return Future.succeededFuture(known);
        }
        String coin = s.read(t -> t.instruments().bySymbol(spec.symbol()).orElseThrow().coin(), "");
        return s.info.allMids().compose(mids -> {
            BigDecimal mid = mids.get(coin);
            return mid == null ? Future.failedFuture("no mid for " + coin)
                    : Future.succeededFuture(HyperliquidInstruments.ticks(spec, mid));
        });
    }

    private HlAsset asset(OrderRequest req) {
        return s.read(t -> t.instruments().bySymbol(req.instrument().symbol()).orElseThrow().asset(), null);
    }

    /** Cancels by cloid; a cancel asked while the order is in flight goes out once the venue answered it. */
    @Override
    public void cancel(String clientId, String reason) {
        if (s.read(t -> t.requestCancel(clientId, reason), CancelPlan.NONE)
                == CancelPlan.SEND) {
            sender.cancel(List.of(clientId), reason);
        }
    }

    /** Cancels every tracked open order by cloid, then any other order open at the venue by oid. */
    @Override
    public void cancelAll(String reason) {
        List<String> ids = s.read(t -> t.openOrders().stream().map(OrderState::clientId)
                .filter(id -> t.requestCancel(id, reason) == CancelPlan.SEND).toList(),
                List.of());
        for (int i = 0; i < ids.size(); i += 40) {
            sender.cancel(ids.subList(i, Math.min(ids.size(), i + 40)), reason);
        }
        sender.cancelUntracked(reason);
    }

    @Override
    public Collection<OrderState> openOrders() {
        return s.read(HyperliquidOrderTracker::openOrders, List.of());
    }

    /**
     * Replaces an open limit order's price and total quantity (filled lots stay filled); the order keeps its client
     * id and cloid and gets a new venue oid (an Accepted event with the new request).
     */
    public CompletionStage<ActionResult> modify(String clientId, long newLimitTicks, long newQuantityLots) {
        return sender.modify(clientId, newLimitTicks, newQuantityLots).toCompletionStage();
    }

    /** Sets the leverage of an instrument (cross or isolated margin). */
    public CompletionStage<ActionResult> updateLeverage(InstrumentSpec instrument, int leverage, boolean cross) {
        Optional<HyperliquidInstruments.Entry> entry = s.read(t -> t.instruments().bySymbol(instrument.symbol()),
                Optional.empty());
        if (entry.isEmpty()) {
            return Future.succeededFuture(ActionResult.failed(HyperliquidErrorCode.REJECTED,
                    instrument.symbol() + " is not traded on Hyperliquid")).toCompletionStage();
        }
        var action = new L1Action.UpdateLeverage(entry.get().asset().assetId(), cross, leverage);
        return s.raw.exchange(() -> s.signer.sign(action), 1).map(ActionResult::of).toCompletionStage();
    }

    /**
     * The app's health verdict (feeds fresh, engine running, risk not halted). While unhealthy the dead-man switch
     * is not refreshed, so the venue cancels all open orders when the last schedule passes; healthy again
     * refreshes at once.
     */
    public void setHealthy(boolean healthy) {
        deadMan.setHealthy(healthy);
    }

    /** Pushes the dead-man schedule forward now (also done periodically while healthy). */
    public CompletionStage<ActionResult> refreshDeadMan() {
        return deadMan.refresh().toCompletionStage();
    }

    /** The latest cancel time the venue accepted for the dead-man switch (epoch ms), 0 before the first. */
    public long deadManScheduledUntil() {
        return deadMan.lastScheduled();
    }

    /** A fill from the user stream ({@code userFills} or {@code userEvents} fills; skip {@code isSnapshot} batches). */
    public void onUserFill(HyperliquidFill fill) {
        sender.apply(t -> t.onFill(fill));
    }

    public void onUserFills(List<HyperliquidFill> fills) {
        fills.forEach(this::onUserFill);
    }

    /** An {@code orderUpdates} entry from the user stream. */
    public void onOrderUpdate(HyperliquidOrderUpdate update) {
        sender.apply(t -> t.onOrderUpdate(update, s.now()));
    }

    public void onOrderUpdates(List<HyperliquidOrderUpdate> updates) {
        updates.forEach(this::onOrderUpdate);
    }

    /** Reloads the stored open orders after a restart (no events); call {@link #reconcile} next. */
    public void restore(Collection<OrderState> orders) {
        s.read(t -> {
            t.restore(orders);
            return null;
        }, null);
    }

    /**
     * Compares {@code local} with the venue ({@code clearinghouseState}, {@code frontendOpenOrders}, fills since
     * {@code local.fillsSince()}), adopts venue truth into the adapter and returns it for the app to apply (open and
     * closed orders, positions, missed fills, differences as risk events, and {@code halt} when a difference cannot
     * be explained). Call at start-up and after every user-stream reconnect.
     */
    public CompletionStage<ReconciliationResult> reconcile(LocalSnapshot local) {
        return new AccountReconciliation(s).run(local).toCompletionStage();
    }

    /**
     * Client ids of orders sent before a restart that no stored state describes (sent just before a crash): the
     * reconciliation attributes the venue's orders and fills with their cloids to them.
     */
    public void rememberClientIds(Collection<String> clientIds) {
        remembered.addAll(clientIds);
    }

    /** A local snapshot of the adapter's own open orders with the portfolio's positions and recent fills. */
    public LocalSnapshot localSnapshot(Map<String, Long> positions, Collection<Fill> recentFills, long fillsSince) {
        return new LocalSnapshot(List.copyOf(openOrders()), positions, List.copyOf(recentFills), fillsSince,
                concat(s.read(HyperliquidOrderTracker::knownClientIds, List.of()), remembered),
                s.read(HyperliquidOrderTracker::inFlight, java.util.Set.of()));
    }

    /** Why the adapter halted (a listener failure), or {@code null} while it runs. */
    public String haltReason() {
        return s.haltReason();
    }

    /** HTTP requests sent so far, retries included. */
    public long requestsSent() {
        return s.raw.requests();
    }

    /** 429 answers received so far. */
    public long rateLimitedAnswers() {
        return s.raw.rateLimited();
    }

    /** Requests that had to wait for the weight budget so far. */
    public long budgetWaits() {
        return s.raw.throttled();
    }

    /** The {@code /info} transport the adapter reads through: the session's shared one, or its own. */
    public HyperliquidInfoRaw infoTransport() {
        return s.raw.infoTransport();
    }
}
