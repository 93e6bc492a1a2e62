package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.layer0.core.hyperliquid.HlInterval;
import io.trader.layer0.venue.hyperliquid.DownloadResult;
import io.trader.layer0.venue.hyperliquid.HyperliquidCandleDownloader;
import io.trader.layer0.venue.hyperliquid.HyperliquidEndpoint;
import io.trader.layer0.venue.hyperliquid.HyperliquidInfoClient;
import io.trader.layer0.venue.hyperliquid.InfoClientConfig;
import io.vertx.core.Vertx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "download", mixinStandardHelpOptions = true,
        description = {"Downloads candles from a venue into a CSV in the layout the backtester reads "
                + "(date,open,high,low,close,volume). Resumes an existing file after its last row."})
public final class DownloadCommand implements Callable<Integer> {

    @Option(names = "--venue", defaultValue = "hyperliquid", description = "venue (hyperliquid)")
    String venue;

    @Option(names = "--coin", required = true, description = "coin, e.g. BTC")
    String coin;

    @Option(names = "--interval", defaultValue = "1m", description = "1m, 5m, 15m, 1h, 4h, 1d, ... (default 1m)")
    String interval;

    @Option(names = "--days", required = true, description = "days of history back from now")
    int days;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file (created or resumed)")
    Path out;

    @Option(names = "--base-url", description = "API base URL (default mainnet https://api.hyperliquid.xyz)")
    String baseUrl;

    @Option(names = "--testnet", description = "use the testnet API")
    boolean testnet;

    @Override
    public Integer call() throws Exception {
        if (!"hyperliquid".equals(venue)) {
            throw new Main.UserError("unsupported venue '" + venue + "' (supported: hyperliquid)");
        }
        if (testnet && baseUrl != null) {
            throw new Main.UserError("--testnet and --base-url both choose the API; give one");
        }
        if (days < 1 || days > 3650) {
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
            HyperliquidCandleDownloader downloader = new HyperliquidCandleDownloader(vertx, info,
                    System::currentTimeMillis);
            int[] lastPct = {-1};
            DownloadResult r = downloader.download(coin, iv, days, out, p -> {
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
}
