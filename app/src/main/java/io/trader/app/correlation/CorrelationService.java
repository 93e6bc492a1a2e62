package io.trader.app.correlation;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.correlation.core.Cell;
import io.trader.correlation.core.Component;
import io.trader.correlation.core.CorrelationMatrix;
import io.trader.correlation.core.Matrices;
import io.trader.correlation.core.Method;
import io.trader.correlation.core.ScoreInput;
import io.trader.correlation.core.ScoreSeries;
import io.trader.correlation.core.Scoring;
import io.trader.correlation.core.WindowException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The correlation matrices the API and the CLI serve, from two sources: candle files ({@code trader.correlation
 * .data-dir}, scored once per interval on first use and kept) and a running session's rolling window
 * ({@link LiveScores}, scored on each request from a copy). Requests name their parameters as text; a bad one is a
 * {@link CorrelationError} with its status and reason.
 */
public final class CorrelationService {

    /** Bars kept per asset beyond the window, for the scores' warm-up (50-bar momentum, 72-bar beta). */
    public static final int WARMUP_BARS = 200;

    /** Where a matrix's bars come from. */
    public enum Source { FILES, LIVE }

    private final TraderSettings settings;
    private final LiveScores live;
    private final Path dataDir;
    private final int window;
    private final int minN;
    private final int horizon;
    private final Map<String, Map<String, ScoreSeries>> files = new ConcurrentHashMap<>();

    /** @param live the session's window, or null without a session */
    public CorrelationService(TraderSettings settings, LiveScores live) {
        this.settings = settings;
        this.live = live;
        String dir = settings.raw("trader.correlation.data-dir").strip();
        this.dataDir = dir.isEmpty() ? null : Path.of(dir);
        if (dataDir != null && !java.nio.file.Files.isDirectory(dataDir)) {
            throw new Main.UserError("trader.correlation.data-dir (" + dir + ") is not a folder");
        }
        this.window = settings.integer("trader.correlation.window");
        this.minN = settings.integer("trader.correlation.min-observations");
        this.horizon = settings.integer("trader.correlation.horizon-bars");
    }

    /** The session's listener feeding the live window (bars kept: the window plus the warm-up). */
    public static LiveScores liveScores(TraderSettings settings) {
        return new LiveScores(settings.integer("trader.correlation.window") + WARMUP_BARS);
    }

    public int defaultWindow() {
        return window;
    }

    public int minObservations() {
        return minN;
    }

    public int defaultHorizon() {
        return horizon;
    }

    /** The source a request means: {@code files}, {@code live}, or by default files when a data dir is set. */
    public Source source(String text) {
        if (text == null || text.isBlank()) {
            return dataDir != null ? Source.FILES : Source.LIVE;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "files" -> Source.FILES;
            case "live" -> Source.LIVE;
            default -> throw new CorrelationError(400, "source must be files or live, not '" + clip(text) + "'");
        };
    }

    /** Every asset's scores from {@code source} ({@code interval} for files, e.g. 1h). */
    public Map<String, ScoreSeries> series(Source source, String interval) {
        if (source == Source.LIVE) {
            if (live == null) {
                throw new CorrelationError(503, "no trading session is running, so there is no live window; ask "
                        + "source=files (trader.correlation.data-dir) or run ./trader correlation on candle files");
            }
            Map<String, List<ScoreInput>> snap = live.snapshot();
            List<ScoreInput> btc = snap.get("BTC");
            Map<String, ScoreSeries> out = new LinkedHashMap<>();
            snap.forEach((asset, rows) -> out.put(asset, Scoring.score(asset, rows, btc)));
            return out;
        }
        if (dataDir == null) {
            throw new CorrelationError(503, "trader.correlation.data-dir is not set, so there are no candle files "
                    + "to correlate; set it, or ask source=live in a running session");
        }
        String iv = interval == null || interval.isBlank() ? "1h" : interval.strip();
        if (!iv.matches("[0-9]{1,4}[mhdw]")) {
            throw new CorrelationError(400, "interval must look like 1m, 5m, 1h or 1d, not '" + clip(iv) + "'");
        }
        return files.computeIfAbsent(iv, k -> {
            Map<String, Path> found = HistoryLoader.files(dataDir, k);
            if (found.isEmpty()) {
                throw new CorrelationError(404, "no " + k + " candle files in trader.correlation.data-dir");
            }
            try {
                return HistoryLoader.load(found, settings);
            } catch (Main.UserError e) {
                throw new CorrelationError(503, "the candle files of trader.correlation.data-dir cannot be used: "
                        + e.getMessage());
            }
        });
    }

