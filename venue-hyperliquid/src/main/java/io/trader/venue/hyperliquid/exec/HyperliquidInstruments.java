package io.trader.venue.hyperliquid.exec;

import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.core.domain.Fill;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The platform instruments traded on Hyperliquid, each paired with its venue asset, and the conversions between
 * venue decimals and the instrument's ticks, lots and cash units. A platform symbol maps to a coin through an
 * explicit override, else the coin of the same name, else the symbol without a quote suffix
 * ({@code BTCUSDT}, {@code BTC-USD}, {@code BTC/USDC}, {@code BTC-PERP} are all {@code BTC}). Immutable.
 */
public final class HyperliquidInstruments {

    /** Suffixes stripped from platform symbols, longest first. */
    private static final String[] QUOTE_SUFFIXES = {"/USDC:USDC", "-PERP", "PERP", "USDT", "USDC", "USD"};

    /** An instrument and its venue asset. */
    public record Entry(InstrumentSpec spec, HlAsset asset) {
        public Entry {
            if (spec == null || asset == null) {
                throw new IllegalArgumentException("spec and asset are required");
            }
        }

        public String coin() {
            return asset.name();
        }
    }

    private final Map<String, Entry> bySymbol = new HashMap<>();
    private final Map<String, Entry> byCoin = new HashMap<>();
    private final List<String> unmapped;

    private HyperliquidInstruments(List<Entry> entries, List<String> unmapped) {
        for (Entry e : entries) {
            bySymbol.put(e.spec().symbol(), e);
            byCoin.put(e.coin(), e);
        }
        this.unmapped = List.copyOf(unmapped);
    }

    /**
     * Pairs each instrument with the asset of its coin in {@code universe}.
     *
     * @param overrides platform symbol to coin name, for symbols the default rule does not map
     */
    public static HyperliquidInstruments of(Collection<InstrumentSpec> specs, List<HlAsset> universe,
                                            Map<String, String> overrides) {
        Map<String, HlAsset> assets = new HashMap<>();
        universe.forEach(a -> assets.put(a.name(), a));
        List<Entry> entries = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (InstrumentSpec spec : specs) {
            HlAsset asset = assets.get(coinOf(spec.symbol(), overrides, assets.keySet()));
            if (asset == null) {
                missing.add(spec.symbol());
            } else {
                entries.add(new Entry(spec, asset));
            }
        }
        return new HyperliquidInstruments(entries, missing);
    }

    /** The coin name a platform symbol maps to (it may not exist on the venue). */
    public static String coinOf(String symbol, Map<String, String> overrides, Collection<String> coins) {
        String o = overrides.get(symbol);
        if (o != null) {
            return o;
        }
        if (coins.contains(symbol)) {
            return symbol;
        }
        String upper = symbol.toUpperCase(Locale.ROOT);
        for (String suffix : QUOTE_SUFFIXES) {
            if (upper.endsWith(suffix) && upper.length() > suffix.length()) {
                String base = symbol.substring(0, symbol.length() - suffix.length());
                while (base.endsWith("-") || base.endsWith("/") || base.endsWith("_")) {
                    base = base.substring(0, base.length() - 1);
                }
                return base;
            }
        }
        return symbol;
    }

    public Optional<Entry> bySymbol(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    public Optional<Entry> byCoin(String coin) {
        return Optional.ofNullable(byCoin.get(coin));
    }

    public Collection<Entry> entries() {
        return List.copyOf(bySymbol.values());
    }

    /** Platform symbols whose coin is not on the venue. */
    public List<String> unmapped() {
        return unmapped;
    }

    /** Lots of a venue size, rounded half-even onto the instrument's grid. */
    public static long lots(InstrumentSpec spec, BigDecimal size) {
        return size.setScale(spec.qtyScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** Ticks of a venue price, rounded half-even onto the instrument's grid. */
    public static long ticks(InstrumentSpec spec, BigDecimal price) {
        return price.setScale(spec.priceScale(), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** Cash units (1e-8 of the quote token) of a venue USD amount, rounded half-even. */
    public static long cash(BigDecimal usd) {
        return usd.setScale(Money.CASH_SCALE, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    /** True when the instrument's scales hold every venue size and price of the asset exactly. */
    public static boolean exact(Entry e) {
        return e.spec().qtyScale() >= e.asset().szDecimals() && e.spec().priceScale() >= e.asset().maxPriceDecimals();
    }

    /**
     * The platform fill of a venue fill for the order {@code clientId}; empty when the size rounds to zero lots on
     * the instrument's grid.
     */
    public static Optional<Fill> toFill(HyperliquidFill f, InstrumentSpec spec, String clientId) {
        long lots = lots(spec, f.size());
        long ticks = ticks(spec, f.price());
        if (lots <= 0 || ticks <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Fill(f.fillId(), clientId, spec, f.side(), ticks, lots, cash(f.fee()), !f.crossed(),
                f.time()));
    }
}
