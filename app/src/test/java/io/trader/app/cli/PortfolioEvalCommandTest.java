package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader portfolio-eval} end to end on the first 1,500 1h bars of 2020 of BTC, ETH and SOL. */
class PortfolioEvalCommandTest {

    @TempDir
    static Path tmp;

    private static final List<Path> slices = new ArrayList<>();

    @BeforeAll
    static void slice() throws IOException {
        for (String coin : List.of("btc", "eth", "sol")) {
            Path file = SharedData.file("ohlcv_1h/" + coin + "usdt-1h-binance-spot-20200920-20250919.csv.gz");
            List<String> lines = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.US_ASCII))) {
                for (String l = r.readLine(); l != null && lines.size() <= 1_500; l = r.readLine()) {
                    lines.add(l);
                }
            }
            slices.add(Files.write(tmp.resolve(coin + "usdt-1h.csv"), lines));
        }
    }

    @Test
    void comparesTheMethodsOnTheSameBarsAndWritesTheTable() throws IOException {
        List<String> args = new ArrayList<>(List.of("portfolio-eval", "--methods",
                "per-instrument,equal-weight,hrp,mean-variance", "--out", tmp.resolve("out").toString(),
                "--set", "trader.data-dir=" + tmp.resolve("data"), "--set", "trader.portfolio.min-history=200",
                "--set", "trader.portfolio.no-trade-band=0.005", "--set", "trader.portfolio.max-weight=0.6"));
        for (Path p : slices) {
            args.addAll(List.of("--data", p.toString()));
        }
        Cli.Outcome r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("3 instruments, 4500 bars"), r.out());
        List<String> rows = r.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| method")).toList();
        assertEquals(5, rows.size(), r.out());
        for (String m : List.of("per-instrument", "equal-weight", "hrp", "mean-variance", "buy & hold 1/N")) {
            assertTrue(rows.stream().anyMatch(l -> l.startsWith("| " + m)), m + "\n" + r.out());
        }
        // every method traded, and the portfolio methods differently from one another
        List<String> traded = rows.stream().filter(l -> !l.startsWith("| buy")).toList();
        for (String row : traded) {
            int orders = Integer.parseInt(row.split("\\|")[8].trim());
            assertTrue(orders > 0, "no order: " + row);
        }
        assertNotEquals(traded.get(1).split("\\|")[2], traded.get(2).split("\\|")[2], "equal weight == hrp?\n" + r.out());
        assertEquals(r.out(), Files.readString(tmp.resolve("out").resolve("table.md")));
        List<String> csv = Files.readAllLines(tmp.resolve("out").resolve("table.csv"));
        assertEquals(5, csv.size());
        assertTrue(csv.get(0).startsWith("method,total_return,sharpe,volatility,max_drawdown,turnover_per_year"));
    }

    @Test
    void refusesOneInstrumentAndAnUnknownMethod() {
        Cli.Outcome one = Cli.run("portfolio-eval", "--data", slices.get(0).toString());
        assertNotEquals(0, one.exit());
        assertTrue(one.err().contains("at least two instruments"), one.err());
        Cli.Outcome unknown = Cli.run("portfolio-eval", "--data", slices.get(0).toString(), "--data",
                slices.get(1).toString(), "--methods", "hrp,kelly-max");
        assertNotEquals(0, unknown.exit());
        assertTrue(unknown.err().contains("trader.sizing.method") && unknown.err().contains("kelly-max"), unknown.err());
    }
}
