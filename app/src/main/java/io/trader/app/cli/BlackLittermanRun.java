package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.layer3.core.opt.BlackLitterman;
import io.trader.layer3.core.opt.Constraints;
import io.trader.layer3.core.opt.LinAlg;
import io.trader.layer3.core.opt.MarketImplied;
import io.trader.layer3.core.opt.MeanVariance;
import io.trader.layer3.core.opt.OptResult;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code trader optimize --method black-litterman}: reads the views and market-cap files, builds the prior, the
 * posterior (BlackLitterman, He-Litterman or Idzorek Ω) and the weights. Every choice is written to
 * {@code notes} so the printout says which prior and views were used.
 */
final class BlackLittermanRun {

    /** Posterior returns and covariance the performance is computed on, and the weights. */
    record Result(double[] weights, double[] mu, double[][] sigma) {
    }

    private BlackLittermanRun() {
    }

    static Result run(List<String> assets, double[][] sigma, Path viewsFile, Path capsFile, String priorName,
                      double delta, double rf, double tau, boolean longOnly, List<String> notes) {
        int n = assets.size();
        String prior = priorName != null ? priorName : capsFile != null ? "market" : "equal";
        double[] pi;
        switch (prior) {
            case "market" -> {
                if (capsFile == null) {
                    throw new Main.UserError("--prior market needs --market-caps FILE");
                }
                double[] caps = readCaps(capsFile, assets);
                pi = MarketImplied.priorReturns(caps, delta, sigma, rf);
                notes.add("prior: market-implied returns delta x S x w_caps + rf (delta " + fmt(delta) + ", caps from "
                        + capsFile.getFileName() + ")");
            }
            case "equal" -> {
                double[] w = new double[n];
                Arrays.fill(w, 1.0 / n);
                pi = MarketImplied.priorFromWeights(w, delta, sigma, rf);
                notes.add("prior: returns implied by an equal-weight market, delta x S x (1/N) + rf (delta "
                        + fmt(delta) + ")" + (capsFile == null ? "; no --market-caps given" : ""));
            }
            case "zero" -> {
                pi = new double[n];
                notes.add("prior: zero returns (the posterior comes from the views alone)");
            }
            default -> throw new Main.UserError("--prior must be market, equal or zero, was '" + prior + "'");
        }
        List<View> views = viewsFile == null ? List.of() : readViews(viewsFile, assets);
        int[] idx = new int[views.size()];
        double[] q = new double[views.size()];
        double[] conf = new double[views.size()];
        boolean idzorek = !views.isEmpty() && !Double.isNaN(views.get(0).confidence());
        for (int v = 0; v < idx.length; v++) {
            idx[v] = views.get(v).asset();
            q[v] = views.get(v).view();
            conf[v] = views.get(v).confidence();
        }
        double[][] p = BlackLitterman.absoluteViews(n, idx);
        double[][] omega = idzorek ? BlackLitterman.idzorekOmega(sigma, p, conf, tau)
                : BlackLitterman.heLittermanOmega(sigma, p, tau);
        if (views.isEmpty()) {
            notes.add("views: none (no --views): the posterior returns equal the prior; the posterior covariance is "
                    + "S x (1 + tau)");
        } else {
            notes.add("views: " + views.size() + " absolute view(s) from " + viewsFile.getFileName() + ", omega "
                    + (idzorek ? "from the confidences (Idzorek)" : "diag(tau P S P') (He-Litterman)") + ", tau "
                    + fmt(tau));
        }
        BlackLitterman.Posterior post;
        try {
            post = BlackLitterman.posterior(sigma, pi, p, q, omega, tau);
        } catch (ArithmeticException e) {
            throw new Main.UserError("black-litterman: the view system is singular (" + e.getMessage() + ")");
        }
        double[] w;
        if (longOnly) {
            OptResult r = new MeanVariance(post.returns(), post.covariance())
                    .maxQuadraticUtility(delta, Constraints.longOnly(n));
            w = OptimizeCommand.checked(r, notes);
            notes.add("weights: long-only max quadratic utility (delta " + fmt(delta) + ") on the posterior");
        } else {
            double sum = 0;
            for (double x : LinAlg.solve(sigma, post.returns())) {  // the sign of the normaliser of bl weights
                sum += x;
            }
            w = BlackLitterman.weights(post.returns(), sigma, delta);
            if (!Arrays.stream(w).allMatch(Double::isFinite) || !(sum > 0)) {
                throw new Main.UserError("black-litterman: (delta S)^-1 x posterior does not sum to a positive "
                        + "number, normalising would flip or blow up the weights; use --long-only or other views");
            }
            notes.add("weights: (delta S)^-1 x posterior normalised to sum 1 (unconstrained: may be negative or "
                    + "above 1; --long-only bounds them)");
        }
        return new Result(w, post.returns(), post.covariance());
    }

