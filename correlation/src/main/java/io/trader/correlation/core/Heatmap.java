package io.trader.correlation.core;

import java.util.Locale;

/**
 * A correlation matrix as an SVG heatmap (a string, no I/O): one square per cell coloured on a diverging scale from
 * blue (-1) through white (0) to red (+1), grey where the coefficient is undefined; the coefficient printed in the
 * cell, and a tooltip ({@code <title>}) with the pair, the coefficient, the observations n, or the reason it is
 * undefined; row and column labels, a title with the method and window, and the colour scale.
 */
public final class Heatmap {

    /** Side of a cell in pixels. */
    public static final int CELL = 56;
    /** Space left of and above the grid for the labels. */
    public static final int MARGIN = 130;

    private Heatmap() {
    }

    /** The SVG document of {@code m}; {@code window} describes the window in words (e.g. ISO times). */
    public static String svg(CorrelationMatrix m, String window) {
        int k = m.labels().size();
        int size = MARGIN + k * CELL;
        int width = size + 90;
        int height = size + 20;
        StringBuilder b = new StringBuilder(8192 + k * k * 200);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height, width, height));
        b.append("<title>").append(esc(title(m, window))).append("</title>\n");
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        b.append(String.format(Locale.ROOT, "<text x=\"8\" y=\"18\" font-size=\"13\">%s</text>%n",
                esc(title(m, window))));
        for (int i = 0; i < k; i++) {
            String label = esc(m.labels().get(i));
            int c = MARGIN + i * CELL + CELL / 2;
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" "
                    + "dominant-baseline=\"middle\">%s</text>%n", MARGIN - 6, c, label));
            b.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-45)\">%s</text>%n",
                    c, MARGIN - 6, label));
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Cell cell = m.cells()[i][j];
                int x = MARGIN + j * CELL;
                int y = MARGIN + i * CELL;
                String pair = m.labels().get(i) + " x " + m.labels().get(j);
                String tip = cell.defined()
                        ? String.format(Locale.ROOT, "%s: %s = %.4f, n = %d", pair, m.method().wire(), cell.value(),
                        cell.n())
                        : String.format(Locale.ROOT, "%s: undefined (n = %d): %s", pair, cell.n(), cell.reason());
                b.append("<g><title>").append(esc(tip)).append("</title>");
                b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
                        + "fill=\"%s\" stroke=\"#ffffff\"/>", x, y, CELL, CELL, cell.defined() ? colour(cell.value())
                        : "#bdbdbd"));
                String text = cell.defined() ? String.format(Locale.ROOT, "%.2f", cell.value()) : "n/a";
                boolean dark = cell.defined() && Math.abs(cell.value()) > 0.6;
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
                        + "dominant-baseline=\"middle\" fill=\"%s\">%s</text></g>%n", x + CELL / 2, y + CELL / 2,
                        dark ? "#ffffff" : "#000000", text));
            }
        }
        int sx = size + 30;
        for (int s = 0; s <= 20; s++) {
            double v = 1 - s / 10.0;
            b.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"%d\" fill=\"%s\"/>%n",
                    sx, MARGIN + s * (k * CELL) / 21, (k * CELL) / 21 + 1, colour(v)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">+1</text>%n", sx + 22, MARGIN + 8));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">0</text>%n", sx + 22, MARGIN + k * CELL / 2));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">-1</text>%n", sx + 22, MARGIN + k * CELL));
        b.append("</svg>\n");
        return b.toString();
    }

    /** "BTC components, pearson, 720 bars (window)". */
    public static String title(CorrelationMatrix m, String window) {
        return m.subject() + ", " + m.method().wire() + ", " + m.bars() + " bars" + (window == null ? ""
                : " (" + window + ")");
    }

    /** The colour of coefficient {@code v} as #rrggbb: blue at -1, white at 0, red at +1. */
    public static String colour(double v) {
        int[] rgb = rgb(v);
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    }

    /** The colour of coefficient {@code v} (clamped to [-1, 1]) as red, green, blue 0..255. */
    public static int[] rgb(double v) {
        double t = Math.max(-1, Math.min(1, v));
        int[] end = t >= 0 ? new int[] {178, 24, 43} : new int[] {33, 102, 172};
        double a = Math.abs(t);
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(255 + (end[i] - 255) * a);
        }
        return out;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
