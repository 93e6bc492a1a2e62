package io.trader.app.correlation;

import io.trader.app.Main;
import io.trader.app.cli.DataFiles;
import io.trader.app.config.TraderSettings;
import io.trader.app.zoo.AuxSources;
import io.trader.core.market.Bar;
import io.trader.core.market.MarketContext;
import io.trader.core.port.MarketContextSource;
import io.trader.core.signal.FeatureVector;
import io.trader.correlation.core.ScoreInput;
import io.trader.correlation.core.ScoreSeries;
import io.trader.correlation.core.Scoring;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.IncrementalFeatureEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores history from candle files: the files are read through the platform's candle loading ({@link DataFiles}:
 * validation, the rejected-rows limit), each bar's features computed by layer 0's {@link IncrementalFeatureEngine}
 * with the auxiliary data of {@code trader.aux.dir} when it is set (funding, fear and greed, ...), then the
 * components scored ({@link Scoring}), BTC's bars giving every asset's beta.
 */
public final class HistoryLoader {

    /** {@code btcusdt-1h-binance-spot-20240914-20260219.csv.gz}: coin, quote, interval. */
    private static final Pattern NAME = Pattern.compile("([a-z0-9]+?)(usdt|usdc|busd|usd)?-([0-9]+[mhdw])-.*\\.csv"
            + "(\\.gz)?");
    private static final Pattern DATES = Pattern.compile("(\\d{8})-(\\d{8})\\.csv");

    private HistoryLoader() {
    }

    /**
     * The candle file of each coin of {@code interval} in {@code dir} (upper-case coin to file): when a coin has
     * several, the one ending last (then starting last), by the dates in the names.
     */
    public static Map<String, Path> files(Path dir, String interval) {
        if (!Files.isDirectory(dir)) {
            throw new Main.UserError("candle folder not found: " + dir);
        }
        Map<String, List<Path>> byCoin = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString().toLowerCase(Locale.ROOT));
                if (m.matches() && m.group(3).equals(interval)) {
                    byCoin.computeIfAbsent(m.group(1).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(f);
                }
            });
        } catch (IOException e) {
            throw new Main.UserError("cannot list " + dir + ": " + e.getMessage());
        }
        Map<String, Path> out = new LinkedHashMap<>();
        byCoin.forEach((coin, fs) -> out.put(coin, fs.stream().max(Comparator.comparing(HistoryLoader::datesKey))
                .orElseThrow()));
        return out;
    }

    private static String datesKey(Path f) {
        Matcher m = DATES.matcher(f.getFileName().toString());
        return m.find() ? m.group(2) + m.group(1) : f.getFileName().toString();
    }

    /** Scores {@code files} (coin to candle file), BTC first when present so the others get their beta. */
    public static Map<String, ScoreSeries> load(Map<String, Path> files, TraderSettings settings) {
        List<String> coins = new ArrayList<>(files.keySet());
        List<CandleSeries> series = DataFiles.load(coins.stream().map(files::get).toList(), settings);
        Map<String, List<ScoreInput>> inputs = new LinkedHashMap<>();
        for (int i = 0; i < coins.size(); i++) {
            CandleSeries s = series.get(i);
            inputs.put(coins.get(i), inputs(s.bars(), AuxSources.forSymbol(settings, s.symbol())));
        }
        List<ScoreInput> btc = inputs.get("BTC");
        Map<String, ScoreSeries> out = new LinkedHashMap<>();
        inputs.forEach((coin, rows) -> out.put(coin, Scoring.score(coin, rows, btc)));
        return out;
    }

    /** The score inputs of {@code bars}: each bar's features as layer 0 computes them, with {@code aux}. */
    public static List<ScoreInput> inputs(List<Bar> bars, MarketContextSource aux) {
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine();
        MarketContext ctx = new MarketContext();
        List<ScoreInput> out = new ArrayList<>(bars.size());
        FeatureVector f = null;
        for (Bar b : bars) {
            if (f == null) {
                f = new FeatureVector(b.instrument());
            }
            aux.fill(b, ctx);
            engine.onBar(b, ctx, f);
            out.add(ScoreInput.of(b.closeTime(), b.open(), b.high(), b.low(), b.close(), b.volume(), f));
        }
        return out;
    }
}
