package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.correlation.CorrelationJson;
import io.trader.app.correlation.CorrelationService;
import io.trader.app.correlation.HistoryLoader;
import io.trader.correlation.core.Cell;
import io.trader.correlation.core.Component;
import io.trader.correlation.core.CorrelationMatrix;
import io.trader.correlation.core.Heatmap;
import io.trader.correlation.core.Method;
import io.trader.correlation.core.ScoreSeries;
import io.trader.correlation.image.HeatmapPng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code trader correlation}: the signal correlation matrix of candle files, without a session. Scores the eleven
 * components of each coin, prints each coin's component matrix, and with {@code --out} writes, per coin and method,
 * {@code matrix-COIN-METHOD.json} and the heatmap (SVG and PNG), {@code components-COIN.csv} (the scores bar by bar,
 * for checking the numbers elsewhere), {@code assets-COMPONENT-METHOD.json} and {@code signals-METHOD.json}.
 */
@Command(name = "correlation", mixinStandardHelpOptions = true,
        description = {"Scores the eleven signal components of each coin's candle file and writes their correlation "
                + "matrices (Pearson and Spearman, with the observations per cell), the cross-asset and predictive "
                + "correlations and the heatmaps. Components without a source in the files (orderflow, orderbook, "
                + "whale activity, liquidation; sentiment without trader.aux.dir) are reported as missing."})
public final class CorrelationCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true,
            description = "folder of candle files named like btcusdt-1h-...csv.gz (the newest file per coin is used)")
    Path data;

    @Option(names = "--coin", split = ",", paramLabel = "COIN",
            description = "coins to correlate (default: every coin with a file of the interval)")
    List<String> coins;

    @Option(names = "--interval", defaultValue = "1h", description = "bar interval in the file names (default 1h)")
    String interval;

    @Option(names = "--window", paramLabel = "BARS",
            description = "bars of the window, the newest (default trader.correlation.window)")
    Integer window;

    @Option(names = "--out", paramLabel = "DIR", description = "writes the JSON, CSV, SVG and PNG files here")
    Path out;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws IOException {
        TraderSettings settings = settingsOptions.load();
        Map<String, Path> found = HistoryLoader.files(data, interval);
        Map<String, Path> chosen = new LinkedHashMap<>();
        if (coins == null) {
            chosen.putAll(found);
        } else {
            for (String c : coins) {
                String coin = c.strip().toUpperCase(Locale.ROOT);
                Path f = found.get(coin);
                if (f == null) {
                    throw new Main.UserError("no " + interval + " candle file for " + coin + " in " + data
                            + " (coins there: " + (found.isEmpty() ? "none" : String.join(", ", found.keySet())) + ")");
                }
                chosen.put(coin, f);
            }
        }
        if (chosen.isEmpty()) {
            throw new Main.UserError("no " + interval + " candle files in " + data);
        }
        CorrelationService service = new CorrelationService(settings.with("trader.correlation.data-dir", ""), null);
        String w = window == null ? null : window.toString();
        int minN = service.minObservations();
        PrintStream o = System.out;
        Map<String, ScoreSeries> all = HistoryLoader.load(chosen, settings);
        if (out != null) {
            Files.createDirectories(out);
        }
        try {
            for (ScoreSeries s : all.values()) {
                for (Method m : Method.values()) {
                    CorrelationMatrix cm = service.matrix(all, s.asset(), w, m.wire());
                    if (m == Method.PEARSON) {
                        print(o, cm);
                    }
                    write(s.asset(), "matrix-" + s.asset() + "-" + m.wire(), cm, minN);
                }
                write("components-" + s.asset() + ".csv", CorrelationJson.csv(s, service.defaultHorizon()));
            }
            for (Method m : Method.values()) {
                if (all.size() > 1) {
                    for (Component c : Component.values()) {
                        CorrelationMatrix cm = service.assets(all, c.name(), w, m.wire());
                        if (m == Method.PEARSON && c == Component.MOMENTUM) {
                            print(o, cm);
                        }
                        write(null, "assets-" + c.name() + "-" + m.wire(), cm, minN);
                    }
                }
                var cells = service.signals(all, null, w, null, m.wire());
                write("signals-" + m.wire() + ".json", CorrelationJson.signals(cells, m.wire(), service.window(w),
                        service.defaultHorizon(), "files", minN));
            }
        } catch (io.trader.app.correlation.CorrelationError e) {
            throw new Main.UserError(e.getMessage());
        }
        if (out != null) {
            o.println("wrote " + out);
        }
        return 0;
    }

    private void write(String asset, String stem, CorrelationMatrix m, int minN) throws IOException {
        write(stem + ".json", CorrelationJson.matrix(m, "files", minN));
        String range = Instant.ofEpochMilli(m.windowStart()) + " .. " + Instant.ofEpochMilli(m.windowEnd());
        if (asset != null || stem.startsWith("assets-MOMENTUM")) {
            write(stem.replace("matrix-", "heatmap-") + ".svg", Heatmap.svg(m, range));
            if (out != null) {
                Files.write(out.resolve(stem.replace("matrix-", "heatmap-") + ".png"), HeatmapPng.png(m, range));
            }
        }
    }

    private void write(String name, String text) throws IOException {
        if (out != null) {
            Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    /** The matrix as a table, "  -  " where undefined, then the missing labels with their reasons. */
    static void print(PrintStream o, CorrelationMatrix m) {
        o.printf(Locale.ROOT, "%s, %s, %d bars %s .. %s%n", m.subject(), m.method().wire(), m.bars(),
                Instant.ofEpochMilli(m.windowStart()), Instant.ofEpochMilli(m.windowEnd()));
        List<String> short3 = new ArrayList<>();
        for (String l : m.labels()) {
            short3.add(l.length() > 7 ? l.substring(0, 7) : l);
        }
        o.printf("%-15s", "");
        short3.forEach(l -> o.printf("%8s", l));
        o.println();
        for (int i = 0; i < m.labels().size(); i++) {
            o.printf("%-15s", m.labels().get(i));
            for (Cell c : m.cells()[i]) {
                o.print(c.defined() ? String.format(Locale.ROOT, "%8.3f", c.value()) : "       -");
            }
            o.println();
        }
        m.missing().forEach((k, v) -> o.println("  missing " + k + ": " + v));
    }
}
