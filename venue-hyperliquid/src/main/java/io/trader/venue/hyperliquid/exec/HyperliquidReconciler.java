package io.trader.venue.hyperliquid.exec;

import io.trader.core.venue.ReconciliationResult;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.RiskEvent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what the platform believes ({@link LocalSnapshot}) with what the venue holds ({@link VenueSnapshot}) and
 * returns venue truth as values ({@link ReconciliationResult}); pure, deterministic.
 * <ul>
 *   <li>Fills: venue fills of the window the platform has not applied become missed fills, attributed to the order
 *       by cloid (or oid). Per order, only as many lots as the venue has beyond what the platform applied count as
 *       missed, so fills the platform synthesized earlier are not applied twice.</li>
 *   <li>Orders: a local order open at the venue is corrected (oid, filled size, size/price changed elsewhere); a
 *       venue order the platform does not know is adopted; a local order no longer open is closed (FILLED when its
 *       fills cover it, REJECTED when it never reached the venue, else CANCELLED).</li>
 *   <li>Positions: the venue's are adopted. A position equal to the local one plus the missed fills is explained;
 *       any other difference, a position in a coin not traded here, or a fill on one, sets {@code halt}.</li>
 * </ul>
 * Every difference becomes a {@link RiskEvent.ReconciliationDifference} stamped {@code time}.
 */
public final class HyperliquidReconciler {

    private final HyperliquidInstruments instruments;

    public HyperliquidReconciler(HyperliquidInstruments instruments) {
        if (instruments == null) {
            throw new IllegalArgumentException("instruments are required");
        }
        this.instruments = instruments;
    }

    public ReconciliationResult reconcile(LocalSnapshot local, VenueSnapshot venue, long time) {
        return new Run(local, venue, time).result();
    }

    private final class Run {
        final LocalSnapshot local;
        final VenueSnapshot venue;
        final long time;
        final Map<String, String> clientByCloid = new HashMap<>();
        final Map<Long, String> clientByOid = new HashMap<>();
        final Map<String, Long> missedLots = new HashMap<>();
        final Map<String, Long> missedNotional = new HashMap<>();
        final Map<String, Long> fillDelta = new HashMap<>();
        final List<Fill> missed = new ArrayList<>();
        final Set<String> fillKeys = new HashSet<>();
        final List<RiskEvent.ReconciliationDifference> diffs = new ArrayList<>();
        final List<String> halts = new ArrayList<>();
        final List<OrderState> open = new ArrayList<>();
        final List<OrderState> closed = new ArrayList<>();
        final Map<String, Long> positions = new LinkedHashMap<>();

        Run(LocalSnapshot local, VenueSnapshot venue, long time) {
            this.local = local;
            this.venue = venue;
            this.time = time;
            for (OrderState s : local.openOrders()) {
                Cloid c = HyperliquidClientIds.cloidOf(s.clientId());
                if (c != null) {
                    clientByCloid.put(c.hex(), s.clientId());
                }
                if (s.venueOrderId() != null && s.venueOrderId().matches("\\d{1,18}")) {
                    clientByOid.put(Long.parseLong(s.venueOrderId()), s.clientId());
                }
            }
            for (Fill f : local.recentFills()) {
                Cloid c = HyperliquidClientIds.cloidOf(f.clientId());
                if (c != null) {
                    clientByCloid.putIfAbsent(c.hex(), f.clientId());
                }
            }
            for (String id : local.knownClientIds()) {
                Cloid c = HyperliquidClientIds.cloidOf(id);
                if (c != null) {
                    clientByCloid.putIfAbsent(c.hex(), id);
                }
            }
            for (HyperliquidOpenOrder o : venue.openOrders()) {
                clientByOid.putIfAbsent(o.oid(), clientOf(o.cloid(), o.oid()));
            }
        }

