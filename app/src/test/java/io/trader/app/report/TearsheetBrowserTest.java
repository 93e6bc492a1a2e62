package io.trader.app.report;

import io.trader.app.run.Backtest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * report.html opened in a real headless browser (Debian's chromium): every chart is drawn (its data group has a
 * non-empty bounding box), no script error occurs, and a screenshot shows the charts' colours. Checks of the
 * check: an injected script error and an empty chart are seen.
 */
class TearsheetBrowserTest {

    private static final Pattern STATUS = Pattern.compile("<p id=\"render-status\" data-charts=\"(\\d+)\" "
            + "data-drawn=\"(\\d+)\" data-errors=\"(\\d+)\">([^<]*)</p>");
    /** Benchmark, equity, drawdown, rolling Sharpe, histogram and one price chart per instrument. */
    private static final int CHARTS = 5 + 2;

    @TempDir
    static Path dir;
    private static Path page;

    @BeforeAll
    static void write() throws Exception {
        Backtest.Result r = SyntheticRun.run(SyntheticRun.bars(6000, 3, "AAAUSDT", "BBBUSDT"), 2);
        ReportWriter.write(dir.resolve("out"), r.report(), r.recorder(), SyntheticRun.runInfo(List.of("AAAUSDT",
                "BBBUSDT")));
        page = dir.resolve("out/report.html");
    }

    @Test
    void everyChartIsDrawnWithoutScriptErrors() throws Exception {
        Matcher m = status(Chromium.require(dir).dumpDom(page));
        assertEquals(CHARTS, Integer.parseInt(m.group(1)), m.group(4));
        assertEquals(CHARTS, Integer.parseInt(m.group(2)), "charts drawn: " + m.group(4));
        assertEquals(0, Integer.parseInt(m.group(3)), "script errors: " + m.group(4));
    }

    @Test
    void theCheckSeesAScriptErrorAndAnEmptyChart() throws Exception {
        String html = Files.readString(page);
        Path broken = dir.resolve("broken.html");
        Files.writeString(broken, html.replace("<p id=\"render-status\">", "<script>noSuchFunction();</script>\n"
                + "<svg class=\"chart\" width=\"10\" height=\"10\"><g class=\"data\"></g></svg>\n"
                + "<p id=\"render-status\">"));
        Matcher m = status(Chromium.require(dir).dumpDom(broken));
        assertEquals(CHARTS + 1, Integer.parseInt(m.group(1)));
        assertEquals(CHARTS, Integer.parseInt(m.group(2)), "the empty chart is not counted as drawn");
        assertEquals(1, Integer.parseInt(m.group(3)), m.group(4));
        assertTrue(m.group(4).contains("noSuchFunction"), m.group(4));
    }

    @Test
    void aScreenshotShowsTheCharts() throws Exception {
        Path png = Chromium.require(dir).screenshot(page, dir.resolve("shot.png"), 1040, 2400);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1040, img.getWidth());
        int strategyBlue = 0;
        int drawdownRed = 0;
        int benchmarkGrey = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                strategyBlue += near(rgb, 0x0969da) ? 1 : 0;
                drawdownRed += near(rgb, 0xcf222e) ? 1 : 0;
                benchmarkGrey += near(rgb, 0x8c959f) ? 1 : 0;
            }
        }
        assertTrue(strategyBlue > 1000, "the strategy's lines are painted: " + strategyBlue + " pixels");
        assertTrue(drawdownRed > 500, "the drawdown and the breaker marks are painted: " + drawdownRed);
        assertTrue(benchmarkGrey > 500, "the benchmark line is painted: " + benchmarkGrey);
    }

    private static Matcher status(String dom) {
        Matcher m = STATUS.matcher(dom);
        assertTrue(m.find(), "the page's script marked the status: "
                + dom.substring(Math.max(0, dom.indexOf("render-status") - 20), Math.min(dom.length(),
                dom.indexOf("render-status") + 200)));
        return m;
    }

    private static boolean near(int rgb, int target) {
        int d = Math.abs(((rgb >> 16) & 255) - ((target >> 16) & 255)) + Math.abs(((rgb >> 8) & 255)
                - ((target >> 8) & 255)) + Math.abs((rgb & 255) - (target & 255));
        return d < 24;
    }
}
