package io.trader.layer4.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.market.Bar;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.MarketDataListener;
import io.trader.core.port.OrderEventListener;
import io.trader.core.port.TimeSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A simulated venue that fills orders against later bars. Feed it every bar ({@link #onBar}) before the
 * strategy sees that bar; an order submitted at time {@code t} is eligible at {@code t + latencyMillis} and
 * fills only on bars whose open time is at or after that, so it never fills at a price the strategy saw.
 *
 * <p>Only volume known when an order is priced sizes and prices a taker fill: the <b>known volume</b> of an
 * instrument is the mean volume of its last {@link PaperExchangeConfig#volumeWindowBars()} bars before the fill
 * bar ({@link KnownVolume}); the fill bar's own volume is not known at its open and is never used for a taker
 * fill. Before an instrument's first bar has been seen its known volume is 0, so no taker order fills on that
 * first bar: market orders wait for the next bar, IOC orders are cancelled (conservative: nothing says how much
 * the market would absorb). Every bar, orders or not, updates the known volume after its orders were executed.
 *
 * <p>Rules, per eligible bar of the order's instrument, in submission order:
 * <ul>
 *   <li>MARKET: takes at the bar open moved by {@link PaperExchangeConfig half spread + square-root impact}
 *       priced on the known volume, taker fee. Whatever the participation cap leaves carries to the next bars
 *       (the time in force of a market order is not used: it works until filled or cancelled).</li>
 *   <li>LIMIT arriving at the book (first eligible bar, or still taking after a capped taker fill) and
 *       marketable at the open (buy: limit &gt;= open; sell: limit &lt;= open): takes at the open with
 *       slippage, never beyond the limit, taker fee. POST_ONLY would take, so it is <b>Cancelled</b> with
 *       reason {@value #POST_ONLY_CROSS} (it was already Accepted, so the event is a cancel, as on venues
 *       that accept post-only orders and expire them on arrival).</li>
 *   <li>LIMIT not marketable at its arrival rests. A resting order fills as a maker at exactly its limit
 *       price when the bar trades <b>through</b> it (buy: low &lt; limit; sell: high &gt; limit), at most
 *       {@code maxParticipation} of the volume estimated to have traded strictly through the limit
 *       ({@link FillModel#throughShare}: the bar's volume spread evenly over its body and thinning to nothing
 *       at its high and low), never of the whole bar. A touch (low == limit) does not fill: queue position is
 *       unknown, so the model stays conservative.</li>
 *   <li>IOC never rests: what it cannot take at its first eligible open is Cancelled
 *       ({@value #IOC_REMAINDER}).</li>
 *   <li>Taker fills on one bar share one cap, {@code maxParticipation x known volume}, in submission order;
 *       resting orders share the bar's through-volume: each fills at most its own cap less what the resting
 *       orders before it took on the bar. Impact is priced on each fill's own size. Fill time is
 *       {@code max(eligible time, bar open time)}; fill ids are {@code clientId-1, clientId-2, ...}.</li>
 * </ul>
 * Fees are {@link Money#bps} of {@link Money#notional}. Same inputs give the same event sequence.
 *
 * <p>Single-threaded (engine thread). Listeners may call back into the venue: orders submitted while a bar is
 * processed are first considered on a later bar. No allocation per bar unless an order fills or closes.
 */
public final class PaperExchange implements ExchangePort, MarketDataListener {

    public static final String NAME = "paper";
    public static final String POST_ONLY_CROSS = "post-only would cross";
    public static final String IOC_REMAINDER = "IOC remainder";

    private final PaperExchangeConfig config;
    private final FillModel model;
    private final OrderEventListener listener;
    private final TimeSource clock;
    private final ArrayList<WorkingOrder> orders = new ArrayList<>();
    private final Map<String, WorkingOrder> live = new HashMap<>();
    private final Set<String> knownIds = new HashSet<>();
    private List<OrderState> openView = List.of();
    private boolean viewStale;
    private boolean processingBar;
    private int closedInList;
    private final KnownVolume knownVolume;
    /** Volume known at the open of the bar being processed (mean of the earlier bars). */
    private double barKnownVolume;
    /** Lots our taker orders may still fill on the bar being processed (participation of the known volume). */
    private double takerBudgetLots;
    /** Lots resting orders filled on the bar being processed (they share its through-volume). */
    private long makerLotsFilled;

    public PaperExchange(PaperExchangeConfig config, OrderEventListener listener, TimeSource clock) {
        if (config == null || listener == null || clock == null) {
            throw new IllegalArgumentException("config, listener and clock are required");
        }
        this.config = config;
        this.model = new FillModel(config);
        this.knownVolume = new KnownVolume(config.volumeWindowBars());
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Accepts the order (an {@link OrderEvent.Accepted} now) or rejects it (an {@link OrderEvent.Rejected}:
     * post-only market orders, limit notionals that overflow). A client id seen before, whatever its fate,
     * is ignored.
     */
    @Override
    public void submit(OrderRequest request) {
        if (!knownIds.add(request.clientId())) {
            return;
        }
        long now = clock.millis();
        String invalid = invalidReason(request);
        if (invalid != null) {
            OrderState rejected = OrderState.created(request).withStatus(OrderStatus.REJECTED, now);
            listener.onOrderEvent(new OrderEvent.Rejected(rejected, invalid, now));
            return;
        }
        OrderState accepted = new OrderState(request, OrderStatus.ACCEPTED, 0, 0, NAME + "-" + request.clientId(),
                now);
        add(new WorkingOrder(accepted, now + config.latencyMillis(), false, request.clientId() + "-"));
        listener.onOrderEvent(new OrderEvent.Accepted(accepted, now));
    }

    private static String invalidReason(OrderRequest request) {
        if (request.type() == OrderType.MARKET && request.timeInForce() == TimeInForce.POST_ONLY) {
            return "post-only market order";
        }
        if (request.type() == OrderType.LIMIT && Math.multiplyHigh(request.limitTicks(), request.quantityLots()) != 0) {
            return "notional overflows";
        }
        return null;
    }

    /** Cancels an open order now; unknown or closed client ids are ignored. */
    @Override
    public void cancel(String clientId, String reason) {
        WorkingOrder order = live.get(clientId);
        if (order != null) {
            cancel(order, reason, clock.millis());
            compactIfIdle();
        }
    }

    /** Cancels every open order, in submission order. */
    @Override
    public void cancelAll(String reason) {
        long now = clock.millis();
        int n = orders.size();
        for (int i = 0; i < n; i++) {
            WorkingOrder order = orders.get(i);
            if (!order.closed) {
                cancel(order, reason, now);
            }
        }
        compactIfIdle();
    }

    /** Open orders in submission order (an immutable snapshot, rebuilt only after a change). */
    @Override
    public Collection<OrderState> openOrders() {
        if (viewStale) {
            List<OrderState> states = new ArrayList<>(orders.size());
            for (WorkingOrder order : orders) {
                if (!order.closed) {
                    states.add(order.state);
                }
            }
            openView = List.copyOf(states);
            viewStale = false;
        }
        return openView;
    }

    /**
     * Reloads open orders after a restart, without events. Their client ids count as known; closed states
     * only mark their ids as known. Restored orders are eligible from their {@code updatedTime}; a restored
     * GTC or post-only limit order is treated as resting on the book (maker fills only). A restored order
     * that already has fills numbers its next fills {@code clientId-r<filledLots>-1, -2, ...} so fill ids stay
     * unique across the restart.
     */
    public void restore(Collection<OrderState> open) {
        for (OrderState state : open) {
            OrderRequest request = state.request();
            if (!knownIds.add(request.clientId()) || state.status().isTerminal()) {
                continue;
            }
            boolean rests = request.type() == OrderType.LIMIT && request.timeInForce() != TimeInForce.IOC;
            String prefix = state.filledLots() == 0 ? request.clientId() + "-"
                    : request.clientId() + "-r" + state.filledLots() + "-";
            add(new WorkingOrder(state, state.updatedTime(), rests, prefix));
        }
    }

    /** Executes eligible open orders of the bar's instrument against it, then counts its volume as known. */
    @Override
    public void onBar(Bar bar) {
        int n = orders.size();
        if (n == 0) {
            knownVolume.add(bar);
            return;
        }
        processingBar = true;
        try {
            InstrumentSpec instrument = bar.instrument();
            barKnownVolume = knownVolume.mean(instrument.symbol());
            takerBudgetLots = model.takerBudgetLots(instrument, barKnownVolume);
            makerLotsFilled = 0;
            for (int i = 0; i < n; i++) {
                WorkingOrder order = orders.get(i);
                if (!order.closed && bar.openTime() >= order.eligibleTime
                        && sameInstrument(order.state.request().instrument(), instrument)) {
                    execute(order, bar);
                }
            }
        } finally {
            processingBar = false;
        }
        knownVolume.add(bar);
        compactIfIdle();
    }

    /**
     * Counts a bar that was processed before a restart (it fills nothing): a restored session then prices its
     * fills on the same known volume as the uninterrupted one.
     */
    public void warmUp(Bar bar) {
        knownVolume.add(bar);
    }

    private static boolean sameInstrument(InstrumentSpec a, InstrumentSpec b) {
        return a == b || a.symbol().equals(b.symbol());
    }

    private void execute(WorkingOrder order, Bar bar) {
        OrderRequest request = order.state.request();
        long time = Math.max(order.eligibleTime, bar.openTime());
        if (request.type() == OrderType.MARKET) {
            take(order, bar, time);
            return;
        }
        boolean buy = request.side() == Side.BUY;
        long limit = request.limitTicks();
        boolean crossesOpen = buy ? limit >= bar.open() : limit <= bar.open();
        TimeInForce tif = request.timeInForce();
        if (!order.resting && crossesOpen) {
            if (tif == TimeInForce.POST_ONLY) {
                cancel(order, POST_ONLY_CROSS, time);
                return;
            }
            take(order, bar, time);
        } else if (tif != TimeInForce.IOC) {
            order.resting = true;
            boolean through = buy ? bar.low() < limit : bar.high() > limit;
            if (through) {
                double cap = model.makerCapLots(request.instrument(), request.side(), limit, bar) - makerLotsFilled;
                long lots = FillModel.fillableLots(order.state.remainingLots(), cap);
                if (lots > 0) {
                    fill(order, limit, lots, true, time);
                }
            }
        }
        if (tif == TimeInForce.IOC && !order.closed) {
            cancel(order, IOC_REMAINDER, time);
        }
    }

    /** A taker fill at the open with slippage, capped by the limit of a limit order. */
    private void take(WorkingOrder order, Bar bar, long time) {
        OrderRequest request = order.state.request();
        long lots = FillModel.fillableLots(order.state.remainingLots(), takerBudgetLots);
        if (lots == 0) {
            return;
        }
        double bps = model.slippageBps(request.instrument(), lots, barKnownVolume);
        long price = FillModel.takerPrice(request.side(), bar.open(), bps);
        if (request.type() == OrderType.LIMIT) {
            price = request.side() == Side.BUY ? Math.min(price, request.limitTicks())
                    : Math.max(price, request.limitTicks());
        }
        fill(order, price, lots, false, time);
    }

    private void fill(WorkingOrder order, long priceTicks, long lots, boolean maker, long time) {
        OrderRequest request = order.state.request();
        long notional = Money.notional(request.instrument(), priceTicks, lots);
        long fee = Money.bps(notional, maker ? config.makerFeeBps() : config.takerFeeBps());
        if (maker) {
            makerLotsFilled += lots;
        } else {
            takerBudgetLots -= lots;
        }
        Fill fill = new Fill(order.nextFillId(), request.clientId(), request.instrument(), request.side(), priceTicks,
                lots, fee, maker, time);
        order.state = order.state.withFill(lots, priceTicks, time);
        viewStale = true;
        if (order.state.status() == OrderStatus.FILLED) {
            markClosed(order);
        }
        listener.onOrderEvent(new OrderEvent.Filled(fill, order.state, time));
    }

    private void cancel(WorkingOrder order, String reason, long time) {
        order.state = order.state.withStatus(OrderStatus.CANCELLED, time);
        markClosed(order);
        listener.onOrderEvent(new OrderEvent.Cancelled(order.state, reason, time));
    }

    private void add(WorkingOrder order) {
        orders.add(order);
        live.put(order.state.clientId(), order);
        viewStale = true;
    }

    private void markClosed(WorkingOrder order) {
        order.closed = true;
        live.remove(order.state.clientId());
        closedInList++;
        viewStale = true;
    }

    /** Drops closed orders from the list, unless a bar is being processed (indices must stay stable). */
    private void compactIfIdle() {
        if (processingBar || closedInList == 0) {
            return;
        }
        orders.removeIf(o -> o.closed);
        closedInList = 0;
    }
}
