package io.trader.correlation.core;

import io.trader.correlation.image.HeatmapPng;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SVG parses as XML with a tooltip per cell; the PNG decodes with the colours of the scale. */
class HeatmapTest {

    private static CorrelationMatrix sample() {
        double[] a = {1, 2, 3, 4, 5};
        double[] b = {2, 4, 5, 4, 5};
        double[] c = {5, 5, 5, 5, 5};
        return CorrelationMatrix.of("T <test> & co", List.of("A", "B", "C"), List.of(a, b, c), Method.PEARSON, 3, 0,
                4, 5, Map.of());
    }

    @Test
    void svgIsXmlWithATooltipPerCell() throws Exception {
        String svg = Heatmap.svg(sample(), "w");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        assertEquals(9, groups.getLength());
        String ab = groups.item(1).getTextContent();
        assertTrue(ab.contains("A x B: pearson = 0.7746, n = 5"), ab);
        assertTrue(groups.item(2).getTextContent().contains("undefined (n = 5)"), groups.item(2).getTextContent());
        assertEquals("#ffffff", Heatmap.colour(0));
        assertEquals("#b2182b", Heatmap.colour(1));
        assertEquals("#2166ac", Heatmap.colour(-1));
    }

    @Test
    void pngDecodes() throws Exception {
        byte[] png = HeatmapPng.png(sample(), "w");
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(img);
        assertEquals(Heatmap.MARGIN + 3 * Heatmap.CELL + 90, img.getWidth());
        // the diagonal A x A (r = 1) is red at its corner
        int rgb = img.getRGB(Heatmap.MARGIN + 3, Heatmap.MARGIN + 3) & 0xffffff;
        assertEquals(0xb2182b, rgb);
    }
}
