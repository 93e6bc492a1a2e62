package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.layer3.core.cov.ExpectedReturns;
import io.trader.layer3.core.cov.LedoitWolf;
import io.trader.layer3.core.cov.Returns;
import io.trader.layer3.core.cov.RiskModels;
import io.trader.layer3.core.cov.SampleCovariance;
import io.trader.layer3.core.opt.Constraints;
import io.trader.layer3.core.opt.Hrp;
import io.trader.layer3.core.opt.MeanVariance;
import io.trader.layer3.core.opt.OptResult;
import io.trader.layer3.core.opt.Performance;
import io.trader.layer3.core.opt.RiskParity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "optimize", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Research: portfolio weights from a wide price file (date + one close column per asset), with "
                + "the portfolio's expected return, volatility and Sharpe ratio.",
                "",
                "Conventions (PyPortfolioOpt's, so its published numbers can be reproduced):",
                "  returns      simple returns P_t / P_t-1 - 1 per column, no forward fill; rows where every asset is "
                        + "missing are dropped (only leading rows can be).",
                "  missing      blank cells BEFORE an asset's first price are allowed (it listed later): statistics "
                        + "use each column's own returns (mean, CAGR) or each pair's common rows (covariance). "
                        + "Blank cells after the first price (internal gaps, delisting) are refused.",
                "  mu           --mu cagr (default): (prod(1 + r))^(F / n) - 1 over each column's n returns; "
                        + "--mu mean: arithmetic mean x F.",
                "  covariance   --cov sample (default): pairwise sample covariance (ddof 1) x F; exp: exponentially "
                        + "weighted (--span, default 180) x F; ledoit-wolf: Ledoit-Wolf shrinkage to a constant "
                        + "variance x F.",
                "  annualising  F = --frequency, default 252 (trading days). It is NOT inferred from the dates; "
                        + "a note is printed when the dates are not about a day apart (use 365 for daily crypto, "
                        + "8760 for hourly crypto).",
                "  weights      sum to 1; --long-only: each in [0, 1], otherwise each in [-1, 1]. hrp and risk-parity "
                        + "are long-only by construction.",
                "  Sharpe       (w.mu - rf) / sqrt(w' S w), rf = --rf (annual, default 0.02).",
                "  methods      min-variance / max-sharpe: ojAlgo QP (max-sharpe by the Cornuejols-Tutuncu "
                        + "transform); a solve that reaches no optimum is refused, never printed as zero weights. "
                        + "black-litterman: posterior from the prior (--prior) and --views; weights (delta S)^-1 x "
                        + "posterior normalised to sum 1 (unbounded), or with --long-only the long-only maximum "
                        + "quadratic utility on the posterior; its figures use the posterior returns and covariance.",
                "",
                "Bad input (unknown method, missing file, unsorted or duplicate dates, bad names, non-numeric or "
                        + "non-positive prices, internal gaps, too few returns, fewer than 2 assets) is refused with "
                        + "the line and column and exit code 2; nothing is written."})
public final class OptimizeCommand implements Callable<Integer> {

    /** The methods, in the order --help lists them. */
    static final List<String> METHODS = List.of("min-variance", "max-sharpe", "risk-parity", "hrp", "black-litterman");

    @Option(names = "--prices", required = true, paramLabel = "FILE",
            description = "wide CSV: header date,ASSET1,ASSET2,... then one row per date, oldest first")
    Path prices;

    @Option(names = "--method", required = true, paramLabel = "NAME",
            description = "min-variance | max-sharpe | risk-parity | hrp | black-litterman")
    String method;

    @Option(names = "--long-only", description = "weights in [0, 1] (default: [-1, 1], shorting allowed)")
    boolean longOnly;

    @Option(names = "--rf", defaultValue = "0.02", paramLabel = "R",
            description = "annual risk-free rate for the Sharpe ratio, max-sharpe and the black-litterman prior "
                    + "(default 0.02)")
    double rf;

    @Option(names = "--returns", paramLabel = "last:N",
            description = "use only the last N returns; every asset must have a price on all N+1 dates (default: "
                    + "every row)")
    String returnsWindow;

