package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader optimize} end to end on PyPortfolioOpt's price data, and every input it refuses. */
class OptimizeCommandTest {

    @TempDir
    Path tmp;

    private static Path stocks() {
        return SharedData.sharedFile("oracles/pyportfolioopt/stock_prices.csv");
    }

    /** The figure printed on the line starting with {@code label}. */
    static double figure(Cli.Outcome r, String label) {
        String line = r.out().lines().filter(l -> l.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + label + "' line in\n" + r.out()));
        return Double.parseDouble(line.substring(label.length()).strip());
    }

    static Map<String, Double> readWeights(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals("asset,weight", lines.get(0));
        Map<String, Double> w = new HashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.matches("[A-Za-z0-9_.-]+,-?\\d+\\.\\d{8}"), "exact decimal at 8 places: " + l);
            w.put(l.split(",")[0], Double.parseDouble(l.split(",")[1]));
        }
        return w;
    }

    @Test
    void hrpMatchesPyPortfolioOptsWeightsAndPerformance() throws IOException {
        Path out = tmp.resolve("w/hrp.csv");
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks().toString(), "--method", "hrp", "--mu", "mean",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        Map<String, Double> w = readWeights(out);
        List<String> expected = Files.readAllLines(SharedData.sharedFile("oracles/pyportfolioopt/weights_hrp.csv"));
        assertEquals(21, expected.size());
        for (String l : expected.subList(1, expected.size())) {
            String[] f = l.split(",");
            // the CSV is rounded to 8 decimals: half a unit of the last place
            assertEquals(Double.parseDouble(f[1]), w.get(f[0]), 0.5e-8 + 1e-12, f[0]);
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals("GOOG", lines.get(1).split(",")[0], "header order, not alphabetical");
        assertEquals("SBUX", lines.get(20).split(",")[0]);
        // the oracle's HRP performance uses the arithmetic mean x 252 and the sample covariance x 252, rf 0.02;
        // the printout has 6 decimals
        assertEquals(0.21353402380950973, figure(r, "expected return"), 0.5e-6);
        assertEquals(0.17844159743748936, figure(r, "volatility"), 0.5e-6);
        assertEquals(1.084579081272277, figure(r, "sharpe"), 0.5e-6);
    }

    @Test
    void helpStatesTheConventions() {
        Cli.Outcome r = Cli.run("optimize", "--help");
        assertEquals(0, r.exit());
        String help = r.out().replaceAll("\\s+", " ");
        for (String s : List.of("simple returns", "no forward fill", "CAGR", "252", "pairwise sample covariance",
                "ledoit-wolf", "NOT inferred", "internal gaps", "refused", "--views", "--market-caps",
                "last:N", "[-1, 1]", "never printed as zero weights", "posterior returns and covariance")) {
            assertTrue(help.contains(s), "help mentions " + s + ":\n" + r.out());
        }
    }

    // ---- refusals: each names the problem, exits 2 and writes nothing ----

    private Cli.Outcome refused(String csv, String... extra) throws IOException {
        Path file = tmp.resolve("prices.csv");
        Files.writeString(file, csv);
        Path out = tmp.resolve("never.csv");
        List<String> args = new ArrayList<>(List.of("optimize", "--prices", file.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--method")) {
            args.addAll(List.of("--method", "hrp"));
        }
        if (!args.contains("--min-returns")) {
            args.addAll(List.of("--min-returns", "2"));
        }
        Cli.Outcome r = Cli.run(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.toString());
        assertFalse(Files.exists(out), "nothing written");
        assertTrue(r.out().isEmpty(), "no result printed: " + r.out());
        return r;
    }

    private static final String GOOD = "date,A,B\n2020-01-01,10,20\n2020-01-02,11,19\n2020-01-03,10.5,19.5\n"
            + "2020-01-04,10.8,19.1\n";

    @Test
    void theGoodFixtureRuns() throws IOException {
        Path file = tmp.resolve("good.csv");
        Files.writeString(file, GOOD);
        Cli.Outcome r = Cli.run("optimize", "--prices", file.toString(), "--method", "hrp", "--min-returns", "2");
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void refusesAnUnknownMethodAndAMissingFile() throws IOException {
        assertTrue(refused(GOOD, "--method", "max-return").error().contains("unknown --method 'max-return'"));
        Cli.Outcome r = Cli.run("optimize", "--prices", tmp.resolve("nope.csv").toString(), "--method", "hrp");
        assertEquals(2, r.exit());
        assertTrue(r.error().contains("price file not found"), r.error());
    }

    @Test
    void refusesReversedUnsortedAndDuplicateDatesNamingTheLine() throws IOException {
        String reversed = "date,A,B\n2020-01-04,10,20\n2020-01-03,11,19\n2020-01-02,10.5,19.5\n";
        String e = refused(reversed).error();
        assertTrue(e.contains("line 3") && e.contains("2020-01-03") && e.contains("strictly increasing"), e);
        String unsorted = "date,A,B\n2020-01-01,10,20\n2020-01-03,11,19\n2020-01-02,10.5,19.5\n2020-01-04,10,20\n";
        e = refused(unsorted).error();
        assertTrue(e.contains("line 4") && e.contains("2020-01-02"), e);
        String duplicate = "date,A,B\n2020-01-01,10,20\n2020-01-02,11,19\n2020-01-02,10.5,19.5\n";
        e = refused(duplicate).error();
        assertTrue(e.contains("line 4") && e.contains("duplicate date 2020-01-02"), e);
        e = refused("date,A,B\n2020-01-01T10:00:00Z,10,20\n2020-01-01T12:00:00+02:00,11,19\n").error();
        assertTrue(e.contains("line 3: duplicate date"), "the same instant: " + e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-13-02,11,19\n").error();
        assertTrue(e.contains("line 3") && e.contains("not a date"), e);
    }

    @Test
    void refusesBadHeaders() throws IOException {
        assertTrue(refused("date,A,A\n2020-01-01,10,20\n2020-01-02,11,19\n").error()
                .contains("'A' appears twice"));
        assertTrue(refused("date,A,,B\n2020-01-01,10,20,3\n2020-01-02,11,19,3\n").error()
                .contains("column 3 of the header has no name"));
        assertTrue(refused("date,A\n2020-01-01,10\n2020-01-02,11\n").error().contains("at least 2 asset columns"));
        assertTrue(refused("").error().contains("is empty"));
    }

    @Test
    void refusesNonNumericAndNonPositivePricesNamingLineAndColumn() throws IOException {
        String e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,11,abc\n2020-01-03,11,19\n").error();
        assertTrue(e.contains("line 3, column B") && e.contains("'abc' is not a number"), e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,0,19\n2020-01-03,11,19\n").error();
        assertTrue(e.contains("line 3, column A") && e.contains("> 0"), e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,-1,19\n2020-01-03,11,19\n").error();
        assertTrue(e.contains("line 3, column A"), e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,11,NaN\n2020-01-03,11,19\n").error();
        assertTrue(e.contains("line 3, column B"), e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,11\n").error();
        assertTrue(e.contains("line 3: 2 fields, the header has 3"), e);
    }

    @Test
    void leadingBlanksAreAllowedInternalAndTrailingGapsRefused() throws IOException {
        Path file = tmp.resolve("leading.csv");
        Files.writeString(file, "date,A,B\n2020-01-01,10,\n2020-01-02,11,\n2020-01-03,10.5,19.5\n2020-01-04,10.8,19.1\n"
                + "2020-01-05,10.2,19.8\n");
        Cli.Outcome ok = Cli.run("optimize", "--prices", file.toString(), "--method", "hrp", "--min-returns", "2");
        assertEquals(0, ok.exit(), ok.toString());
        String e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,11,\n2020-01-03,10.5,19.5\n").error();
        assertTrue(e.contains("line 3, column B") && e.contains("internal gaps are refused"), e);
        e = refused("date,A,B\n2020-01-01,10,20\n2020-01-02,11,19\n2020-01-03,10.5,\n").error();
        assertTrue(e.contains("line 4, column B") && e.contains("to the last date"), e);
        e = refused("date,A,B\n2020-01-01,10,\n2020-01-02,11,\n").error();
        assertTrue(e.contains("column B has no price at all"), e);
    }

    @Test
    void refusesAColumnWithTooFewUsableReturns() throws IOException {
        String late = "date,A,B\n2020-01-01,10,\n2020-01-02,11,\n2020-01-03,10.5,19.5\n2020-01-04,10.8,19.1\n"
                + "2020-01-05,10.2,19.8\n";
        String e = refused(late, "--returns", "last:3").error();
        assertTrue(e.contains("column B has 2 usable returns in the last 3 returns, needs 3"), e);
        e = refused(late, "--min-returns", "3").error();
        assertTrue(e.contains("column B has 2 usable returns") && e.contains("--min-returns"), e);
        e = refused(GOOD, "--returns", "last:10").error();
        assertTrue(e.contains("more returns than the file has (3)"), e);
        assertTrue(refused(GOOD, "--returns", "first:2").error().contains("--returns must be last:N"));
    }

    @Test
    void refusesBadOptions() throws IOException {
        assertTrue(refused(GOOD, "--cov", "shrunk").error().contains("--cov must be"));
        assertTrue(refused(GOOD, "--mu", "median").error().contains("--mu must be"));
        assertTrue(refused(GOOD, "--frequency", "0").error().contains("--frequency must be"));
        assertTrue(refused(GOOD, "--views", "v.csv").error().contains("only to --method black-litterman"));
    }

    @Test
    void refusesBadViewAndMarketCapFiles() throws IOException {
        Path v = tmp.resolve("views.csv");
        Files.writeString(v, "asset,view\nA,0.1\nC,0.2\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", v.toString()).error()
                .contains("line 3: unknown asset 'C'"));
        Files.writeString(v, "A,0.1\nA,0.2\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", v.toString()).error()
                .contains("line 2: a second view on A"));
        Files.writeString(v, "A,0.1,1.5\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", v.toString()).error()
                .contains("confidence 1.5 must be in [0, 1]"));
        Files.writeString(v, "A,0.1,0.5\nB,0.2\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", v.toString()).error()
                .contains("either every view has a confidence or none does"));
        Files.writeString(v, "A,abc\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", v.toString()).error()
                .contains("view 'abc' is not a number"));
        Path caps = tmp.resolve("caps.csv");
        Files.writeString(caps, "A,100\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--market-caps", caps.toString()).error()
                .contains("no market cap for B"));
        Files.writeString(caps, "A,100\nB,-1\n");
        assertTrue(refused(GOOD, "--method", "black-litterman", "--market-caps", caps.toString()).error()
                .contains("line 2: market cap -1 must be >= 0"));
        assertTrue(refused(GOOD, "--method", "black-litterman", "--prior", "market").error()
                .contains("--prior market needs --market-caps"));
        assertTrue(refused(GOOD, "--method", "black-litterman", "--views", tmp.resolve("none.csv").toString())
                .error().contains("views file not found"));
    }

    @Test
    void aFailedSolveIsRefusedNeverPrintedAsZeroWeights() throws IOException {
        // both assets lose money: no long-only portfolio earns more than rf, max-sharpe has no solution
        String falling = "date,A,B\n2020-01-01,10,20\n2020-01-02,9.5,19\n2020-01-03,9.6,19.5\n2020-01-04,9.0,18.5\n";
        String e = refused(falling, "--method", "max-sharpe", "--long-only").error();
        assertTrue(e.startsWith("the optimiser found no solution ("), e);
    }

    @Test
    void aWindowOfTheLastReturnsAndAFrequencyNoteForHourlyDates() throws IOException {
        Cli.Outcome r = Cli.run("optimize", "--prices", stocks().toString(), "--method", "min-variance",
                "--returns", "last:500");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("using the last 500 returns"), r.out());
        Path hourly = tmp.resolve("hourly.csv");
        Files.writeString(hourly, "date,A,B\n2024-01-01T00:00:00Z,10,20\n2024-01-01T01:00:00Z,11,19\n"
                + "2024-01-01T02:00:00Z,10.5,19.5\n2024-01-01T03:00:00Z,10.8,19.1\n");
        r = Cli.run("optimize", "--prices", hourly.toString(), "--method", "hrp", "--min-returns", "2");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("about 1 hour(s) apart but --frequency is 252"), r.out());
    }
}
