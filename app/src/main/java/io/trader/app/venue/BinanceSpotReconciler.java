package io.trader.app.venue;

import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.event.RiskEvent;
import io.trader.core.venue.ReconciliationResult;
import io.trader.venue.binance.BinanceAccount;
import io.trader.venue.binance.BinanceInstrument;
import io.trader.venue.binance.BinanceWire;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the venue-independent {@link ReconciliationResult} from a Binance spot account read (balances, open orders,
 * own trades), for {@link ReconciliationApplier} to apply. Spot has no positions, only balances, so:
 *
 * <p><b>Position of a symbol</b> = (base-asset balance, free + locked, minus the session's <i>starting balance</i>)
 * plus the base-asset commissions charged since the start, in lots (half-even). The starting balance is fixed at the
 * first reconciliation of the process: the venue's balance minus the session's position then (its restored
 * position plus the fills it missed), so coins the account held before the session are never the session's.
 * Commissions Binance takes from the bought coin are added back because the session pays every fee in cash
 * ({@link Fill#feeCash()} prices them), not in lots. A position that still differs from the session's after its
 * missed fills is a difference that halts (the applier then adopts the venue's with layer 5's accounting). Spot
 * has no entry price: {@link ReconciliationResult#entryCost()} stays empty.
 *
 * <p><b>Account value</b> (the equity band's venue side) = the quote assets' balances plus each position at the mark,
 * so it moves like the session's equity (cash plus positions). Not thread-safe: one reconciliation at a time.
 */
final class BinanceSpotReconciler {

    private final Map<String, BinanceInstrument> instruments;
    /** Starting base balance per symbol, set at the first reconciliation. */
    private final Map<String, BigDecimal> startBalance = new HashMap<>();
    /** Base-asset commissions since the start, per symbol. */
    private final Map<String, BigDecimal> baseFees = new HashMap<>();
    /** Trades already seen, per symbol (reads overlap). */
    private final Map<String, Set<Long>> seen = new HashMap<>();
    private final Map<String, Long> lastTradeId = new HashMap<>();

    BinanceSpotReconciler(Collection<BinanceInstrument> instruments) {
        Map<String, BinanceInstrument> m = new HashMap<>();
        instruments.forEach(i -> m.put(i.symbol(), i));
        this.instruments = Map.copyOf(m);
    }

    /** The trade id after which the next read starts (the lowest of the symbols', so none is skipped). */
    long sinceTradeId() {
        if (lastTradeId.size() < instruments.size()) {
            return 0;
        }
        return lastTradeId.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }

    /**
     * @param before    the adapter's open orders before the read, by client id
     * @param tracked   the adapter's latest state of any order, by client id (for orders closed at the venue)
     * @param local     the session's positions in lots, by symbol
     * @param applied   true for a fill id the session has applied
     * @param since     the session's fill window start (venue time), or -1 before the first meeting
     * @param markTicks the session's last price per symbol (0 when none)
     */
    ReconciliationResult build(BinanceAccount a, Map<String, OrderState> before, Map<String, OrderState> tracked,
                               Map<String, Long> local, Predicate<String> applied, long since,
                               Map<String, Long> markTicks, long now) {
        boolean first = startBalance.isEmpty();
        List<RiskEvent.ReconciliationDifference> diffs = new ArrayList<>();
        List<String> haltReasons = new ArrayList<>();
        Set<String> fillKeys = new LinkedHashSet<>();
        long latest = 0;
        Map<String, Fill> byTrade = new HashMap<>();
        a.fills().forEach(f -> byTrade.put(f.fillId(), f));
        List<Fill> missed = new ArrayList<>();
        for (BinanceWire.Trade t : a.rawFills()) {
            String key = "binance-" + t.symbol() + "-" + t.tradeId();
            fillKeys.add(key);
            latest = Math.max(latest, t.time());
            lastTradeId.merge(t.symbol(), t.tradeId(), Math::max);
            if (!seen.computeIfAbsent(t.symbol(), s -> new HashSet<>()).add(t.tradeId())) {
                continue;
            }
            BinanceInstrument inst = instruments.get(t.symbol());
            if (!first && inst != null && t.commissionAsset().equals(inst.baseAsset())) {
                baseFees.merge(t.symbol(), t.commission(), BigDecimal::add);
            }
            Fill f = byTrade.get(key);
            if (!first && f != null && since >= 0 && t.time() >= since && !applied.test(key)) {
                missed.add(f);
            }
        }
        Map<String, Long> missedLots = new HashMap<>();
        for (Fill f : missed) {
            missedLots.merge(f.instrument().symbol(), f.side() == Side.BUY ? f.qtyLots() : -f.qtyLots(), Long::sum);
        }
        Map<String, Long> positions = new HashMap<>();
        long value = 0;
        Set<String> quotes = new HashSet<>();
        for (BinanceInstrument inst : instruments.values()) {
            String s = inst.symbol();
            int scale = inst.spec().qtyScale();
            BigDecimal balance = total(a.balances().get(inst.baseAsset()));
            long expected = local.getOrDefault(s, 0L) + missedLots.getOrDefault(s, 0L);
            if (first) {
                startBalance.put(s, balance.subtract(BigDecimal.valueOf(expected, scale)));
            }
            BigDecimal held = balance.subtract(startBalance.get(s)).add(baseFees.getOrDefault(s, BigDecimal.ZERO));
            long lots = held.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
            positions.put(s, lots);
            if (lots != expected) {
                String d = "position " + lots + " lots at the venue (balance " + balance.toPlainString()
                        + " " + inst.baseAsset() + " less the starting " + startBalance.get(s).toPlainString()
                        + "), " + expected + " in the session after its missed fills";
                diffs.add(new RiskEvent.ReconciliationDifference(s, "unexplained: " + d, now));
                haltReasons.add(s + ": " + d);
            }
            long mark = markTicks.getOrDefault(s, 0L);
            if (mark > 0) {
                value += Money.notional(inst.spec(), mark, lots);
            }
            if (quotes.add(inst.quoteAsset())) {
                value += cash(total(a.balances().get(inst.quoteAsset())));
            }
        }
        Set<String> venueOpen = new HashSet<>();
        for (OrderState o : a.openOrders()) {
            venueOpen.add(o.clientId());
            if (!before.containsKey(o.clientId())) {
                diffs.add(new RiskEvent.ReconciliationDifference(o.request().instrument().symbol(),
                        "adopted an order open at the venue: " + o.clientId(), now));
            }
        }
        List<OrderState> closed = new ArrayList<>();
        for (OrderState o : before.values()) {
            if (!venueOpen.contains(o.clientId())) {
                OrderState latestState = tracked.getOrDefault(o.clientId(), o);
                closed.add(latestState.status().isTerminal() ? latestState
                        : latestState.withStatus(o.filledLots() > 0 && o.remainingLots() == 0 ? OrderStatus.FILLED
                        : OrderStatus.CANCELLED, now));
                diffs.add(new RiskEvent.ReconciliationDifference(o.request().instrument().symbol(),
                        "no longer open at the venue: " + o.clientId(), now));
            }
        }
        BigDecimal free = BigDecimal.ZERO;
        for (String q : quotes) {
            BinanceWire.Balance b = a.balances().get(q);
            free = free.add(b == null ? BigDecimal.ZERO : b.free());
        }
        ReconciliationResult.Margin margin = new ReconciliationResult.Margin(value, 0, cash(free), a.time(), Map.of());
        return new ReconciliationResult(a.openOrders(), closed, positions, Map.of(), missed, diffs,
                !haltReasons.isEmpty(), haltReasons, margin, fillKeys, latest);
    }

    private static BigDecimal total(BinanceWire.Balance b) {
        return b == null ? BigDecimal.ZERO : b.free().add(b.locked());
    }

    private static long cash(BigDecimal amount) {
        return amount.movePointRight(Money.CASH_SCALE).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