    @Option(names = "--min-returns", defaultValue = "30", paramLabel = "N",
            description = "without --returns, the fewest returns an asset may have (default 30)")
    int minReturns;

    @Option(names = "--frequency", defaultValue = "252", paramLabel = "F",
            description = "periods per year used to annualise mu and the covariance (default 252)")
    double frequency;

    @Option(names = "--mu", defaultValue = "cagr", paramLabel = "cagr|mean",
            description = "expected return estimator (default cagr)")
    String muEstimator;

    @Option(names = "--cov", defaultValue = "sample", paramLabel = "sample|exp|ledoit-wolf",
            description = "covariance estimator (default sample)")
    String covEstimator;

    @Option(names = "--span", defaultValue = "180", paramLabel = "N", description = "span of --cov exp (default 180)")
    int span;

    @Option(names = "--views", paramLabel = "FILE",
            description = "black-litterman: CSV asset,view[,confidence] (absolute annual return views; confidence "
                    + "in [0, 1] selects Idzorek's method)")
    Path views;

    @Option(names = "--market-caps", paramLabel = "FILE",
            description = "black-litterman: CSV asset,market_cap; the prior becomes the market-implied returns")
    Path marketCaps;

    @Option(names = "--prior", paramLabel = "market|equal|zero",
            description = "black-litterman prior: market (delta S w_caps + rf, the default with --market-caps), "
                    + "equal (delta S (1/N) + rf, the default without) or zero")
    String prior;

    @Option(names = "--tau", defaultValue = "0.05", paramLabel = "T",
            description = "black-litterman: uncertainty of the prior (default 0.05)")
    double tau;

    @Option(names = "--risk-aversion", defaultValue = "1", paramLabel = "D",
            description = "black-litterman: risk aversion delta of the prior and of the weights (default 1)")
    double riskAversion;

    @Option(names = "--out", paramLabel = "FILE", description = "writes asset,weight (8 decimals, header order)")
    Path out;

    /** What was estimated, for the report. */
    record Inputs(WidePrices table, double[][] returns, double[] mu, double[][] sigma, String window) {
    }

    @Override
    public Integer call() {
        if (!METHODS.contains(method)) {
            throw new Main.UserError("unknown --method '" + method + "' (known: " + String.join(", ", METHODS) + ")");
        }
        validateOptions();
        Inputs[] holder = {inputs()};
        PrintStream o = System.out;
        List<String> notes = new ArrayList<>();
        double[] w = weights(holder, notes);
        Inputs in = holder[0];
        Performance perf = Performance.of(w, in.mu(), in.sigma(), rf);
        print(o, in, w, perf, notes);
        if (out != null) {
            write(in.table().assets(), w);
        }
        return 0;
    }

    private void validateOptions() {
        if (!(frequency >= 1 && frequency <= 1_000_000)) {
            throw new Main.UserError("--frequency must be in [1, 1000000] periods per year, was " + fmt(frequency));
        }
        if (!Double.isFinite(rf) || Math.abs(rf) > 1) {
            throw new Main.UserError("--rf must be an annual rate in [-1, 1], was " + rf);
        }
        if (!List.of("cagr", "mean").contains(muEstimator)) {
            throw new Main.UserError("--mu must be cagr or mean, was '" + muEstimator + "'");
        }
        if (!List.of("sample", "exp", "ledoit-wolf").contains(covEstimator)) {
            throw new Main.UserError("--cov must be sample, exp or ledoit-wolf, was '" + covEstimator + "'");
        }
        if (span < 2) {
            throw new Main.UserError("--span must be >= 2, was " + span);
        }
        if (minReturns < 2) {
            throw new Main.UserError("--min-returns must be >= 2, was " + minReturns);
        }
        if (!"black-litterman".equals(method) && (views != null || marketCaps != null || prior != null)) {
            throw new Main.UserError("--views, --market-caps and --prior apply only to --method black-litterman");
        }
        if (!(tau > 0 && tau <= 1)) {
            throw new Main.UserError("--tau must be in (0, 1], was " + tau);
        }
        if (!(riskAversion > 0) || !Double.isFinite(riskAversion)) {
            throw new Main.UserError("--risk-aversion must be > 0, was " + riskAversion);
        }
    }

