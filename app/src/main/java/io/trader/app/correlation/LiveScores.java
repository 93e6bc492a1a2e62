package io.trader.app.correlation;

import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.correlation.core.ScoreInput;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A running session's recent bars for the correlation matrix: on the engine thread it only copies the bar's prices
 * ({@link #onBar}) and a dozen of its features ({@link #onSignals}) into a bounded ring per asset (the oldest drops
 * out); scoring and correlating happen on the reader's thread, from a copy ({@link #snapshot}).
 */
public final class LiveScores implements TradingListener {

    private final int capacity;
    private final Map<String, Bar> pending = new HashMap<>();
    private final Map<String, ArrayDeque<ScoreInput>> rings = new LinkedHashMap<>();

    /** @param capacity bars kept per asset (the window plus the scores' warm-up) */
    public LiveScores(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    @Override
    public void onBar(Bar bar) {
        pending.put(bar.instrument().symbol(), bar); // engine thread only
    }

    @Override
    public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        String symbol = features.instrument().symbol();
        Bar bar = pending.remove(symbol);
        if (bar == null || bar.closeTime() != features.time()) {
            return; // features without their bar's prices (not seen on the engine's path): nothing to score
        }
        ScoreInput row = ScoreInput.of(bar.closeTime(), bar.open(), bar.high(), bar.low(), bar.close(),
                bar.volume(), features);
        String asset = asset(symbol);
        synchronized (rings) {
            ArrayDeque<ScoreInput> ring = rings.computeIfAbsent(asset, k -> new ArrayDeque<>(capacity));
            if (!ring.isEmpty() && ring.peekLast().time() >= row.time()) {
                return; // a replayed or repeated bar
            }
            if (ring.size() == capacity) {
                ring.pollFirst();
            }
            ring.addLast(row);
        }
    }

    /** A copy of every asset's bars, oldest first. */
    public Map<String, List<ScoreInput>> snapshot() {
        Map<String, List<ScoreInput>> out = new LinkedHashMap<>();
        synchronized (rings) {
            rings.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        }
        return out;
    }

    /** The asset of a venue symbol: upper case without a quote suffix (BTCUSDT, BTC-USD, BTC/USDC -> BTC). */
    public static String asset(String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT).replace("-PERP", "");
        for (String sep : new String[] {"/", "-", ":"}) {
            int i = s.indexOf(sep);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        for (String quote : new String[] {"USDT", "USDC", "BUSD", "USD"}) {
            if (s.length() > quote.length() && s.endsWith(quote)) {
                return s.substring(0, s.length() - quote.length());
            }
        }
        return s;
    }
}
