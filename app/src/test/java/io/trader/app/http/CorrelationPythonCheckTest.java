package io.trader.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.app.Main;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./trader correlation} on the five majors' real 1h candles, every coefficient it writes (component matrices,
 * MOMENTUM across assets, predictive correlations; Pearson and Spearman) recomputed by an independent program in
 * another language: {@code correlation/xcheck.py} with numpy's {@code corrcoef} and scipy's {@code spearmanr}, from
 * the component scores the CLI exports. CI installs python3-numpy and python3-scipy ({@code .ci/run}).
 */
class CorrelationPythonCheckTest {

    @TempDir
    Path dir;

    @Test
    void numpyAndScipyAgreeToOneBillionth() throws Exception {
        Path candles = CorrelationApiTest.candles(dir);
        Assumptions.assumeTrue(python("import numpy, scipy") == 0,
                "skipped: python3 with numpy and scipy is not installed (CI installs python3-numpy python3-scipy)");
        Path out = dir.resolve("out");
        assertEquals(0, Main.run("correlation", "--data", candles.toString(), "--coin", "BTC,ETH,SOL,XRP,BNB",
                "--window", "720", "--out", out.toString()));
        Path script = dir.resolve("xcheck.py");
        try (var in = getClass().getResourceAsStream("/correlation/xcheck.py")) {
            Files.copy(in, script);
        }
        Process p = new ProcessBuilder("python3", script.toString(), out.toString(), "BTC,ETH,SOL,XRP,BNB", "720", "30",
                "1").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), text);
        JsonNode r = new ObjectMapper().readTree(text.lines().reduce((a, b) -> b).orElseThrow());
        System.out.println("correlation xcheck (numpy/scipy): " + r);
        assertTrue(r.get("checked").asInt() > 1000, text);
        assertTrue(r.get("maxAbsDiff").asDouble() <= 1e-9, text);
    }

    private static int python(String code) throws Exception {
        try {
            Process p = new ProcessBuilder("python3", "-c", code).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1; // no python3
        }
    }
}
