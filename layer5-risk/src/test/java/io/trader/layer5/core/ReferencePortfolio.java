package io.trader.layer5.core;

import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The obviously-correct slow portfolio: keeps every fill and every mark and recomputes everything from scratch
 * with exact decimals on each question. Same conventions as {@link Portfolio} (average cost, releases rounded
 * half away from zero, fees charged to realised P&amp;L), none of its code.
 */
final class ReferencePortfolio {

    private final long initialCash;
    private final List<Fill> fills = new ArrayList<>();
    private final Map<String, Long> marks = new LinkedHashMap<>();
    private final Map<String, InstrumentSpec> seen = new LinkedHashMap<>();

    ReferencePortfolio(long initialCash) {
        this.initialCash = initialCash;
    }

    void onFill(Fill fill) {
        fills.add(fill);
        seen.putIfAbsent(fill.instrument().symbol(), fill.instrument());
    }

    void mark(InstrumentSpec spec, long ticks) {
        marks.put(spec.symbol(), ticks);
        seen.putIfAbsent(spec.symbol(), spec);
    }

    /** Exact notional of a trade in cash units, rounded half up like the venue. */
    static BigInteger notional(InstrumentSpec spec, long ticks, long lots) {
        return spec.priceDecimal(ticks).multiply(spec.qtyDecimal(lots)).setScale(8, RoundingMode.HALF_UP)
                .unscaledValue();
    }

    long cash() {
        BigInteger cash = BigInteger.valueOf(initialCash);
        for (Fill f : fills) {
            cash = cash.subtract(notional(f.instrument(), f.priceTicks(), f.qtyLots())
                    .multiply(BigInteger.valueOf(f.side().sign()))).subtract(BigInteger.valueOf(f.feeCash()));
        }
        return cash.longValueExact();
    }

    long fees() {
        return fills.stream().mapToLong(Fill::feeCash).sum();
    }

    /** Lots, entry cost and realised P&L (after fees) of one instrument, replaying its fills. */
    BigInteger[] replay(String symbol) {
        BigInteger lots = BigInteger.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        BigInteger realized = BigInteger.ZERO;
        for (Fill f : fills) {
            if (!f.instrument().symbol().equals(symbol)) {
                continue;
            }
            realized = realized.subtract(BigInteger.valueOf(f.feeCash()));
            BigInteger qty = BigInteger.valueOf(f.signedLots());
            BigDecimal trade = new BigDecimal(notional(f.instrument(), f.priceTicks(), f.qtyLots()));
            if (lots.signum() == 0 || lots.signum() == qty.signum()) {
                cost = cost.add(trade.multiply(BigDecimal.valueOf(qty.signum())));
                lots = lots.add(qty);
                continue;
            }
            BigInteger closing = qty.abs().min(lots.abs());
            BigInteger opening = qty.abs().subtract(closing);
            BigDecimal openingValue = new BigDecimal(notional(f.instrument(), f.priceTicks(), opening.longValue()));
            BigDecimal released = cost.multiply(new BigDecimal(closing))
                    .divide(new BigDecimal(lots.abs()), 0, RoundingMode.HALF_UP);
            BigDecimal exit = trade.subtract(openingValue).multiply(BigDecimal.valueOf(lots.signum()));
            realized = realized.add(exit.subtract(released).toBigIntegerExact());
            cost = cost.subtract(released).add(openingValue.multiply(BigDecimal.valueOf(qty.signum())));
            lots = lots.add(qty);
        }
        return new BigInteger[] {lots, cost.toBigIntegerExact(), realized};
    }

    List<InstrumentSpec> instruments() {
        return List.copyOf(seen.values());
    }

    /** Everything the comparison needs, recomputed from the full fill list. */
    record State(long cash, long fees, long realized, long unrealized, long equity, long gross,
                 Map<String, Long> lots, Map<String, Long> realizedBySymbol) {
    }

    State state() {
        long cash = cash();
        BigInteger realized = BigInteger.ZERO;
        BigInteger unrealized = BigInteger.ZERO;
        BigInteger equity = BigInteger.valueOf(cash);
        BigInteger gross = BigInteger.ZERO;
        Map<String, Long> lots = new LinkedHashMap<>();
        Map<String, Long> realizedBySymbol = new LinkedHashMap<>();
        for (InstrumentSpec spec : instruments()) {
            BigInteger[] r = replay(spec.symbol());
            Long mark = marks.get(spec.symbol());
            BigInteger value = mark == null || r[0].signum() == 0 ? r[1]
                    : notional(spec, mark, r[0].abs().longValueExact()).multiply(BigInteger.valueOf(r[0].signum()));
            realized = realized.add(r[2]);
            unrealized = unrealized.add(value.subtract(r[1]));
            equity = equity.add(value);
            gross = gross.add(value.abs());
            lots.put(spec.symbol(), r[0].longValueExact());
            realizedBySymbol.put(spec.symbol(), r[2].longValueExact());
        }
        return new State(cash, fees(), realized.longValueExact(), unrealized.longValueExact(),
                equity.longValueExact(), gross.longValueExact(), lots, realizedBySymbol);
    }
}
