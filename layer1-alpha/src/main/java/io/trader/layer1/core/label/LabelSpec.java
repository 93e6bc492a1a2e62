package io.trader.layer1.core.label;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How a model's training labels are made: triple-barrier variant, horizon (vertical barrier, in ms or
 * in bars), profit-take / stop-loss either as fixed fractions or as multiples of a volatility target
 * (daily volatility or ATR), and a minimum target below which an event is too quiet to label. Invalid
 * specs are refused with a message naming the field and the allowed range.
 *
 * <p>Text form (stored in the model registry; {@link #parse} accepts any subset of keys, missing keys
 * take the {@link #DEFAULT} values): {@code variant=ternary horizon=4h barriers=fixed pt=0.02 sl=0.01 min-ret=0},
 * {@code barriers=atr:14 pt=1.5 sl=1.5}, {@code barriers=daily-vol:100}, {@code horizon=48bars}.
 *
 * @param horizonMs   vertical barrier in ms after the event (0 when in bars)
 * @param horizonBars vertical barrier in bars after the event (0 when in ms)
 * @param period      daily-vol ewm span or ATR period (0 for fixed barriers)
 * @param profitTake  fraction (fixed) or multiple of the target; 0 = no profit-take barrier
 * @param stopLoss    fraction (fixed, positive: 0.01 is -1%) or multiple of the target; 0 = none
 * @param minReturn   events whose volatility target is not above this are skipped (0 for fixed)
 */
public record LabelSpec(LabelVariant variant, long horizonMs, int horizonBars, BarrierUnit unit, int period,
                        double profitTake, double stopLoss, double minReturn) {

    public static final long HOUR_MS = 3_600_000L;

    /** The design defaults: 4h horizon, +2% / -1%. */
    public static final LabelSpec DEFAULT = new LabelSpec(LabelVariant.TERNARY, 4 * HOUR_MS, 0, BarrierUnit.FIXED, 0,
            0.02, 0.01, 0);

    /** The design's volatility-scaled default: 4h horizon, barriers at 1.5 x ATR(14). */
    public static final LabelSpec ATR_DEFAULT = new LabelSpec(LabelVariant.TERNARY, 4 * HOUR_MS, 0, BarrierUnit.ATR,
            14, 1.5, 1.5, 0);

    public LabelSpec {
        if (variant == null || unit == null) {
            throw new IllegalArgumentException("label spec: variant and barriers are required");
        }
        if ((horizonMs > 0) == (horizonBars > 0) || horizonMs < 0 || horizonBars < 0) {
            throw new IllegalArgumentException("label spec: horizon must be given either in ms or in bars (exactly one,"
                    + " > 0), got " + horizonMs + " ms and " + horizonBars + " bars");
        }
        if (unit == BarrierUnit.FIXED) {
            if (period != 0) {
                throw new IllegalArgumentException("label spec: fixed barriers take no period, got " + period);
            }
            check("pt", profitTake, 0, 10, "a fraction of the entry price, e.g. 0.02 for +2%");
            check("sl", stopLoss, 0, 0.999999, "a positive fraction, e.g. 0.01 for -1%");
            if (minReturn != 0) {
                throw new IllegalArgumentException("label spec: min-ret applies to volatility-scaled barriers only;"
                        + " must be 0 with barriers=fixed, got " + minReturn);
            }
        } else {
            if (period < 1 || period > 10_000) {
                throw new IllegalArgumentException("label spec: " + unit.text() + " period must be in [1, 10000], got "
                        + period);
            }
            check("pt", profitTake, 0, 100, "a multiple of the volatility target, e.g. 1.5");
            check("sl", stopLoss, 0, 100, "a multiple of the volatility target, e.g. 1.5");
            check("min-ret", minReturn, 0, 0.999999, "a fraction, e.g. 0.005");
        }
    }

    private static void check(String key, double v, double lo, double hi, String what) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException("label spec: " + key + " must be in [" + lo + ", " + hi + "] (" + what
                    + "), got " + v);
        }
    }

    public LabelSpec withVariant(LabelVariant v) {
        return new LabelSpec(v, horizonMs, horizonBars, unit, period, profitTake, stopLoss, minReturn);
    }

    /** The canonical text form; {@code parse(toText())} gives an equal spec. */
    public String toText() {
        String h = horizonBars > 0 ? horizonBars + "bars" : duration(horizonMs);
        String b = unit == BarrierUnit.FIXED ? "fixed" : unit.text() + ":" + period;
        return "variant=" + variant.text() + " horizon=" + h + " barriers=" + b + " pt=" + num(profitTake)
                + " sl=" + num(stopLoss) + " min-ret=" + num(minReturn);
    }

    @Override
    public String toString() {
        return toText();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String duration(long ms) {
        long[] units = {86_400_000L, HOUR_MS, 60_000L, 1000L};
        String[] names = {"d", "h", "m", "s"};
        for (int i = 0; i < units.length; i++) {
            if (ms % units[i] == 0) {
                return ms / units[i] + names[i];
            }
        }
        return ms + "ms";
    }

    public static LabelSpec parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("label spec: text is required");
        }
        LabelSpec d = DEFAULT;
        LabelVariant variant = d.variant;
        long hMs = d.horizonMs;
        int hBars = 0;
        BarrierUnit unit = d.unit;
        int period = 0;
        double pt = d.profitTake;
        double sl = d.stopLoss;
        double minRet = 0;
        Set<String> seen = new HashSet<>();
        for (String tok : text.trim().split("[\\s,;]+")) {
            if (tok.isEmpty()) {
                continue;
            }
            int eq = tok.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("label spec: expected key=value, got '" + tok + "'");
            }
            String key = tok.substring(0, eq).toLowerCase(Locale.ROOT);
            String val = tok.substring(eq + 1);
            if (!seen.add(key)) {
                throw new IllegalArgumentException("label spec: key '" + key + "' given twice");
            }
            switch (key) {
                case "variant" -> variant = LabelVariant.parse(val);
                case "horizon" -> {
                    if (val.endsWith("bars")) {
                        hBars = parseInt("horizon", val.substring(0, val.length() - 4));
                        hMs = 0;
                    } else {
                        hMs = parseDuration(val);
                        hBars = 0;
                    }
                }
                case "barriers" -> {
                    int colon = val.indexOf(':');
                    unit = BarrierUnit.parse(colon < 0 ? val : val.substring(0, colon));
                    if (unit == BarrierUnit.FIXED) {
                        if (colon >= 0) {
                            throw new IllegalArgumentException("label spec: barriers=fixed takes no period, got '" + val + "'");
                        }
                        period = 0;
                    } else {
                        period = colon < 0 ? (unit == BarrierUnit.ATR ? 14 : 100)
                                : parseInt("barriers period", val.substring(colon + 1));
                    }
                }
                case "pt" -> pt = parseDouble("pt", val);
                case "sl" -> sl = parseDouble("sl", val);
                case "min-ret" -> minRet = parseDouble("min-ret", val);
                default -> throw new IllegalArgumentException("label spec: unknown key '" + key
                        + "' (known: variant, horizon, barriers, pt, sl, min-ret)");
            }
        }
        if (unit != BarrierUnit.FIXED && !seen.contains("pt") && !seen.contains("sl")) {
            pt = ATR_DEFAULT.profitTake;
            sl = ATR_DEFAULT.stopLoss;
        }
        return new LabelSpec(variant, hMs, hBars, unit, period, pt, sl, minRet);
    }

    private static int parseInt(String key, String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("label spec: " + key + " must be an integer, got '" + s + "'");
        }
    }

    private static double parseDouble(String key, String s) {
        try {
            double v = Double.parseDouble(s);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("label spec: " + key + " must be a finite number, got '" + s + "'");
        }
    }

    private static long parseDuration(String s) {
        String[] suffix = {"ms", "s", "m", "h", "d"};
        long[] mult = {1, 1000, 60_000, HOUR_MS, 86_400_000L};
        for (int i = 0; i < suffix.length; i++) {
            if (s.endsWith(suffix[i])) {
                String num = s.substring(0, s.length() - suffix[i].length());
                if (!num.isEmpty() && num.chars().allMatch(Character::isDigit) && num.length() <= 12) {
                    return Long.parseLong(num) * mult[i];
                }
            }
        }
        throw new IllegalArgumentException("label spec: horizon must be like 4h, 30m, 1d, 90s, 500ms or 48bars, got '"
                + s + "'");
    }
}