    private Inputs inputs() {
        WidePrices table = WidePrices.read(prices);
        double[][] r = Returns.dropAllNaNRows(Returns.simple(table.prices()));
        String window = "all " + r.length + " returns";
        int need = minReturns;
        if (returnsWindow != null) {
            int n = parseWindow(returnsWindow);
            if (n > r.length) {
                throw new Main.UserError("--returns last:" + n + " asks for more returns than the file has ("
                        + r.length + ")");
            }
            r = java.util.Arrays.copyOfRange(r, r.length - n, r.length);
            window = "the last " + n + " returns";
            need = n;
        }
        for (int j = 0; j < table.assets().size(); j++) {
            int count = 0;
            for (double[] row : r) {
                if (!Double.isNaN(row[j])) {
                    count++;
                }
            }
            if (count < need) {
                throw new Main.UserError("column " + table.assets().get(j) + " has " + count + " usable returns in "
                        + window + ", needs " + need + (returnsWindow == null ? " (--min-returns)" : ""));
            }
        }
        double[] mu = "mean".equals(muEstimator) ? ExpectedReturns.arithmetic(r, frequency)
                : ExpectedReturns.cagr(r, frequency);
        double[][] sigma = switch (covEstimator) {
            case "exp" -> RiskModels.exponential(r, span, frequency);
            case "ledoit-wolf" -> LedoitWolf.annualised(r, LedoitWolf.Target.CONSTANT_VARIANCE, frequency);
            default -> RiskModels.sample(r, frequency);
        };
        for (int j = 0; j < mu.length; j++) {
            if (!Double.isFinite(mu[j]) || !Double.isFinite(sigma[j][j]) || !(sigma[j][j] > 0)) {
                throw new Main.UserError("column " + table.assets().get(j) + " has no usable statistics (mu "
                        + mu[j] + ", variance " + sigma[j][j] + "): a constant price?");
            }
        }
        return new Inputs(table, r, mu, sigma, window);
    }

    private static int parseWindow(String spec) {
        if (!spec.startsWith("last:")) {
            throw new Main.UserError("--returns must be last:N, was '" + spec + "'");
        }
        int n;
        try {
            n = Integer.parseInt(spec.substring(5).strip());
        } catch (NumberFormatException e) {
            throw new Main.UserError("--returns must be last:N with a whole N, was '" + spec + "'");
        }
        if (n < 2) {
            throw new Main.UserError("--returns last:N needs N >= 2, was " + n);
        }
        return n;
    }

    /** The weights; for black-litterman {@code in} is replaced by the posterior the performance uses. */
    private double[] weights(Inputs[] in, List<String> notes) {
        Inputs x = in[0];
        int n = x.mu().length;
        Constraints c = longOnly ? Constraints.longOnly(n) : Constraints.bounded(n, -1, 1);
        return switch (method) {
            case "min-variance" -> checked(new MeanVariance(x.mu(), x.sigma()).minVariance(c), notes);
            case "max-sharpe" -> checked(new MeanVariance(x.mu(), x.sigma()).maxSharpe(rf, c), notes);
            case "hrp" -> hrp(x, notes);
            case "risk-parity" -> {
                notes.add("risk-parity: equal risk contributions w_i (S w)_i / w'S w; long-only, --long-only ignored");
                yield checked(RiskParity.solve(x.sigma()), notes);
            }
            default -> {
                BlackLittermanRun.Result r = BlackLittermanRun.run(x.table().assets(), x.sigma(), views, marketCaps,
                        prior, riskAversion, rf, tau, longOnly, notes);
                notes.add("performance: on the posterior returns and the posterior covariance");
                in[0] = new Inputs(x.table(), x.returns(), r.mu(), r.sigma(), x.window());
                yield r.weights();
            }
        };
    }

    private double[] hrp(Inputs in, List<String> notes) {
        notes.add("hrp: single-linkage clustering on the correlation distance sqrt((1 - corr) / 2), recursive "
                + "bisection with inverse-variance cluster weights; long-only, --long-only ignored");
        if ("sample".equals(covEstimator)) {
            double[][] r = in.returns();
            return Hrp.allocate(SampleCovariance.correlation(r), SampleCovariance.pairwise(r)).weights();
        }
        notes.add("hrp: correlation taken from the " + covEstimator + " covariance (rounded to 6 decimals)");
        return Hrp.fromCovariance(in.sigma()).weights();
    }

