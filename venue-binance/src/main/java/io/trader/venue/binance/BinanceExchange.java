package io.trader.venue.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Binance spot as the platform's {@link ExchangePort}. Life cycle: construct, {@link #start()} (reads
 * {@code exchangeInfo}: instruments, filters and declared rate limits; syncs the server time; subscribes the user
 * stream), optionally {@link #adoptOpenOrders()} after a restart, trade, {@link #stop()}.
 *
 * <p>Orders: LIMIT GTC / IOC as LIMIT with that timeInForce, POST_ONLY as LIMIT_MAKER, MARKET as MARKET; our client
 * id travels as {@code newClientOrderId} ({@link BinanceClientIds}). Orders off the tick or step grid or below the
 * minimum notional are Rejected locally, never sent. Events reach the listener on the given executor, in order;
 * a listener that throws, or a refused key or signature, halts the adapter (new orders are rejected). Every REST
 * call, market data included, goes through one {@link RequestBudget}. Thread-safe; never blocks.
 */
public final class BinanceExchange implements ExchangePort, AutoCloseable {

    public static final String NAME = "binance";
    private static final Logger LOG = LoggerFactory.getLogger(BinanceExchange.class);

    private final BinanceConfig config;
    private final TimeSource clock;
    private final BinanceRaw raw;
    private final io.trader.core.venue.OrderEventDispatcher dispatcher;
    private final OrderFlow flow;
    private final BinanceUserStream stream;
    private volatile Map<String, BinanceInstrument> instruments = Map.of();
    private volatile String haltReason;
    private volatile boolean started;

    /**
     * @param vertx         the app's Vert.x (not closed by {@link #stop()})
     * @param signer        from {@link BinanceKeyLoader}
     * @param listener      receives every order event
     * @param eventExecutor the engine thread (or a serial executor) events are delivered on
     * @param clock         wall clock
     */
    public BinanceExchange(Vertx vertx, BinanceConfig config, BinanceSigner signer, OrderEventListener listener,
                           Executor eventExecutor, TimeSource clock) {
        if (vertx == null || config == null || signer == null || listener == null || eventExecutor == null
                || clock == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.config = config;
        this.clock = clock;
        this.raw = new BinanceRaw(vertx, config, signer, clock);
        this.dispatcher = new io.trader.core.venue.OrderEventDispatcher(listener, eventExecutor,
                e -> halt("order event listener failed: " + e));
        this.flow = new OrderFlow(vertx, raw, new Object(), new BinanceOrderTracker(), dispatcher::dispatch,
                this::halt, clock::millis);
        this.stream = new BinanceUserStream(vertx, config, raw, clock,
                r -> flow.apply(t -> t.onReport(r)), () -> {
                    flow.resolveAll();
                    Runnable hook = onResubscribed;
                    if (hook != null) {
                        hook.run();
                    }
                }, this::halt);
    }

    /** Run after each user-stream re-subscription (after this adapter resolved its own orders). */
    private volatile Runnable onResubscribed;

    /**
     * Runs {@code hook} after every user-stream re-subscription, once the adapter has resolved its own open and
     * unknown orders by REST: the session reconciles there (fills and balance changes missed while the stream was
     * down).
     */
    public void onUserStreamResubscribed(Runnable hook) {
        this.onResubscribed = hook;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Loads instruments and rate limits, syncs the clock and subscribes the user stream. */
    public CompletionStage<Void> start() {
        return raw.call(HttpMethod.GET, "/api/v3/exchangeInfo", "", BinanceWeights.EXCHANGE_INFO).compose(r -> {
            if (!r.ok()) {
                return Future.failedFuture("exchangeInfo failed: " + r.reason());
            }
            Map<String, BinanceInstrument> map = new LinkedHashMap<>();
            BinanceAdapters.instruments(r.body()).forEach(i -> map.put(i.symbol(), i));
            instruments = Map.copyOf(map);
            raw.limits(BinanceAdapters.rateLimits(r.body()));
            return raw.syncTime();
        }).compose(offset -> stream.start()).map(v -> {
            started = true;
            LOG.info("binance adapter started on {} ({} symbols, clock offset {} ms, key {})",
                    config.mainnet() ? "MAINNET" : config.baseUrl(), instruments.size(), raw.offsetMillis(),
                    raw.signer());
            return (Void) null;
        }).toCompletionStage();
    }

    public void stop() {
        stream.stop();
        raw.close();
    }

    @Override
    public void close() {
        stop();
    }

    public Optional<BinanceInstrument> instrument(String symbol) {
        return Optional.ofNullable(instruments.get(symbol));
    }

    @Override
    public void submit(OrderRequest request) {
        long now = clock.millis();
        if (flow.read(t -> t.isKnown(request.clientId()))) {
            return;
        }
        String refusal = refusal(request);
        if (refusal != null) {
            flow.apply(t -> t.rejectUnsent(request, refusal, now));
            return;
        }
        BinanceInstrument inst = instruments.get(request.instrument().symbol());
        if (!flow.read(t -> t.register(request, inst))) {
            return;
        }
        flow.send(request);
    }

    private String refusal(OrderRequest r) {
        if (!started) {
            return "rejected: the Binance adapter is not started";
        }
        if (haltReason != null) {
            return "rejected: adapter halted (" + haltReason + ")";
        }
        BinanceInstrument inst = instruments.get(r.instrument().symbol());
        if (inst == null) {
            return "rejected: " + r.instrument().symbol() + " is not traded on Binance";
        }
        if (r.type() == OrderType.MARKET && r.timeInForce() == TimeInForce.POST_ONLY) {
            return "rejected: post-only market order";
        }
        String filter = inst.refusal(r, null);
        return filter == null ? null : BinanceErrorAdapter.reason(BinanceErrorCode.FILTER, -1013,
                "refused locally, not sent: " + filter);
    }

    @Override
    public void cancel(String clientId, String reason) {
        if (flow.read(t -> t.startCancel(clientId, reason))) {
            flow.sendCancel(clientId);
        }
    }

    /** Cancels every tracked open order, one DELETE per order (an order in flight is cancelled once answered). */
    @Override
    public void cancelAll(String reason) {
        for (OrderState s : openOrders()) {
            cancel(s.clientId(), reason);
        }
    }

    /** {@code DELETE /api/v3/openOrders} for one symbol (foreign orders included); the stream reports each. */
    public CompletionStage<BinanceReply> cancelAll(String symbol, String reason) {
        LOG.info("binance: cancelling every open order on {} ({})", symbol, reason);
        return raw.signed(HttpMethod.DELETE, "/api/v3/openOrders", "symbol=" + symbol,
                BinanceWeights.CANCEL_OPEN_ORDERS, 0).map(r -> {
                    if (r.ok()) {
                        for (JsonNode n : r.body()) {
                            BinanceWire.Order o = BinanceAdapters.order(n);
                            String id = BinanceClientIds.fromVenue(o.clientOrderId());
                            flow.apply(t -> t.onOrder(id, o, clock.millis()));
                        }
                    }
                    return r;
                }).toCompletionStage();
    }

    @Override
    public Collection<OrderState> openOrders() {
        return flow.read(BinanceOrderTracker::openOrders);
    }

    /** Adopts every order open at the venue that this instance does not track (after a restart); the count. */
    public CompletionStage<Integer> adoptOpenOrders() {
        return raw.signed(HttpMethod.GET, "/api/v3/openOrders", "", BinanceWeights.OPEN_ORDERS_ALL, 0).map(r -> {
            if (!r.ok()) {
                throw new IllegalStateException("openOrders failed: " + r.reason());
            }
            int n = 0;
            for (JsonNode row : r.body()) {
                BinanceWire.Order o = BinanceAdapters.order(row);
                BinanceInstrument inst = instruments.get(o.symbol());
                if (inst != null) {
                    flow.read(t -> {
                        t.adopt(o, inst, clock.millis());
                        return null;
                    });
                    n++;
                }
            }
            return n;
        }).toCompletionStage();
    }

    /**
     * Reads balances, adopts and lists the open orders, and the own trades after {@code sinceTradeId} on
     * {@code symbols} (weight 20 + 80 + 20 per symbol).
     */
    public CompletionStage<BinanceAccount> readAccount(Collection<String> symbols, long sinceTradeId) {
        Future<JsonNode> account = raw.signed(HttpMethod.GET, "/api/v3/account", "", BinanceWeights.ACCOUNT, 0)
                .compose(BinanceExchange::body);
        return account.compose(acc -> Future.fromCompletionStage(adoptOpenOrders()).compose(n -> {
            List<Future<JsonNode>> reads = new ArrayList<>();
            for (String s : symbols) {
                reads.add(raw.signed(HttpMethod.GET, "/api/v3/myTrades", "symbol=" + s + "&fromId=" + (sinceTradeId + 1),
                        BinanceWeights.MY_TRADES, 0).compose(BinanceExchange::body));
            }
            return Future.all(reads).map(all -> {
                List<Fill> fills = new ArrayList<>();
                List<BinanceWire.Trade> rawFills = new ArrayList<>();
                Map<String, Long> last = new HashMap<>();
                for (int i = 0; i < reads.size(); i++) {
                    for (JsonNode row : reads.get(i).result()) {
                        BinanceWire.Trade t = BinanceAdapters.trade(row);
                        rawFills.add(t);
                        last.merge(t.symbol(), t.tradeId(), Math::max);
                        fills.add(fill(t, row.path("isBuyer").asBoolean()));
                    }
                }
                return new BinanceAccount(BinanceAdapters.balances(acc), List.copyOf(openOrders()), fills, rawFills,
                        last, acc.path("updateTime").asLong(0));
            });
        })).toCompletionStage();
    }

    private Fill fill(BinanceWire.Trade t, boolean buyer) {
        BinanceInstrument inst = instruments.get(t.symbol());
        String clientId = flow.read(x -> x.all().stream().filter(s -> Long.toString(t.orderId())
                .equals(s.venueOrderId())).map(OrderState::clientId).findFirst()).orElse("binance-order-" + t.orderId());
        return new Fill("binance-" + t.symbol() + "-" + t.tradeId(), clientId, inst.spec(), buyer ? Side.BUY : Side.SELL,
                BinanceOrderTracker.ticks(inst.spec(), t.price()), BinanceOrderTracker.lots(inst.spec(), t.qty()),
                BinanceOrderTracker.feeCash(inst, t), t.maker(), t.time());
    }

    /** {@code GET /api/v3/depth} through the adapter's budget (weight by limit). */
    public CompletionStage<JsonNode> depth(String symbol, int limit) {
        return raw.call(HttpMethod.GET, "/api/v3/depth", "symbol=" + symbol + "&limit=" + limit,
                BinanceWeights.depth(limit)).compose(BinanceExchange::body).toCompletionStage();
    }

    /** {@code GET /api/v3/klines} through the adapter's budget. */
    public CompletionStage<JsonNode> klines(String symbol, String interval, int limit) {
        return raw.call(HttpMethod.GET, "/api/v3/klines", "symbol=" + symbol + "&interval=" + interval + "&limit="
                + limit, BinanceWeights.KLINES).compose(BinanceExchange::body).toCompletionStage();
    }

    /** Re-reads every order not closed by REST (what a user-stream reconnect does). */
    public void resolveOpenOrders() {
        flow.resolveAll();
    }

    private static Future<JsonNode> body(BinanceReply r) {
        return r.ok() ? Future.succeededFuture(r.body()) : Future.failedFuture(r.reason());
    }

    private void halt(String reason) {
        if (haltReason == null) {
            haltReason = reason;
            LOG.error("binance adapter halted: {}", reason);
        }
    }

    /** Why the adapter halted (bad key or signature, listener failure), or {@code null}. */
    public String haltReason() {
        return haltReason;
    }

    public BinanceRaw raw() {
        return raw;
    }

    /** User-stream subscriptions confirmed (1 + reconnects). */
    public long userStreamSubscriptions() {
        return stream.subscriptions();
    }

    /** Malformed user-stream messages dropped, by reason. */
    public Map<String, Long> malformedMessages() {
        return stream.malformed();
    }

    /** Orders known to the adapter in any state (diagnostics). */
    public Collection<OrderState> trackedOrders() {
        return flow.read(BinanceOrderTracker::all);
    }

}
