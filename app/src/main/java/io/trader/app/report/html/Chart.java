package io.trader.app.report.html;

import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A time-series chart as inline SVG. Set the axes, add elements in drawing order (bands, lines, markers),
 * then {@link #render}. Lines are downsampled to the lowest and highest value of each pixel column, so a
 * chart stays small however long the run. The page's script reads the data attributes to show values
 * under the pointer and counts the charts it finds drawn.
 */
final class Chart {

    static final int WIDTH = 960;
    private static final int LEFT = 72;
    private static final int RIGHT = 14;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    private final String id;
    private final int height;
    private final int plotW = WIDTH - LEFT - RIGHT;
    private final int plotH;
    private final StringBuilder body = new StringBuilder(16 * 1024);
    private long t0;
    private long t1;
    private double y0;
    private double y1;
    private boolean log;
    private DoubleFunction<String> yFmt = v -> String.format(Locale.ROOT, "%.2f", v);

    Chart(String id, int height) {
        this.id = id;
        this.height = height;
        this.plotH = height - TOP - BOTTOM;
    }

    Chart time(long from, long to) {
        t0 = from;
        t1 = Math.max(to, from + 1);
        return this;
    }

    /** Y range from the finite values of the arrays, padded by 4%; log scale needs positive values. */
    Chart y(boolean logScale, DoubleFunction<String> fmt, double[]... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] a : values) {
            for (double v : a) {
                if (Double.isFinite(v) && (!logScale || v > 0)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        log = logScale;
        yFmt = fmt;
        double lo = log ? Math.log10(min) : min;
        double hi = log ? Math.log10(max) : max;
        if (hi - lo < 1e-12) {
            hi = lo + (log ? 0.1 : Math.max(1e-9, Math.abs(lo) * 0.01 + 1e-9));
        }
        double pad = (hi - lo) * 0.04;
        y0 = lo - pad;
        y1 = hi + pad;
        return this;
    }

    /** Include these extra values (e.g. a limit line) in the range: call before adding elements. */
    Chart include(double lo, double hi) {
        double a = log ? Math.log10(lo) : lo;
        double b = log ? Math.log10(hi) : hi;
        y0 = Math.min(y0, a);
        y1 = Math.max(y1, b);
        return this;
    }

    double x(long t) {
        return LEFT + plotW * (double) (t - t0) / (t1 - t0);
    }

    double y(double v) {
        double u = log ? Math.log10(Math.max(v, 1e-300)) : v;
        return TOP + plotH - plotH * (u - y0) / (y1 - y0);
    }

    /** A line through (t, v); NaN values break it. */
    Chart line(long[] t, double[] v, String color, String label, double strokeWidth) {
        body.append("<path class=\"series\" data-label=\"").append(Html.esc(label)).append("\" fill=\"none\" stroke=\"")
                .append(color).append("\" stroke-width=\"").append(strokeWidth).append("\" d=\"");
        int column = Integer.MIN_VALUE;
        int lo = -1;
        int hi = -1;
        boolean pen = false;
        for (int i = 0; i <= t.length; i++) {
            boolean end = i == t.length;
            int c = end ? Integer.MAX_VALUE : (int) Math.floor(x(t[i]));
            boolean gap = !end && !Double.isFinite(v[i]);
            if ((end || gap || c != column) && lo >= 0) {
                pen = point(lo < hi ? lo : hi, t, v, pen);
                if (lo != hi) {
                    pen = point(lo < hi ? hi : lo, t, v, pen);
                }
                lo = -1;
                hi = -1;
            }
            if (end) {
                break;
            }
            if (gap) {
                pen = false;
                continue;
            }
            column = c;
            if (lo < 0 || v[i] < v[lo]) {
                lo = i;
            }
            if (hi < 0 || v[i] > v[hi]) {
                hi = i;
            }
        }
        body.append("\"/>\n");
        return this;
    }

    private boolean point(int i, long[] t, double[] v, boolean pen) {
        body.append(pen ? "L" : "M").append(f1(x(t[i]))).append(' ').append(f1(y(v[i])));
        return true;
    }

    /** The area between the line and zero, for drawdowns. */
    Chart area(long[] t, double[] v, String color, String label) {
        int start = body.length();
        line(t, v, color, label, 1);
        String path = body.substring(start);
        int d = path.indexOf(" d=\"") + 4;
        String pts = path.substring(d, path.lastIndexOf('"'));
        if (!pts.isEmpty() && t.length > 0) {
            body.append("<path fill=\"").append(color).append("\" fill-opacity=\"0.25\" stroke=\"none\" d=\"")
                    .append(pts).append("L").append(f1(x(t[t.length - 1]))).append(' ')
                    .append(f1(y(0))).append("L").append(f1(x(t[0]))).append(' ').append(f1(y(0))).append("Z\"/>\n");
        }
        return this;
    }

    /** A shaded time interval with a tooltip. */
    Chart band(long from, long to, String color, String title) {
        double a = x(Math.max(from, t0));
        double b = x(Math.min(to, t1));
        body.append("<rect class=\"band\" x=\"").append(f1(a)).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(f1(Math.max(1, b - a))).append("\" height=\"").append(plotH).append("\" fill=\"").append(color)
                .append("\"><title>").append(Html.esc(title)).append("</title></rect>\n");
        return this;
    }

    /** A vertical marker line with a short label at the top. */
    Chart vline(long t, String color, String label, String title) {
        double x = x(t);
        body.append("<g class=\"event\"><title>").append(Html.esc(title)).append("</title><line x1=\"").append(f1(x))
                .append("\" x2=\"").append(f1(x)).append("\" y1=\"").append(TOP).append("\" y2=\"").append(TOP + plotH)
                .append("\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>");
        if (label != null) {
            body.append("<text x=\"").append(f1(x + 4)).append("\" y=\"").append(TOP + 12).append("\" fill=\"")
                    .append(color).append("\" class=\"evlabel\">").append(Html.esc(label)).append("</text>");
        }
        body.append("</g>\n");
        return this;
    }

    /** A horizontal reference line. */
    Chart hline(double v, String color, String label) {
        double y = y(v);
        body.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW).append("\" y1=\"")
                .append(f1(y)).append("\" y2=\"").append(f1(y)).append("\" stroke=\"").append(color)
                .append("\" stroke-dasharray=\"6 4\"/>");
        if (label != null) {
            body.append("<text x=\"").append(LEFT + plotW - 4).append("\" y=\"").append(f1(y - 4))
                    .append("\" text-anchor=\"end\" fill=\"").append(color).append("\">").append(Html.esc(label))
                    .append("</text>");
        }
        body.append('\n');
        return this;
    }

    /** A marker: shape "up", "down" (triangles) or "dot", with a tooltip. */
    Chart marker(long t, double v, String shape, String color, String title) {
        double x = x(t);
        double y = y(v);
        body.append("<path class=\"mark\" fill=\"").append(color).append("\" d=\"");
        switch (shape) {
            case "up" -> body.append('M').append(f1(x)).append(' ').append(f1(y - 1)).append("l-4 8h8z");
            case "down" -> body.append('M').append(f1(x)).append(' ').append(f1(y + 1)).append("l-4 -8h8z");
            default -> body.append('M').append(f1(x - 3)).append(' ').append(f1(y)).append("a3 3 0 1 0 6 0a3 3 0 1 0 -6 0z");
        }
        body.append("\"><title>").append(Html.esc(title)).append("</title></path>\n");
        return this;
    }

    /** Short ticks along the bottom at the given times, one per pixel column, with a tooltip. */
    Chart rug(long[] times, String color, String title) {
        body.append("<path class=\"rug\" stroke=\"").append(color).append("\" stroke-width=\"1\" d=\"");
        int last = Integer.MIN_VALUE;
        for (long t : times) {
            int c = (int) Math.floor(x(t));
            if (c != last && t >= t0 && t <= t1) {
                body.append('M').append(c).append(' ').append(TOP + plotH).append("v-8");
                last = c;
            }
        }
        body.append("\"><title>").append(Html.esc(title)).append("</title></path>\n");
        return this;
    }

    String render() {
        StringBuilder sb = new StringBuilder(body.length() + 4096);
        sb.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" data-left=\"").append(LEFT)
                .append("\" data-top=\"").append(TOP).append("\" data-pw=\"").append(plotW).append("\" data-ph=\"")
                .append(plotH).append("\" data-t0=\"").append(t0).append("\" data-t1=\"").append(t1)
                .append("\" data-y0=\"").append(y0).append("\" data-y1=\"").append(y1).append("\" data-log=\"")
                .append(log).append("\">\n<rect x=\"").append(LEFT).append("\" y=\"").append(TOP)
                .append("\" width=\"").append(plotW).append("\" height=\"").append(plotH)
                .append("\" fill=\"#fff\" stroke=\"#d0d7de\"/>\n");
        for (double v : YAxis.ticks(y0, y1, log)) {
            double y = y(v);
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotW).append("\" y1=\"")
                    .append(f1(y)).append("\" y2=\"").append(f1(y)).append("\" stroke=\"#eaeef2\"/><text x=\"")
                    .append(LEFT - 6).append("\" y=\"").append(f1(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.esc(yFmt.apply(v))).append("</text>\n");
        }
        for (TimeAxis.Tick tick : TimeAxis.ticks(t0, t1, 8)) {
            double x = x(tick.time());
            sb.append("<line x1=\"").append(f1(x)).append("\" x2=\"").append(f1(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(TOP + plotH).append("\" stroke=\"#eaeef2\"/><text x=\"").append(f1(x))
                    .append("\" y=\"").append(height - 7).append("\" text-anchor=\"middle\">").append(tick.label())
                    .append("</text>\n");
        }
        sb.append("<g class=\"data\">\n").append(body).append("</g>\n</svg>\n");
        return sb.toString();
    }

    static String f1(double v) {
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths < 0 && tenths > -10 ? "-0." + -tenths
                : (tenths / 10) + "." + Math.abs(tenths % 10));
    }
}