        String clientOf(String cloid, long oid) {
            String c = cloid == null ? null : clientByCloid.get(cloid.toLowerCase(java.util.Locale.ROOT));
            c = c != null ? c : clientByOid.get(oid);
            return c != null ? c : HyperliquidClientIds.adopted(cloid, oid);
        }

        ReconciliationResult result() {
            fills();
            orders();
            positions();
            HyperliquidAccount a = venue.account();
            var margin = new ReconciliationResult.Margin(HyperliquidInstruments.cash(a.accountValue()),
                    HyperliquidInstruments.cash(a.totalMarginUsed()), HyperliquidInstruments.cash(a.withdrawable()),
                    a.time(), marks(a));
            long latest = 0;
            for (HyperliquidFill f : venue.fills()) {
                latest = Math.max(latest, f.time());
            }
            return new ReconciliationResult(open, closed, positions, entryCosts(a), missed, diffs, !halts.isEmpty(),
                    halts, margin, fillKeys, latest);
        }

        /**
         * The venue's cost basis of each traded position: its average entry price times the position as the platform
         * holds it (on the lot grid), in cash units, rounded half-even once.
         */
        Map<String, Long> entryCosts(HyperliquidAccount a) {
            Map<String, Long> out = new HashMap<>();
            for (HyperliquidAccount.Position p : a.positions()) {
                var e = instruments.byCoin(p.coin());
                if (e.isEmpty() || p.entryPx() == null || p.entryPx().signum() <= 0) {
                    continue;
                }
                long lots = positions.getOrDefault(e.get().spec().symbol(), 0L);
                if (lots != 0) {
                    BigDecimal size = e.get().spec().qtyDecimal(lots);
                    out.put(e.get().spec().symbol(), HyperliquidInstruments.cash(p.entryPx().multiply(size)));
                }
            }
            return out;
        }

        /** Mark price of each traded position: entry price plus unrealised P&L per unit. */
        Map<String, Long> marks(HyperliquidAccount a) {
            Map<String, Long> out = new HashMap<>();
            for (HyperliquidAccount.Position p : a.positions()) {
                var e = instruments.byCoin(p.coin());
                if (e.isEmpty() || p.entryPx() == null || p.szi().signum() == 0) {
                    continue;
                }
                BigDecimal upnl = p.unrealizedPnl() == null ? BigDecimal.ZERO : p.unrealizedPnl();
                BigDecimal mark = p.entryPx().add(upnl.divide(p.szi(), 12, java.math.RoundingMode.HALF_EVEN));
                if (mark.signum() > 0) {
                    out.put(e.get().spec().symbol(), HyperliquidInstruments.ticks(e.get().spec(), mark));
                }
            }
            return out;
        }

        void fills() {
            Set<String> localIds = new HashSet<>();
            Map<String, Long> localLots = new HashMap<>();
            for (Fill f : local.recentFills()) {
                if (f.time() >= local.fillsSince()) {
                    localIds.add(f.fillId());
                    localLots.merge(f.clientId(), f.qtyLots(), Long::sum);
                }
            }
            List<HyperliquidFill> window = new ArrayList<>();
            for (HyperliquidFill f : venue.fills()) {
                if (f.time() >= local.fillsSince()) {
                    window.add(f);
                    fillKeys.add(f.dedupeKey());
                }
            }
            window.sort(Comparator.comparingLong(HyperliquidFill::time).thenComparingLong(HyperliquidFill::tid));
            Map<String, Long> allowance = new HashMap<>();
            for (HyperliquidFill f : window) {
                var entry = instruments.byCoin(f.coin());
                if (entry.isEmpty()) {
                    halt(f.coin(), "fill " + f.fillId() + " on " + f.coin() + ", a coin not traded here");
                    continue;
                }
                allowance.merge(clientOf(f.cloid(), f.oid()),
                        HyperliquidInstruments.lots(entry.get().spec(), f.size()), Long::sum);
            }
            localLots.forEach((client, lots) -> allowance.merge(client, -lots, Long::sum));
            for (HyperliquidFill f : window) {
                var entry = instruments.byCoin(f.coin());
                String client = clientOf(f.cloid(), f.oid());
                if (entry.isEmpty() || localIds.contains(f.fillId())) {
                    continue;
                }
                InstrumentSpec spec = entry.get().spec();
                long lots = HyperliquidInstruments.lots(spec, f.size());
                if (lots <= 0 || allowance.getOrDefault(client, 0L) < lots) {
                    continue;
                }
                HyperliquidInstruments.toFill(f, spec, client).ifPresent(fill -> {
                    allowance.merge(client, -lots, Long::sum);
                    missed.add(fill);
                    missedLots.merge(client, lots, Long::sum);
                    missedNotional.merge(client, fill.notional(), Long::sum);
                    fillDelta.merge(spec.symbol(), fill.signedLots(), Long::sum);
                });
            }
        }

