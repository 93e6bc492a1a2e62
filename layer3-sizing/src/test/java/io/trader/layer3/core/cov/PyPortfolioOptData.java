package io.trader.layer3.core.cov;

import io.trader.core.testing.SharedData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test-side loader for the PyPortfolioOpt oracle files (plain java.nio; skips when ../shared is absent). */
public final class PyPortfolioOptData {

    private static double[][] prices;
    private static String json;

    private PyPortfolioOptData() {
    }

    /** stock_prices.csv as rows x 20 columns, NaN where empty. */
    public static synchronized double[][] prices() {
        if (prices == null) {
            prices = readWide(SharedData.sharedFile("oracles/pyportfolioopt/stock_prices.csv"));
        }
        return prices;
    }

    /** Simple returns after dropping all-NaN rows (7125 x 20). */
    public static double[][] returns() {
        return Returns.dropAllNaNRows(Returns.simple(prices()));
    }

    public static double[][] readWide(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            int cols = lines.get(0).split(",", -1).length - 1;
            List<double[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                String[] f = lines.get(i).split(",", -1);
                double[] row = new double[cols];
                for (int j = 0; j < cols; j++) {
                    String s = f[j + 1].trim();
                    row[j] = s.isEmpty() ? Double.NaN : Double.parseDouble(s);
                }
                rows.add(row);
            }
            return rows.toArray(new double[0][]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first column (dates) of a wide CSV, header skipped. */
    public static List<String> firstColumn(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank())
                    .map(l -> l.substring(0, l.indexOf(','))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SPY simple returns left-joined onto the stock returns' dates (NaN where SPY has no return that day),
     * as PyPortfolioOpt's capm_return(market_prices=spy) does.
     */
    public static double[] spyAlignedToStockReturns() {
        Path spyFile = SharedData.sharedFile("oracles/pyportfolioopt/spy_prices.csv");
        double[][] spy = readWide(spyFile);
        List<String> spyDates = firstColumn(spyFile);
        Map<String, Double> spyRet = new java.util.HashMap<>();
        for (int i = 1; i < spy.length; i++) {
            spyRet.put(spyDates.get(i), spy[i][0] / spy[i - 1][0] - 1);
        }
        List<String> stockDates = firstColumn(SharedData.sharedFile("oracles/pyportfolioopt/stock_prices.csv"));
        double[] out = new double[stockDates.size() - 1];
        for (int t = 1; t < stockDates.size(); t++) {
            out[t - 1] = spyRet.getOrDefault(stockDates.get(t), Double.NaN);
        }
        return out;
    }

    static synchronized String json() {
        if (json == null) {
            try {
                json = Files.readString(SharedData.sharedFile("oracles/pyportfolioopt/expected.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return json;
    }

    /** A flat {"TICKER": number, ...} object of expected.json, in file order. */
    public static double[] tickerVector(String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\\{([^}]*)}").matcher(json());
        if (!m.find()) {
            throw new IllegalStateException("no key " + key);
        }
        Map<String, Double> map = new LinkedHashMap<>();
        Matcher e = Pattern.compile("\"([^\"]+)\"\\s*:\\s*([-0-9.eE+]+)").matcher(m.group(1));
        while (e.find()) {
            map.put(e.group(1), Double.parseDouble(e.group(2)));
        }
        return map.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The (ret, vol, sharpe) triple of an efficient_frontier test in expected.json. */
    public static double[] frontier(String test) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(test)
                + "\"\\s*:\\s*\\{[^}]*?\"expected_perf_rf0\\.02\"\\s*:\\s*\\[([^\\]]*)]").matcher(json());
        if (!m.find()) {
            throw new IllegalStateException("no frontier test " + test);
        }
        String[] p = m.group(1).split(",");
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Double.parseDouble(p[i].trim());
        }
        return out;
    }
}
