package io.trader.app.report.html;

import java.util.Locale;

/** A histogram of returns as inline SVG (same frame and data group as {@link Chart}). */
final class Histogram {

    private static final int W = Chart.WIDTH;
    private static final int H = 220;
    private static final int LEFT = 72;
    private static final int RIGHT = 14;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    private Histogram() {
    }

    /** Bars of how many values fall in each of {@code bins} equal ranges between the smallest and largest. */
    static String render(String id, double[] values, int bins, String color) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (values.length == 0) {
            min = -0.01;
            max = 0.01;
        }
        if (max - min < 1e-12) {
            min -= 0.001;
            max += 0.001;
        }
        int[] counts = new int[bins];
        for (double v : values) {
            counts[Math.min(bins - 1, (int) ((v - min) / (max - min) * bins))]++;
        }
        int top = 1;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        int pw = W - LEFT - RIGHT;
        int ph = H - TOP - BOTTOM;
        StringBuilder sb = new StringBuilder(8 * 1024);
        sb.append("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
                .append("\" width=\"").append(W).append("\" height=\"").append(H)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\">\n<rect x=\"").append(LEFT)
                .append("\" y=\"").append(TOP).append("\" width=\"").append(pw).append("\" height=\"").append(ph)
                .append("\" fill=\"#fff\" stroke=\"#d0d7de\"/>\n");
        for (double c : YAxis.linear(0, top, 4)) {
            double y = TOP + ph - ph * c / top;
            sb.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + pw).append("\" y1=\"")
                    .append(Chart.f1(y)).append("\" y2=\"").append(Chart.f1(y)).append("\" stroke=\"#eaeef2\"/><text x=\"")
                    .append(LEFT - 6).append("\" y=\"").append(Chart.f1(y + 4)).append("\" text-anchor=\"end\">")
                    .append(String.format(Locale.ROOT, "%.0f", c)).append("</text>\n");
        }
        for (double v : YAxis.linear(min, max, 8)) {
            double x = LEFT + pw * (v - min) / (max - min);
            sb.append("<text x=\"").append(Chart.f1(x)).append("\" y=\"").append(H - 7)
                    .append("\" text-anchor=\"middle\">").append(String.format(Locale.ROOT, "%.1f%%", v * 100))
                    .append("</text>\n");
        }
        sb.append("<g class=\"data\">\n");
        double bw = pw / (double) bins;
        for (int i = 0; i < bins; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double h = ph * counts[i] / (double) top;
            double from = min + (max - min) * i / bins;
            double to = min + (max - min) * (i + 1) / bins;
            sb.append("<rect x=\"").append(Chart.f1(LEFT + i * bw + 0.5)).append("\" y=\"")
                    .append(Chart.f1(TOP + ph - h)).append("\" width=\"").append(Chart.f1(Math.max(1, bw - 1)))
                    .append("\" height=\"").append(Chart.f1(h)).append("\" fill=\"")
                    .append(to <= 0 ? "#cf222e" : from >= 0 ? color : "#8c959f").append("\"><title>")
                    .append(String.format(Locale.ROOT, "%.2f%% .. %.2f%%: %d", from * 100, to * 100, counts[i]))
                    .append("</title></rect>\n");
        }
        if (min < 0 && max > 0) {
            double x = LEFT + pw * -min / (max - min);
            sb.append("<line x1=\"").append(Chart.f1(x)).append("\" x2=\"").append(Chart.f1(x)).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(TOP + ph).append("\" stroke=\"#57606a\"/>\n");
        }
        sb.append("</g>\n</svg>\n");
        return sb.toString();
    }
}