        void orders() {
            Set<String> matched = new HashSet<>();
            for (HyperliquidOpenOrder vo : venue.openOrders()) {
                var entry = instruments.byCoin(vo.coin());
                if (entry.isEmpty()) {
                    diff(vo.coin(), "open order " + vo.oid() + " on " + vo.coin() + ", a coin not traded here");
                    continue;
                }
                String client = clientOf(vo.cloid(), vo.oid());
                OrderState mine = local.openOrders().stream().filter(s -> s.clientId().equals(client)).findFirst()
                        .orElse(null);
                if (mine != null) {
                    matched.add(client);
                    open.add(correct(mine, vo, entry.get().spec()));
                } else {
                    open.add(adopt(client, vo, entry.get().spec()));
                }
            }
            for (OrderState s : local.openOrders()) {
                if (matched.contains(s.clientId())) {
                    continue;
                }
                if (local.inFlight().contains(s.clientId()) && missedLots.getOrDefault(s.clientId(), 0L) == 0) {
                    open.add(s); // on its way: its answer, not its absence here, tells its fate
                } else {
                    closed.add(close(s));
                }
            }
        }

        OrderState correct(OrderState mine, HyperliquidOpenOrder vo, InstrumentSpec spec) {
            String symbol = spec.symbol();
            long venueFilled = HyperliquidInstruments.lots(spec, vo.filledSize());
            long venueQty = HyperliquidInstruments.lots(spec, vo.origSize());
            long limit = HyperliquidInstruments.ticks(spec, vo.limitPx());
            OrderRequest r = mine.request();
            if (venueQty != r.quantityLots() || (r.limitTicks() != 0 && limit != r.limitTicks())) {
                diff(symbol, "order " + mine.clientId() + " is " + vo.origSize().toPlainString() + " @ "
                        + vo.limitPx().toPlainString() + " at the venue; adopted");
                r = new OrderRequest(r.clientId(), r.instrument(), r.side(), r.type(), Math.max(1, venueQty),
                        r.type() == io.trader.core.domain.OrderType.MARKET ? 0 : limit, r.timeInForce(),
                        r.reduceOnly(), r.decisionTime(), r.reason());
            }
            long expected = mine.filledLots() + missedLots.getOrDefault(mine.clientId(), 0L);
            if (venueFilled != expected) {
                diff(symbol, "order " + mine.clientId() + " has " + venueFilled + " lots filled at the venue, "
                        + expected + " known locally");
            }
            if (mine.status() == OrderStatus.UNKNOWN) {
                diff(symbol, "order " + mine.clientId() + " of unknown fate is open at the venue");
            }
            long filled = Math.min(venueFilled, r.quantityLots());
            long notional = mine.filledNotional() + missedNotional.getOrDefault(mine.clientId(), 0L);
            return new OrderState(r, filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED, filled,
                    notional, Long.toString(vo.oid()), time);
        }

