package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.meta.ExchangeMetaData;
import org.knowm.xchange.dto.meta.InstrumentMetaData;
import org.knowm.xchange.instrument.Instrument;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The instrument map of an XChange venue: each instrument of the module's {@link ExchangeMetaData} with a price and
 * volume scale becomes a core {@link InstrumentSpec}. Symbols: a {@link CurrencyPair} is {@code BASE-COUNTER}
 * (Coinbase's own product id, e.g. {@code BTC-USD}; Bybit/OKX spot the same, e.g. {@code BTC-USDT}); other
 * instruments (futures, swaps) are XChange's text with {@code /} replaced by {@code -} (e.g.
 * {@code BTC-USDT-PERP}). {@code priceScale} = the metadata's price scale (decimals of the quote increment),
 * {@code qtyScale} = its volume scale (decimals of the base increment); {@code minAmount} = the minimum base size.
 * Instruments without scales, or with scales beyond 12, are left out (counted in {@link #skipped()}).
 */
public final class XChangeInstruments {

    /** One tradable instrument. */
    public record Entry(InstrumentSpec spec, Instrument instrument, BigDecimal minAmount) {
    }

    private final Map<String, Entry> bySymbol;
    private final Map<Instrument, Entry> byInstrument;
    private final int skipped;

    private XChangeInstruments(Map<String, Entry> bySymbol, int skipped) {
        this.bySymbol = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySymbol));
        Map<Instrument, Entry> inv = new LinkedHashMap<>();
        bySymbol.values().forEach(e -> inv.put(e.instrument(), e));
        this.byInstrument = java.util.Collections.unmodifiableMap(inv);
        this.skipped = skipped;
    }

    public static XChangeInstruments of(ExchangeMetaData meta) {
        Map<String, Entry> out = new LinkedHashMap<>();
        int skipped = 0;
        if (meta == null || meta.getInstruments() == null) {
            return new XChangeInstruments(out, 0);
        }
        var sorted = meta.getInstruments().entrySet().stream()
                .sorted(Comparator.comparing(e -> symbol(e.getKey()))).toList();
        for (Map.Entry<Instrument, InstrumentMetaData> e : sorted) {
            InstrumentMetaData m = e.getValue();
            Integer ps = m == null ? null : m.getPriceScale();
            Integer vs = m == null ? null : m.getVolumeScale();
            if (ps == null || vs == null || ps < 0 || ps > 12 || vs < 0 || vs > 12) {
                skipped++;
                continue;
            }
            String symbol = symbol(e.getKey());
            out.put(symbol, new Entry(new InstrumentSpec(symbol, ps, vs), e.getKey(),
                    m.getMinimumAmount() == null ? BigDecimal.ZERO : m.getMinimumAmount()));
        }
        return new XChangeInstruments(out, skipped);
    }

    /** Our symbol of an XChange instrument. */
    public static String symbol(Instrument instrument) {
        if (instrument instanceof CurrencyPair p) {
            return p.getBase().getCurrencyCode() + "-" + p.getCounter().getCurrencyCode();
        }
        return instrument.toString().replace('/', '-');
    }

    public Optional<Entry> bySymbol(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    public Optional<Entry> byInstrument(Instrument instrument) {
        return Optional.ofNullable(byInstrument.get(instrument));
    }

    /** Every entry, by symbol. */
    public Collection<Entry> entries() {
        return bySymbol.values();
    }

    /** Instruments of the metadata that could not be mapped. */
    public int skipped() {
        return skipped;
    }
}