    /** The scores of one asset, or 404 naming the known ones. */
    public ScoreSeries asset(Map<String, ScoreSeries> all, String asset) {
        if (asset == null || asset.isBlank()) {
            throw new CorrelationError(400, "asset is required, e.g. asset=BTC (known: " + known(all) + ")");
        }
        ScoreSeries s = all.get(asset.strip().toUpperCase(java.util.Locale.ROOT));
        if (s == null) {
            throw new CorrelationError(404, "unknown asset '" + clip(asset) + "' (known: " + known(all) + ")");
        }
        return s;
    }

    /** Component x component of one asset. */
    public CorrelationMatrix matrix(Map<String, ScoreSeries> all, String asset, String windowText, String methodText) {
        ScoreSeries s = asset(all, asset);
        return windowed(() -> Matrices.components(s, window(windowText), method(methodText), minN));
    }

    /** One component across every asset. */
    public CorrelationMatrix assets(Map<String, ScoreSeries> all, String componentText, String windowText,
                                    String methodText) {
        Component c = component(componentText);
        if (all.size() < 2) {
            throw new CorrelationError(422, "cross-asset correlation needs at least 2 assets, there are "
                    + all.size() + " (" + known(all) + ")");
        }
        return windowed(() -> Matrices.assets(all, c, window(windowText), method(methodText), minN));
    }

    /** Each component against the forward return, per asset. */
    public Map<String, Map<Component, Cell>> signals(Map<String, ScoreSeries> all, String asset, String windowText,
                                                     String horizonText, String methodText) {
        int w = window(windowText);
        int h = horizonText == null ? horizon : integer("horizon", horizonText, 1, 10_000);
        Method m = method(methodText);
        Map<String, ScoreSeries> which = asset == null ? all : Map.of(asset(all, asset).asset(),
                asset(all, asset));
        Map<String, Map<Component, Cell>> out = new LinkedHashMap<>();
        which.forEach((a, s) -> out.put(a, windowed(() -> Matrices.predictive(s, w, h, m, minN))));
        return out;
    }

    public int window(String text) {
        return text == null ? window : integer("window", text, 1, 1_000_000);
    }

    public static Method method(String text) {
        if (text == null) {
            return Method.PEARSON;
        }
        Method m = Method.parse(text);
        if (m == null) {
            throw new CorrelationError(400, "unknown method '" + clip(text) + "' (known: pearson, spearman)");
        }
        return m;
    }

    public static Component component(String text) {
        if (text == null || text.isBlank()) {
            throw new CorrelationError(400, "component is required (known: " + components() + ")");
        }
        Component c = Component.parse(text);
        if (c == null) {
            throw new CorrelationError(400, "unknown component '" + clip(text) + "' (known: " + components() + ")");
        }
        return c;
    }

    private static String components() {
        return String.join(", ", Arrays.stream(Component.values()).map(Enum::name).toList());
    }

    private static int integer(String name, String text, int min, int max) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CorrelationError(400, name + " must be an integer in [" + min + ", " + max + "], not '"
                + clip(text) + "'");
    }

    private static <T> T windowed(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (WindowException e) {
            throw new CorrelationError(422, e.getMessage());
        }
    }

    private static String known(Map<String, ScoreSeries> all) {
        return all.isEmpty() ? "none yet" : String.join(", ", all.keySet());
    }

    static String clip(String s) {
        String t = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
