package io.trader.venue.hyperliquid.data;

import io.trader.core.domain.InstrumentSpec;

import java.util.HashMap;
import java.util.Map;

/**
 * Coin name to the scales its prices and sizes are parsed at. Immutable; build a new table when the universe
 * changes. Books and trades of coins not in the table are dropped as {@link HlMalformed#UNKNOWN_COIN}.
 */
public final class HlInstruments {

    private final Map<String, InstrumentSpec> byCoin;
    /** Open-addressing table over the coin names' characters, so the parsers look coins up without a String. */
    private final char[][] names;
    private final InstrumentSpec[] specs;
    private final int mask;

    private HlInstruments(Map<String, InstrumentSpec> byCoin) {
        this.byCoin = Map.copyOf(byCoin);
        int size = Integer.highestOneBit(Math.max(4, byCoin.size() * 4) - 1) << 1;
        this.names = new char[size][];
        this.specs = new InstrumentSpec[size];
        this.mask = size - 1;
        byCoin.forEach((name, spec) -> {
            char[] c = name.toCharArray();
            int i = hash(c, 0, c.length) & mask;
            while (names[i] != null) {
                i = (i + 1) & mask;
            }
            names[i] = c;
            specs[i] = spec;
        });
    }

    /** The scales of the coin spelled by {@code buf[off, off + len)}, or {@code null}; allocation-free. */
    InstrumentSpec spec(char[] buf, int off, int len) {
        int i = hash(buf, off, len) & mask;
        for (char[] n = names[i]; n != null; n = names[i = (i + 1) & mask]) {
            if (n.length == len && java.util.Arrays.equals(n, 0, len, buf, off, off + len)) {
                return specs[i];
            }
        }
        return null;
    }

    private static int hash(char[] c, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + c[i];
        }
        return h ^ (h >>> 16);
    }

    /** Every perp of {@code meta} at its perp scales (see {@link HlAsset#instrument()}). */
    public static HlInstruments of(HlMeta meta) {
        Map<String, InstrumentSpec> m = new HashMap<>();
        meta.universe().forEach(a -> m.put(a.name(), a.instrument()));
        return new HlInstruments(m);
    }

    /** A table of the given instruments, keyed by their symbols (the coin names). */
    public static HlInstruments of(InstrumentSpec... specs) {
        Map<String, InstrumentSpec> m = new HashMap<>();
        for (InstrumentSpec s : specs) {
            m.put(s.symbol(), s);
        }
        return new HlInstruments(m);
    }

    /** A perp called {@code coin} with {@code szDecimals}, at perp scales. */
    public static InstrumentSpec perp(String coin, int szDecimals) {
        return new HlAsset(0, coin, szDecimals, 1, false, false).instrument();
    }

    /** The scales of {@code coin}, or {@code null} when unknown. */
    public InstrumentSpec spec(String coin) {
        return byCoin.get(coin);
    }

    /** The scales of {@code coin}; throws when unknown. */
    public InstrumentSpec require(String coin) {
        InstrumentSpec s = byCoin.get(coin);
        if (s == null) {
            throw new IllegalArgumentException("unknown coin " + coin);
        }
        return s;
    }

    public boolean contains(String coin) {
        return byCoin.containsKey(coin);
    }

    public int size() {
        return byCoin.size();
    }
}
