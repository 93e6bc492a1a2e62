package io.trader.app.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.smartmoney.SmartMoneyBoard;
import io.trader.app.smartmoney.SmartMoneyMetrics;
import io.trader.app.smartmoney.SmartMoneyRecorder;
import io.trader.app.smartmoney.SmartMoneyService;
import io.trader.app.smartmoney.SmartMoneyStore;
import io.trader.app.smartmoney.TraderHistory;
import io.trader.app.store.Database;
import io.trader.app.venue.HyperliquidConnection;
import io.trader.layer1.train.ZooLearners;
import io.trader.smartmoney.analysis.AnalysisReport;
import io.trader.smartmoney.analysis.TraderAnalysis;
import io.trader.smartmoney.analysis.TraderPanel;
import io.vertx.core.Vertx;
import io.prometheus.client.CollectorRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code ./trader smart-money record|analyze}: Hyperliquid's best traders, recorded and analysed. */
@Command(name = "smart-money", mixinStandardHelpOptions = true,
        description = "Hyperliquid's top traders: record their positions and whale alerts, analyse what predicts "
                + "their profitability.",
        subcommands = {SmartMoneyCommand.Record.class, SmartMoneyCommand.Analyze.class})
public final class SmartMoneyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new Main.UserError("give a subcommand: record or analyze (./trader smart-money --help)");
    }

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Runs the smart-money recorder alone: reads the leaderboard (every "
                    + "trader.smart-money.leaderboard-refresh-seconds), tracks the selected wallets within the venue's "
                    + "1200 weight per minute and 10 WebSocket users (this command trades nothing, so it leaves none "
                    + "to trading), stores every changed wallet state, position change and whale alert in the "
                    + "embedded store, logs the alerts, and serves /api/v1/smart-money/{bias,wallets,alerts}.",
                    "With --base-url (e.g. a local fake) the leaderboard is read from BASE/Mainnet/leaderboard unless "
                            + "trader.smart-money.leaderboard-url is set to something else."})
    static final class Record implements Callable<Integer> {

        @Mixin
        SettingsOptions settingsOptions;

        @Option(names = "--base-url", description = "Hyperliquid API (default https://api.hyperliquid.xyz; the "
                + "positions are mainnet's, read-only)")
        String baseUrl;

        @Option(names = "--host", defaultValue = "127.0.0.1", description = "API host (default 127.0.0.1)")
        String host;

        @Option(names = "--port", defaultValue = "8080", description = "API port, 0..65535 (0: a free one)")
        int port;

        @Option(names = "--minutes", defaultValue = "0",
                description = "stop after this many minutes (fractions allowed), 0..100000 (default 0: until Ctrl-C / "
                        + "SIGTERM)")
        double minutes;

        @Override
        public Integer call() throws Exception {
            TraderSettings settings = settingsOptions.load();
            if (port < 0 || port > 65535 || !(minutes >= 0 && minutes <= 100_000)) {
                throw new Main.UserError("--port must be 0..65535 and --minutes 0..100000");
            }
            String url = baseUrl == null ? "https://api.hyperliquid.xyz" : baseUrl.replaceAll("/+$", "");
            SmartMoneyService.Settings st;
            try {
                st = SmartMoneyService.Settings.forVenue(settings, false, url);
            } catch (IllegalArgumentException e) {
                throw new Main.UserError(e.getMessage());
            }
            Preflight.checkListen(host, port);
            try (AutoCloseable lock = Preflight.lockDataDir(Path.of(settings.raw("trader.data-dir")))) {
                return record(settings, url, st);
            }
        }

        private int record(TraderSettings settings, String url, SmartMoneyService.Settings st) throws Exception {
            Database db = PaperCommand.openDatabase(settings);
            Vertx vertx = Vertx.vertx();
            HyperliquidConnection connection = HyperliquidConnection.of(url, HyperliquidConnection
                    .VENUE_WEIGHT_PER_MINUTE, 0);
            SmartMoneyStore store = new SmartMoneyStore(db.dataSource());
            SmartMoneyBoard board = new SmartMoneyBoard();
            SmartMoneyMetrics metrics = new SmartMoneyMetrics(new CollectorRegistry(), board);
            metrics.attach(store);
            SmartMoneyService service = new SmartMoneyService(vertx, connection.open(vertx), st,
                    new SmartMoneyRecorder(board, store), metrics, null, System::currentTimeMillis);
            ApplicationContext ctx = Micronaut.build(new String[0]).mainClass(Main.class).banner(false)
                    .properties(Map.of("micronaut.server.port", port, "micronaut.server.host", host,
                            "micronaut.application.name", "trader"))
                    .singletons(board, store).start();
            int actual = ctx.getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort();
            CountDownLatch done = new CountDownLatch(1);
            Runnable stop = () -> {
                service.close();
                if (ctx.isRunning()) {
                    ctx.close();
                }
                connection.close();
                vertx.close();
                store.close();
                db.close();
                done.countDown();
            };
            Thread hook = new Thread(stop, "shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            System.err.printf("smart-money recorder on %s, leaderboard %s; API on http://%s:%d/api/v1/smart-money/"
                    + "wallets%n", url, st.feed().leaderboardUrl(), host, actual);
            service.start().onFailure(e -> System.err.println("trader: first leaderboard read failed: "
                    + e.getMessage() + " (retried every refresh)"));
            if (minutes > 0) {
                done.await(Math.round(minutes * 60_000), TimeUnit.MILLISECONDS);
                Runtime.getRuntime().removeShutdownHook(hook);
                stop.run();
                System.err.printf("smart-money recorder stopped: %d wallets, %d states stored (%d unchanged "
                                + "skipped), %d alerts%n", board.walletCounts().values().stream().mapToInt(i -> i)
                                .sum(), store.statesWritten(), store.statesUnchanged(),
                        board.recentAlerts(Integer.MAX_VALUE).size());
                return 0;
            }
            done.await();
            return 0;
        }
    }

    @Command(name = "analyze", mixinStandardHelpOptions = true,
            description = "Which recorded trader metrics predict next-period profitability, out of sample (LightGBM "
                    + "trees on a purged time split, AUC against last month's ROI as the naive reference, permutation "
                    + "importance), and trader clusters by leverage, holding time and frequency: a Markdown report "
                    + "from the store that ./trader smart-money record filled.")
    static final class Analyze implements Callable<Integer> {

        @Mixin
        SettingsOptions settingsOptions;

        @Option(names = "--from", description = "first refresh time, ISO-8601 (default: the first recorded)")
        Instant from;

        @Option(names = "--to", description = "end, exclusive, ISO-8601 (default: now)")
        Instant to;

        @Option(names = "--clusters", defaultValue = "4", description = "k of the k-means, 1..20 (default 4)")
        int clusters;

        @Option(names = "--out", description = "report file (default: standard output)")
        Path out;

        @Override
        public Integer call() throws Exception {
            TraderSettings settings = settingsOptions.load();
            if (clusters < 1 || clusters > 20) {
                throw new Main.UserError("--clusters must be 1..20");
            }
            long a = from == null ? 0 : from.toEpochMilli();
            long b = to == null ? System.currentTimeMillis() + 1 : to.toEpochMilli();
            if (a >= b) {
                throw new Main.UserError("--from must be before --to");
            }
            AnalysisReport report;
            try (AutoCloseable lock = Preflight.lockDataDir(Path.of(settings.raw("trader.data-dir")));
                 Database db = PaperCommand.openDatabase(settings);
                 SmartMoneyStore store = new SmartMoneyStore(db.dataSource())) {
                TraderPanel panel = TraderPanel.of(TraderHistory.read(store, a, b));
                TraderAnalysis.Config c = TraderAnalysis.Config.DEFAULT;
                report = TraderAnalysis.run(panel.observations(), new ZooLearners().trainer("gbdt", false, c.seed()),
                        new TraderAnalysis.Config(c.trainShare(), c.repeats(), clusters, c.seed(), c.minTrain(),
                                c.minTest()));
            } catch (IllegalArgumentException e) {
                throw new Main.UserError("smart-money analysis: " + e.getMessage());
            }
            if (out == null) {
                System.out.print(report.toMarkdown());
            } else {
                Files.writeString(out, report.toMarkdown());
                System.err.println("report written to " + out);
            }
            return 0;
        }
    }
}