    /** The weights of a solve, or a refusal naming the solver's state: never zeros, never a partial result. */
    static double[] checked(OptResult result, List<String> notes) {
        if (!result.ok()) {
            throw new Main.UserError("the optimiser found no solution (" + result.state() + "): " + result.detail());
        }
        notes.add("solver: " + result.state() + (result.detail() == null || result.detail().isEmpty() ? ""
                : " (" + result.detail() + ")"));
        return result.weights();
    }

    private void print(PrintStream o, Inputs in, double[] w, Performance perf, List<String> notes) {
        WidePrices t = in.table();
        long spacing = t.medianSpacingMillis();
        o.printf(Locale.ROOT, "method       %s%s%n", method, longOnly ? " (long-only)" : "");
        o.printf(Locale.ROOT, "prices       %s: %d assets, %d dates %s .. %s; using %s%n", prices.getFileName(),
                t.assets().size(), t.dates().size(), t.dates().get(0), t.dates().get(t.dates().size() - 1), in.window());
        String muLabel = "black-litterman".equals(method) ? "prior + views (historical mu unused)"
                : ("mean".equals(muEstimator) ? "arithmetic mean" : "CAGR") + " x " + fmt(frequency);
        o.printf(Locale.ROOT, "conventions  simple returns; mu = %s; covariance = %s x %s; rf %s%n", muLabel,
                covLabel(), fmt(frequency), fmt(rf));
        if (spacing > 0 && (spacing < 20 * 3_600_000L || spacing > 4 * 86_400_000L) && frequency == 252) {
            o.printf(Locale.ROOT, "note         the dates are about %s apart but --frequency is 252 (daily): pass "
                    + "the periods per year of this spacing%n", spacingLabel(spacing));
        }
        for (String n : notes) {
            o.println("note         " + n);
        }
        o.println();
        int width = 6;
        for (String a : t.assets()) {
            width = Math.max(width, a.length());
        }
        o.printf(Locale.ROOT, "%-" + width + "s  %12s%n", "asset", "weight");
        for (int j = 0; j < w.length; j++) {
            o.printf(Locale.ROOT, "%-" + width + "s  %12s%n", t.assets().get(j), decimal(w[j], 6));
        }
        o.println();
        o.printf(Locale.ROOT, "expected return  %s%n", decimal(perf.ret(), 6));
        o.printf(Locale.ROOT, "volatility       %s%n", decimal(perf.vol(), 6));
        o.printf(Locale.ROOT, "sharpe           %s%n", decimal(perf.sharpe(), 6));
    }

    private String covLabel() {
        return switch (covEstimator) {
            case "exp" -> "exponentially weighted covariance (span " + span + ")";
            case "ledoit-wolf" -> "Ledoit-Wolf shrunk covariance (constant-variance target)";
            default -> "pairwise sample covariance (ddof 1)";
        };
    }

    private static String spacingLabel(long ms) {
        return ms % 86_400_000L == 0 ? ms / 86_400_000L + " day(s)" : ms % 3_600_000L == 0 ? ms / 3_600_000L
                + " hour(s)" : ms / 60_000L + " minute(s)";
    }

    private void write(List<String> assets, double[] w) {
        StringBuilder sb = new StringBuilder("asset,weight\n");
        for (int j = 0; j < w.length; j++) {
            sb.append(assets.get(j)).append(',').append(decimal(w[j], 8)).append('\n');
        }
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UserError("cannot write " + out + ": " + e.getMessage());
        }
        System.out.println("wrote " + out);
    }

    /** Exact decimal text of {@code v} at a fixed scale (half-even), "NaN" when not finite; -0 prints as 0. */
    static String decimal(double v, int scale) {
        if (!Double.isFinite(v)) {
            return "NaN";
        }
        BigDecimal d = new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN);
        return d.signum() == 0 ? BigDecimal.ZERO.setScale(scale).toPlainString() : d.toPlainString();
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
