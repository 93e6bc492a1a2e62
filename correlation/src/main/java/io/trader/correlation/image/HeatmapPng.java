package io.trader.correlation.image;

import io.trader.correlation.core.Cell;
import io.trader.correlation.core.CorrelationMatrix;
import io.trader.correlation.core.Heatmap;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The heatmap of {@link Heatmap} as a PNG, drawn with java.awt off screen (headless: no display is needed), same
 * layout and colours as the SVG; the tooltips exist only in the SVG.
 */
public final class HeatmapPng {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private HeatmapPng() {
    }

    /** The PNG bytes of {@code m}. */
    public static byte[] png(CorrelationMatrix m, String window) {
        int k = m.labels().size();
        int cell = Heatmap.CELL;
        int margin = Heatmap.MARGIN;
        int size = margin + k * cell;
        BufferedImage img = new BufferedImage(size + 90, size + 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(Color.BLACK);
            g.drawString(Heatmap.title(m, window), 8, 18);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            for (int i = 0; i < k; i++) {
                String label = m.labels().get(i);
                int c = margin + i * cell + cell / 2;
                g.drawString(label, margin - 6 - g.getFontMetrics().stringWidth(label), c + 4);
                AffineTransform saved = g.getTransform();
                g.translate(c, margin - 6);
                g.rotate(-Math.PI / 4);
                g.drawString(label, 0, 0);
                g.setTransform(saved);
            }
            g.setStroke(new BasicStroke(1));
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    Cell x = m.cells()[i][j];
                    int px = margin + j * cell;
                    int py = margin + i * cell;
                    g.setColor(x.defined() ? colour(x.value()) : new Color(0xbd, 0xbd, 0xbd));
                    g.fillRect(px, py, cell, cell);
                    g.setColor(Color.WHITE);
                    g.drawRect(px, py, cell, cell);
                    String text = x.defined() ? String.format(Locale.ROOT, "%.2f", x.value()) : "n/a";
                    g.setColor(x.defined() && Math.abs(x.value()) > 0.6 ? Color.WHITE : Color.BLACK);
                    int w = g.getFontMetrics().stringWidth(text);
                    g.drawString(text, px + (cell - w) / 2, py + cell / 2 + 4);
                }
            }
            int sx = size + 30;
            for (int s = 0; s <= 20; s++) {
                g.setColor(colour(1 - s / 10.0));
                g.fillRect(sx, margin + s * (k * cell) / 21, 18, (k * cell) / 21 + 1);
            }
            g.setColor(Color.BLACK);
            g.drawString("+1", sx + 22, margin + 8);
            g.drawString("0", sx + 22, margin + k * cell / 2);
            g.drawString("-1", sx + 22, margin + k * cell);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Color colour(double v) {
        int[] rgb = Heatmap.rgb(v);
        return new Color(rgb[0], rgb[1], rgb[2]);
    }
}
