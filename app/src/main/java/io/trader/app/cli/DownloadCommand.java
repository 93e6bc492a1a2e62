package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.venue.BinanceMarketData;
import io.trader.venue.hyperliquid.data.HlInterval;
import io.trader.layer0.service.DownloadResult;
import io.trader.layer0.service.CandleDownloader;
import io.trader.venue.hyperliquid.stream.HyperliquidEndpoint;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoClient;
import io.trader.venue.hyperliquid.stream.InfoClientConfig;
import io.trader.app.venue.KrakenMarketData;
import io.vertx.core.Vertx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Downloads candles from a venue into a CSV in the layout the backtester reads "
                + "(date,open,high,low,close,volume). Resumes an existing file after its last row.",
                "--venue kraken: Kraken's public OHLC serves only the " + KrakenDownload.SERVED + " most recent "
                        + "candles of an interval (12 h of 1m, 30 days of 1h, about 2 years of 1d); a range starting "
                        + "before the oldest is refused with the date it could start at, nothing written."})
public final class DownloadCommand implements Callable<Integer> {

    @Option(names = "--venue", defaultValue = "hyperliquid", description = "venue: hyperliquid (default), binance or kraken")
    String venue;

    @Option(names = {"--coin", "--symbols"}, required = true, split = ",",
            description = "coin, e.g. BTC (hyperliquid: one); binance: symbols, e.g. BTCUSDT,ETHUSDT; kraken: pairs, "
                    + "e.g. XBTUSDT,ETHUSDT")
    List<String> coins;

    @Option(names = "--interval", defaultValue = "1m", description = "1m, 5m, 15m, 1h, 4h, 1d, ... (default 1m)")
    String interval;

    @Option(names = "--days", description = "days of history back from now (or --from/--to on binance and kraken)")
    Integer days;

    @Option(names = "--from", paramLabel = "DATE", description = "binance, kraken: first open time, e.g. 2024-01-01 "
            + "or 2024-01-01T12:00:00Z (UTC)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "binance, kraken: end, exclusive (default: now)")
    String to;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "CSV file (created or resumed); binance or kraken with several symbols: a directory "
                    + "holding <symbol>-<interval>-<venue>-spot.csv")
    Path out;

    @Option(names = "--base-url", description = "API base URL (default mainnet https://api.hyperliquid.xyz; binance: "
            + "the public market-data API " + BinanceMarketData.PUBLIC_REST + "; kraken: "
            + io.trader.venue.kraken.KrakenConfig.MAINNET_URL + ", public data, no key)")
    String baseUrl;

    @Option(names = "--testnet", description = "use the testnet API")
    boolean testnet;

    @Override
    public Integer call() throws Exception {
        Venues.check(venue);
        if (testnet && baseUrl != null) {
            throw new Main.UserError("--testnet and --base-url both choose the API; give one");
        }
        if (Venues.BINANCE.equals(venue)) {
            return binance();
        }
        if (Venues.KRAKEN.equals(venue)) {
            return kraken();
        }
        if (coins.size() != 1) {
            throw new Main.UserError("hyperliquid downloads one --coin at a time");
        }
        if (from != null || to != null) {
            throw new Main.UserError("--from/--to apply to binance and kraken; hyperliquid takes --days");
        }
        String coin = coins.get(0);
        if (days == null || days < 1 || days > 3650) {
            throw new Main.UserError("--days must be 1..3650");
        }
        HlInterval iv;
        try {
            iv = HlInterval.of(interval);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("unsupported --interval '" + interval + "': " + e.getMessage());
        }
        HyperliquidEndpoint endpoint = baseUrl != null ? HyperliquidEndpoint.of(baseUrl)
                : testnet ? HyperliquidEndpoint.TESTNET : HyperliquidEndpoint.MAINNET;
        Vertx vertx = Vertx.vertx();
        try (HyperliquidInfoClient info = new HyperliquidInfoClient(vertx, InfoClientConfig.defaults(endpoint))) {
            CandleDownloader downloader = new CandleDownloader(vertx, System::currentTimeMillis);
            int[] lastPct = {-1};
            DownloadResult r = downloader.download(coin, iv, days, out,
                    (start, end, page) -> info.candles(coin, iv, start, end, page), p -> {
                int pct = (int) Math.floor(p.fraction() * 100);
                if (pct / 10 != lastPct[0] / 10) {
                    lastPct[0] = pct;
                    System.err.printf(Locale.ROOT, "download %s %s: %d%% (%d rows)%n", coin, interval, pct,
                            p.rowsWritten());
                }
            }).toCompletionStage().toCompletableFuture().get(30, TimeUnit.MINUTES);
            System.out.printf(Locale.ROOT, "%s: %d rows written%s, last candle %s%n", r.file(), r.rowsWritten(),
                    r.resumed() ? " (resumed)" : "", java.time.Instant.ofEpochMilli(r.lastOpenTime()));
            return 0;
        } catch (java.util.concurrent.ExecutionException e) {
            throw new Main.UserError("download failed: " + e.getCause().getMessage());
        } finally {
            vertx.close();
        }
    }

