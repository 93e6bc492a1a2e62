package io.trader.layer0.service.aux;

import io.trader.core.market.DailySeries;
import io.trader.layer0.core.aux.AuxAligner;
import io.trader.layer0.core.aux.AuxConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the auxiliary files of a symbol in a data folder laid out like {@code shared/data} and builds its
 * {@link AuxAligner}:
 * <ul>
 *   <li>funding: {@code derivatives/<sym>-funding-rate-*.csv.gz};</li>
 *   <li>mark price: {@code derivatives/<sym>-markprice-1h-*.csv.gz} (close known at open + 1 h); for a coin
 *   without a mark-price file the perp's 1 h close ({@code <sym>-perp-1h-*}) stands in (last price, not mark);</li>
 *   <li>index price: the Binance SPOT 1 h close of the same hour ({@code ohlcv_1h/<sym>-1h-binance-spot-*}), the
 *   main constituent of Binance's index (a volume-weighted spot average over several exchanges), known at the
 *   hour's close like the mark candle, so the basis compares the same hour;</li>
 *   <li>daily series (BTC-wide, used for every symbol): {@link #DAILY_FILES}.</li>
 * </ul>
 * When several files match, the one whose name ends latest (the {@code -YYYYMMDD} end token) is used.
 */
public final class AuxDataFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AuxDataFiles.class);
    private static final long HOUR = 3_600_000L;

    /**
     * The daily files used by default (under {@code sentiment_onchain/}). SOPR is CryptoQuant's SOPR ratio
     * (long-term / short-term holder SOPR, as the issue names it), the only SOPR file that reaches 2024; the
     * Glassnode adjusted SOPR file stops in 2020-11.
     */
    public static final Map<DailySeries, String> DAILY_FILES = Map.of(
            DailySeries.FEAR_GREED, "fear_greed_index-alternative.me-daily.csv",
            DailySeries.MVRV, "cryptoquant-btc-mvrv-daily.csv",
            DailySeries.NUPL, "cryptoquant-btc-nupl-daily.csv",
            DailySeries.SOPR, "cryptoquant-btc-SOPR_ratio-daily-to-20241120.csv");

    private AuxDataFiles() {
    }

    /**
     * The aligner of {@code symbol} (e.g. {@code BTCUSDT}) from {@code dataDir}; parts without a file stay unknown.
     */
    public static AuxAligner aligner(Path dataDir, String symbol, AuxConfig config) throws IOException {
        String sym = symbol.toLowerCase(Locale.ROOT).replace("/", "").replace("-", "");
        AuxAligner.Builder b = AuxAligner.builder(config);
        Optional<Path> funding = latest(dataDir.resolve("derivatives"), sym + "-funding-rate-");
        if (funding.isPresent()) {
            b.funding(AuxFileLoader.funding(funding.get()).series());
        }
        Optional<Path> mark = latest(dataDir.resolve("derivatives"), sym + "-markprice-1h-");
        if (mark.isEmpty()) {
            mark = latest(dataDir.resolve("derivatives"), sym + "-perp-1h-");
        }
        if (mark.isPresent()) {
            b.mark(AuxFileLoader.closes(mark.get(), HOUR));
        }
        Optional<Path> index = latest(dataDir.resolve("ohlcv_1h"), sym + "-1h-binance-spot-");
        if (index.isPresent()) {
            b.index(AuxFileLoader.closes(index.get(), HOUR));
        }
        Map<DailySeries, Path> daily = new EnumMap<>(DailySeries.class);
        for (Map.Entry<DailySeries, String> e : DAILY_FILES.entrySet()) {
            Path p = dataDir.resolve("sentiment_onchain").resolve(e.getValue());
            if (Files.isRegularFile(p)) {
                daily.put(e.getKey(), p);
            }
        }
        for (Map.Entry<DailySeries, Path> e : daily.entrySet()) {
            b.daily(e.getKey(), AuxFileLoader.daily(e.getValue()));
        }
        LOG.info("{} auxiliary data: funding {}, mark {}, index {}, daily {}", symbol, funding.orElse(null),
                mark.orElse(null), index.orElse(null), daily.keySet());
        return b.build();
    }

    static Optional<Path> latest(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .max(Comparator.comparing(AuxDataFiles::endToken).thenComparing(p -> p.getFileName().toString()));
        }
    }

    private static String endToken(Path p) {
        String n = p.getFileName().toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d{8})\\.").matcher(n);
        return m.find() ? m.group(1) : "";
    }
}
