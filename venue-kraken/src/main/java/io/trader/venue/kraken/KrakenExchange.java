package io.trader.venue.kraken;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;
import io.trader.core.venue.ReconciliationResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Live trading on Kraken spot through the platform's {@link ExchangePort}. The adapter owns its REST client, its
 * single rate-limit budget ({@link KrakenRest}), its instrument map ({@link KrakenInstruments}), the wire DTOs
 * ({@link KrakenDto}) and the error translation ({@link KrakenErrors}).
 *
 * <p>Life cycle: construct; optionally {@link #setStartingBalances} (the balances positions are measured from; by
 * default those read at start); {@link #start()} reads {@code AssetPairs}, checks the key with {@code Balance}
 * (a refused key or signature fails the start with a clear message and halts), and starts the poll;
 * {@link #restore} the stored open orders; {@link #reconcile} and apply the result; trade; {@link #stop()}.
 *
 * <p>Orders: LIMIT GTC, LIMIT IOC ({@code timeinforce=IOC}), POST_ONLY ({@code oflags=post}) and MARKET; the
 * client id travels as {@code cl_ord_id} (a name-based UUID of it). Reduce-only is emulated on spot (see
 * {@link OrderFlow}). Requests off Kraken's grid or under its minimums are Rejected unsent. An order of unknown fate
 * is looked up by {@code cl_ord_id} before any resend. Fills come from polling {@code TradesHistory}
 * ({@link FillPoller}), once per trade id. Events reach the listener on the given executor, in order.
 */
public final class KrakenExchange implements ExchangePort, AutoCloseable {

    public static final String NAME = "kraken";
    private static final Logger LOG = LoggerFactory.getLogger(KrakenExchange.class);

    private final KrakenSession s;
    private final Collection<InstrumentSpec> specs;
    private final FillPoller poller;
    private final OrderFlow flow;
    private final KrakenReconciler reconciler;
    private volatile Map<String, BigDecimal> givenStart;

    /**
     * @param vertx         the app's Vert.x (not closed by {@link #stop})
     * @param signer        from {@link KrakenKeyLoader}
     * @param instruments   the instruments to trade
     * @param listener      receives every order event
     * @param eventExecutor a serial executor events are delivered on
     * @param clock         wall clock (also the nonce base)
     */
    public KrakenExchange(Vertx vertx, KrakenConfig config, KrakenSigner signer, Collection<InstrumentSpec> instruments,
                          OrderEventListener listener, Executor eventExecutor, TimeSource clock) {
        if (vertx == null || config == null || signer == null || instruments == null || listener == null
                || eventExecutor == null || clock == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        KrakenRest rest = new KrakenRest(vertx, config, signer, new NonceSource(clock::millis), clock);
        this.s = new KrakenSession(vertx, config, rest, clock, listener, eventExecutor);
        this.specs = List.copyOf(instruments);
        this.poller = new FillPoller(s);
        this.flow = new OrderFlow(s, () -> vertx.setTimer(1, id -> poller.poll()));
        this.reconciler = new KrakenReconciler(s, poller);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The balances positions are measured from (asset → amount); call before {@link #start()}. */
    public void setStartingBalances(Map<String, BigDecimal> balances) {
        this.givenStart = Map.copyOf(balances);
    }

    /** The starting balances in use (after {@link #start()}). */
    public Map<String, BigDecimal> startingBalances() {
        return s.startBalances;
    }

    /** Reads the pairs, checks the key, fixes the starting balances and starts polling. */
    public CompletionStage<Void> start() {
        Future<Void> f = s.rest.publicGet("AssetPairs", Map.of()).compose(pairs -> {
            KrakenInstruments inst = KrakenInstruments.of(specs, KrakenWire.assetPairs(pairs, s.malformed),
                    s.config.pairOverrides());
            if (!inst.unmapped().isEmpty()) {
                LOG.warn("instruments not on Kraken (orders for them are rejected): {}", inst.unmapped());
            }
            inst.entries().stream().filter(e -> !e.exact()).forEach(e -> LOG.warn(
                    "{} scales (price {}, qty {}) are coarser than {}'s (pair_decimals {}, lot_decimals {}); venue "
                            + "values are rounded half-even", e.spec().symbol(), e.spec().priceScale(),
                    e.spec().qtyScale(), e.pair().altname(), e.pair().pairDecimals(), e.pair().lotDecimals()));
            return s.rest.privateCall("Balance", Map.of(), KrakenRest.Cost.of("Balance"), false).compose(o -> {
                if (o instanceof KrakenOutcome.Refused r) {
                    if (r.code().fatal()) {
                        s.halt("Kraken refused the credentials: " + r.reason());
                        return Future.failedFuture(new IllegalStateException("Kraken refused the API key or its "
                                + "signature (" + r.text() + "): check KRAKEN_API_KEY/KRAKEN_API_SECRET"));
                    }
                    return Future.failedFuture(new IllegalStateException("Kraken Balance refused: " + r.reason()));
                }
                if (o instanceof KrakenOutcome.Unknown u) {
                    return Future.failedFuture(new IllegalStateException("Kraken Balance failed: " + u.reason()));
                }
                Map<String, BigDecimal> bal = KrakenWire.balance(((KrakenOutcome.Ok) o).result(), s.malformed);
                s.startBalances = givenStart != null ? givenStart : Map.copyOf(bal);
                s.instruments = inst;
                poller.start(s.now());
                LOG.info("kraken adapter started on {} for {} instruments ({} tier)", s.config.baseUrl(),
                        inst.entries().size(), s.config.tier());
                return Future.succeededFuture();
            });
        });
        return f.toCompletionStage();
    }

    /** Stops polling, closes the HTTP client and delivers no further events. Open orders stay at Kraken. */
    public void stop() {
        s.stop();
        poller.stop();
        s.rest.close();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public void submit(OrderRequest request) {
        flow.submit(request);
    }

    @Override
    public void cancel(String clientId, String reason) {
        flow.cancel(clientId, reason);
    }

    /** Cancels every tracked open order (orders of other systems on the key are left alone). */
    @Override
    public void cancelAll(String reason) {
        s.read(OrderTable::live).forEach(t -> flow.cancel(t.state.clientId(), reason));
    }

    @Override
    public Collection<OrderState> openOrders() {
        return s.read(OrderTable::openStates);
    }

    /** Reloads the stored open orders after a restart (no events); call {@link #reconcile} next. */
    public void restore(Collection<OrderState> orders) {
        s.read(tab -> {
            for (OrderState o : orders) {
                s.instruments.bySymbol(o.request().instrument().symbol()).ifPresent(e -> tab.restore(o, e));
            }
            return null;
        });
    }

    /**
     * Compares the platform with Kraken and adopts venue truth (see {@link KrakenReconciler} for the spot
     * semantics); call after {@link #start()} and {@link #restore}, and whenever the platform suspects a gap.
     *
     * @param localPositions the platform's positions in lots by symbol
     * @param recentFills    the platform's fills since {@code fillsSince} (their ids are Kraken trade ids)
     * @param fillsSince     epoch ms from which Kraken's trades are compared
     */
    public CompletionStage<ReconciliationResult> reconcile(Map<String, Long> localPositions,
                                                           Collection<Fill> recentFills, long fillsSince) {
        return reconciler.run(localPositions, recentFills, fillsSince).toCompletionStage();
    }

    /**
     * A public market-data read ({@code GET /0/public/<method>}, e.g. {@code OHLC}) on the adapter's own client, so
     * the session's market data and orders share one connection and one set of limits.
     */
    public CompletionStage<com.fasterxml.jackson.databind.JsonNode> publicGet(String method, Map<String, String> query) {
        return s.rest.publicGet(method, query).toCompletionStage();
    }

    /** Kraken's pair name of a platform symbol (after {@link #start}), e.g. {@code XXBTZUSD}, or empty. */
    public java.util.Optional<String> pairOf(String symbol) {
        return s.instruments == null ? java.util.Optional.empty()
                : s.instruments.bySymbol(symbol).map(e -> e.pair().name());
    }

    /** Polls orders and fills now (completes when the poll, or the one running, is done). */
    public CompletionStage<Void> pollNow() {
        return poller.poll().toCompletionStage();
    }

    /** Why the adapter halted (refused credentials, a listener failure), or {@code null} while it runs. */
    public String haltReason() {
        return s.haltReason();
    }

    /** HTTP requests sent so far, retries included. */
    public long requestsSent() {
        return s.rest.requests();
    }

    /** The REST client and its call-counter budget (read-only use, for metrics). */
    public KrakenRest rest() {
        return s.rest;
    }

    /** Rate-limit refusals received (the budget should keep this at 0). */
    public long rateLimitedAnswers() {
        return s.rest.rateLimited();
    }

    /** Malformed wire entries dropped, by reason. */
    public Map<String, Long> malformed() {
        return s.malformed.snapshot();
    }
}