    private record View(int asset, double view, double confidence) {
    }

    private static List<View> readViews(Path file, List<String> assets) {
        List<View> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Boolean withConfidence = null;
        for (Row row : rows(file, "views", assets)) {
            String[] f = row.fields();
            if (f.length < 2 || f.length > 3) {
                throw row.error("expected asset,view[,confidence], got " + f.length + " fields");
            }
            int j = asset(row, assets, f[0]);
            if (seen.put(f[0], j) != null) {
                throw row.error("a second view on " + f[0]);
            }
            double view = number(row, f[1], "view");
            double c = Double.NaN;
            if (f.length == 3 && !f[2].isEmpty()) {
                c = number(row, f[2], "confidence");
                if (!(c >= 0 && c <= 1)) {
                    throw row.error("confidence " + f[2] + " must be in [0, 1]");
                }
            }
            boolean has = !Double.isNaN(c);
            if (withConfidence != null && withConfidence != has) {
                throw row.error("either every view has a confidence or none does");
            }
            withConfidence = has;
            out.add(new View(j, view, c));
        }
        if (out.isEmpty()) {
            throw new Main.UserError(file + " holds no views");
        }
        return out;
    }

    private static double[] readCaps(Path file, List<String> assets) {
        double[] caps = new double[assets.size()];
        Arrays.fill(caps, Double.NaN);
        for (Row row : rows(file, "market caps", assets)) {
            String[] f = row.fields();
            if (f.length != 2) {
                throw row.error("expected asset,market_cap, got " + f.length + " fields");
            }
            int j = asset(row, assets, f[0]);
            if (!Double.isNaN(caps[j])) {
                throw row.error("a second market cap for " + f[0]);
            }
            double c = number(row, f[1], "market cap");
            if (!(c >= 0)) {
                throw row.error("market cap " + f[1] + " must be >= 0");
            }
            caps[j] = c;
        }
        double total = 0;
        for (int j = 0; j < caps.length; j++) {
            if (Double.isNaN(caps[j])) {
                throw new Main.UserError(file + ": no market cap for " + assets.get(j));
            }
            total += caps[j];
        }
        if (!(total > 0)) {
            throw new Main.UserError(file + ": the market caps sum to 0");
        }
        return caps;
    }

    private record Row(Path file, int line, String[] fields) {
        Main.UserError error(String what) {
            return new Main.UserError(file + " line " + line + ": " + what);
        }
    }

    /** Data rows; a first line naming no asset and whose second field is not a number is a header, skipped. */
    private static List<Row> rows(Path file, String what, List<String> assets) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Main.UserError(what + " file not found: " + file);
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + what + " file " + file + ": " + e.getMessage());
        }
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            String[] f = l.split(",", -1);
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            if (i == firstNonBlank(lines) && !assets.contains(f[0]) && f.length > 1 && !isNumber(f[1])) {
                continue;
            }
            out.add(new Row(file, i + 1, f));
        }
        return out;
    }

    private static int firstNonBlank(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int asset(Row row, List<String> assets, String name) {
        int j = assets.indexOf(name);
        if (j < 0) {
            throw row.error("unknown asset '" + name + "' (not a column of the price file)");
        }
        return j;
    }

    private static double number(Row row, String s, String what) {
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw row.error(what + " '" + s + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw row.error(what + " " + s + " must be finite");
        }
        return v;
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