    /** Binance spot klines of one or more symbols between --from (or --days back) and --to. */
    private int binance() {
        long now = System.currentTimeMillis();
        long[] range = range(now);
        long start = range[0];
        long end = range[1];
        var iv = BinanceMarketData.interval(interval);
        boolean many = coins.size() > 1;
        if (many && java.nio.file.Files.isRegularFile(out)) {
            throw new Main.UserError("--out must be a directory with several --symbols");
        }
        String url = baseUrl != null ? baseUrl : testnet ? io.trader.venue.binance.BinanceConfig.TESTNET_REST
                : BinanceMarketData.PUBLIC_REST;
        try (BinanceMarketData md = BinanceMarketData.open(url, BinanceMarketData.streamUrlFor(url), coins, interval,
                System::currentTimeMillis)) {
            for (String symbol : coins) {
                Path file = many ? out.resolve(symbol.toLowerCase(Locale.ROOT) + "-" + iv.wire()
                        + "-binance-spot.csv") : out;
                BinanceDownload.run(md, symbol, iv, start, end, file, now);
            }
        }
        return 0;
    }

    /**
     * Kraken spot OHLC candles of one or more pairs between --from (or --days back) and --to; only the range Kraken
     * still serves (see {@link KrakenDownload}).
     */
    private int kraken() {
        if (testnet) {
            throw new Main.UserError("kraken has no testnet: its public candles need no key (default "
                    + io.trader.venue.kraken.KrakenConfig.MAINNET_URL + "), or --base-url for a local server");
        }
        long now = System.currentTimeMillis();
        long[] range = range(now);
        int minutes = KrakenMarketData.minutes(interval);
        boolean many = coins.size() > 1;
        if (many && java.nio.file.Files.isRegularFile(out)) {
            throw new Main.UserError("--out must be a directory with several --symbols");
        }
        try (KrakenMarketData md = KrakenMarketData.open(KrakenMarketData.publicConfig(baseUrl), coins, interval,
                60_000)) {
            List<KrakenDownload.Job> jobs = new java.util.ArrayList<>();
            for (String symbol : coins) {
                Path file = many ? out.resolve(symbol.toLowerCase(Locale.ROOT) + "-" + interval + "-kraken-spot.csv")
                        : out;
                jobs.add(new KrakenDownload.Job(symbol, md.pairs().pairBySymbol().get(symbol), md.spec(symbol), file));
            }
            KrakenDownload.run(md.reads(), jobs, interval, minutes, range[0], range[1], now);
        }
        return 0;
    }

    /** The download's [start, end) from --from or --days and --to (default now), checked. */
    private long[] range(long now) {
        if (from != null && days != null) {
            throw new Main.UserError("--from and --days both choose the start; give one");
        }
        if (from == null && days == null) {
            throw new Main.UserError(venue + " downloads need --from DATE (or --days N)");
        }
        if (days != null && (days < 1 || days > 3650)) {
            throw new Main.UserError("--days must be 1..3650");
        }
        long start = from != null ? instant("--from", from) : now - days * 86_400_000L;
        long end = to != null ? instant("--to", to) : now;
        if (start >= end) {
            throw new Main.UserError("--from must be before --to");
        }
        return new long[]{start, end};
    }

    /** {@code 2024-01-01} (midnight UTC) or an ISO-8601 instant, as epoch ms. */
    static long instant(String option, String text) {
        try {
            if (text.length() == 10) {
                return java.time.LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                        .toEpochMilli();
            }
            return java.time.Instant.parse(text).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new Main.UserError(option + " must be a date (2024-01-01) or an instant (2024-01-01T12:00:00Z), got '"
                    + text + "'");
        }
    }
}
