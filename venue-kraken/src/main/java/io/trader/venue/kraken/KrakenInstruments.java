package io.trader.venue.kraken;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's instruments paired with Kraken's pairs ({@code GET /0/public/AssetPairs}), and the exact
 * conversions between platform ticks/lots and Kraken's decimals. A symbol maps to the pair whose {@code altname}
 * equals it after Kraken's asset naming ({@code BTC → XBT}, e.g. {@code BTCUSDT → XBTUSDT}), unless an override
 * names the pair. Requests off Kraken's grid ({@code tick_size}, {@code lot_decimals}) or under its minimums
 * ({@code ordermin}, {@code costmin}) are refused before sending, with the rule in the reason.
 */
public final class KrakenInstruments {

    /** An instrument and its pair. */
    public record Entry(InstrumentSpec spec, KrakenDto.Pair pair) {
        /** True when the platform's scales hold every Kraken price and volume exactly. */
        public boolean exact() {
            return spec.priceScale() >= pair.pairDecimals() && spec.qtyScale() >= pair.lotDecimals();
        }
    }

    private final Map<String, Entry> bySymbol = new LinkedHashMap<>();
    private final Map<String, Entry> byPairName = new HashMap<>();
    private final List<String> unmapped = new ArrayList<>();

    private KrakenInstruments() {
    }

    /**
     * Pairs {@code specs} with {@code pairs} (keyed by result name).
     *
     * @param overrides platform symbol to Kraken pair name or altname, for symbols the default rule misses
     */
    public static KrakenInstruments of(Collection<InstrumentSpec> specs, Map<String, KrakenDto.Pair> pairs,
                                       Map<String, String> overrides) {
        KrakenInstruments out = new KrakenInstruments();
        Map<String, KrakenDto.Pair> byAlt = new HashMap<>();
        pairs.values().forEach(p -> {
            byAlt.put(p.altname().toUpperCase(Locale.ROOT), p);
            byAlt.put(p.name().toUpperCase(Locale.ROOT), p);
            if (p.wsname() != null) {
                byAlt.put(p.wsname().replace("/", "").toUpperCase(Locale.ROOT), p);
            }
        });
        for (InstrumentSpec spec : specs) {
            String wanted = overrides.getOrDefault(spec.symbol(), spec.symbol()).toUpperCase(Locale.ROOT);
            KrakenDto.Pair pair = byAlt.get(wanted);
            if (pair == null) {
                pair = byAlt.get(wanted.replace("BTC", "XBT"));
            }
            if (pair == null) {
                out.unmapped.add(spec.symbol());
                continue;
            }
            Entry e = new Entry(spec, pair);
            out.bySymbol.put(spec.symbol(), e);
            out.byPairName.put(pair.name(), e);
            out.byPairName.put(pair.altname(), e);
        }
        return out;
    }

    public Optional<Entry> bySymbol(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /** By the pair as Kraken writes it in orders and trades (result name or altname). */
    public Optional<Entry> byPair(String pair) {
        return Optional.ofNullable(byPairName.get(pair));
    }

    public Collection<Entry> entries() {
        return bySymbol.values();
    }

    public List<String> unmapped() {
        return List.copyOf(unmapped);
    }

    /**
     * Why Kraken would refuse this order's price or volume, or {@code null} when it fits the pair's rules.
     */
    public static String refusal(Entry e, OrderRequest r) {
        KrakenDto.Pair p = e.pair();
        if (!"online".equals(p.status()) && !"post_only".equals(p.status()) && !"limit_only".equals(p.status())) {
            return p.altname() + " is " + p.status();
        }
        BigDecimal vol = volume(e, r.quantityLots());
        if (vol.stripTrailingZeros().scale() > p.lotDecimals()) {
            return "volume " + vol.toPlainString() + " has more than lot_decimals " + p.lotDecimals() + " decimals";
        }
        if (vol.compareTo(p.orderMin()) < 0) {
            return "volume " + vol.toPlainString() + " is below ordermin " + p.orderMin().toPlainString();
        }
        if (r.type() == OrderType.LIMIT) {
            BigDecimal price = price(e, r.limitTicks());
            if (price.remainder(p.tick()).signum() != 0) {
                return "price " + price.toPlainString() + " is off the tick_size " + p.tick().toPlainString();
            }
            if (p.costMin() != null && price.multiply(vol).compareTo(p.costMin()) < 0) {
                return "cost " + price.multiply(vol).toPlainString() + " is below costmin "
                        + p.costMin().toPlainString();
            }
        }
        return null;
    }

    /** A platform price as Kraken's decimal (trailing zeros dropped, never below scale 0). */
    public static BigDecimal price(Entry e, long ticks) {
        return plain(e.spec().priceDecimal(ticks));
    }

    public static BigDecimal volume(Entry e, long lots) {
        return plain(e.spec().qtyDecimal(lots));
    }

    /** A Kraken price in platform ticks, half-even when the platform's scale is coarser. */
    public static long ticks(InstrumentSpec spec, BigDecimal price) {
        return price.setScale(spec.priceScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** A Kraken volume in platform lots, half-even when the platform's scale is coarser. */
    public static long lots(InstrumentSpec spec, BigDecimal volume) {
        return volume.setScale(spec.qtyScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