        OrderState adopt(String client, HyperliquidOpenOrder vo, InstrumentSpec spec) {
            long qty = Math.max(1, HyperliquidInstruments.lots(spec, vo.origSize()));
            long limit = Math.max(1, HyperliquidInstruments.ticks(spec, vo.limitPx()));
            TimeInForce tif = "Alo".equals(vo.tif()) ? TimeInForce.POST_ONLY
                    : "Ioc".equals(vo.tif()) ? TimeInForce.IOC : TimeInForce.GTC;
            OrderRequest r = OrderRequest.limit(client, spec, vo.side(), qty, limit, tif, vo.reduceOnly(),
                    vo.timestamp(), vo.isTrigger() ? "adopted trigger order from venue" : "adopted from venue");
            long filled = Math.min(qty, HyperliquidInstruments.lots(spec, vo.filledSize()));
            long notional = missedNotional.getOrDefault(client, 0L);
            diff(spec.symbol(), "venue order " + vo.oid() + " (" + vo.side() + " " + vo.origSize().toPlainString()
                    + " @ " + vo.limitPx().toPlainString() + ") not known locally; adopted as " + client);
            return new OrderState(r, filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.ACCEPTED, filled,
                    notional, Long.toString(vo.oid()), time);
        }

        OrderState close(OrderState s) {
            long qty = s.request().quantityLots();
            long filled = Math.min(qty, s.filledLots() + missedLots.getOrDefault(s.clientId(), 0L));
            long notional = s.filledNotional() + missedNotional.getOrDefault(s.clientId(), 0L);
            OrderStatus status;
            if (filled >= qty) {
                status = OrderStatus.FILLED;
            } else if (s.status() == OrderStatus.UNKNOWN && s.venueOrderId() == null && filled == 0) {
                status = OrderStatus.REJECTED;
            } else {
                status = OrderStatus.CANCELLED;
            }
            diff(s.request().instrument().symbol(), "order " + s.clientId() + " is not open at the venue; now "
                    + status + " with " + filled + " of " + qty + " lots filled");
            return new OrderState(s.request(), status, filled, notional, s.venueOrderId(), time);
        }

        void positions() {
            Map<String, BigDecimal> venueSzi = new HashMap<>();
            for (HyperliquidAccount.Position p : venue.account().positions()) {
                if (instruments.byCoin(p.coin()).isEmpty()) {
                    halt(p.coin(), "position " + p.szi().toPlainString() + " " + p.coin()
                            + " at the venue in a coin not traded here");
                } else {
                    venueSzi.merge(p.coin(), p.szi(), BigDecimal::add);
                }
            }
            Set<String> symbols = new TreeSet<>();
            instruments.entries().forEach(e -> symbols.add(e.spec().symbol()));
            for (String symbol : symbols) {
                var e = instruments.bySymbol(symbol).orElseThrow();
                BigDecimal szi = venueSzi.getOrDefault(e.coin(), BigDecimal.ZERO);
                long venueLots = HyperliquidInstruments.lots(e.spec(), szi);
                if (e.spec().qtyDecimal(venueLots).compareTo(szi) != 0) {
                    diff(symbol, "venue position " + szi.toPlainString() + " is off the lot grid; rounded");
                }
                long localLots = local.positions().getOrDefault(symbol, 0L);
                long delta = fillDelta.getOrDefault(symbol, 0L);
                positions.put(symbol, venueLots);
                if (venueLots == localLots + delta) {
                    if (delta != 0) {
                        diff(symbol, "position " + localLots + " -> " + venueLots + " lots, explained by missed fills");
                    }
                } else {
                    halt(symbol, "position " + venueLots + " lots at the venue, " + localLots + " locally; missed fills"
                            + " explain " + delta);
                }
            }
        }

        void diff(String symbol, String detail) {
            diffs.add(new RiskEvent.ReconciliationDifference(symbol, detail, time));
        }

        void halt(String symbol, String detail) {
            diff(symbol, "unexplained: " + detail);
            halts.add(symbol + ": " + detail);
        }
    }
}
