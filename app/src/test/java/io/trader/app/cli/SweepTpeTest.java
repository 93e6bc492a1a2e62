package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader sweep --search tpe} on the 130,708 BTC 1m bars: a chosen pair with its out-of-sample figure, repeatable. */
class SweepTpeTest {

    @TempDir
    Path tmp;

    private Cli.Outcome tpe(long seed, Path out) {
        return Cli.run("sweep", "--data", SharedData.file(SharedData.BTC_1M).toString(), "--search", "tpe",
                "--trials", "40", "--seed", Long.toString(seed), "--fast", "2..100", "--slow", "10..400",
                "--threads", "1", "--out", out.toString());
    }

    @Test
    void choosesInSampleReportsOutOfSampleAndRepeatsForASeed() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        Path c = tmp.resolve("c.json");
        Cli.Outcome r = tpe(3, a);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("tpe over fast 2..100"), r.out());
        String chosen = r.out().lines().filter(l -> l.startsWith("chosen ")).findFirst().orElseThrow();
        assertTrue(chosen.contains("out of sample: return") && chosen.contains("sharpe"), chosen);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("honest ")), r.out());

        String json = Files.readString(a);
        assertEquals(40, json.split("\"oos_rank\"").length - 1, "40 distinct trials");
        assertTrue(json.contains("\"chosen_oos_return\": "), json);
        String pick = chosen.split("\\s+")[1];
        assertTrue(json.contains("\"chosen\": \"" + pick + "\""), pick + " in " + json);

        assertEquals(0, tpe(3, b).exit());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same seed, same file");
        assertEquals(0, tpe(4, c).exit());
        assertFalse(List.of(Files.readAllLines(a)).equals(List.of(Files.readAllLines(c))), "another seed explores otherwise");
    }
}
