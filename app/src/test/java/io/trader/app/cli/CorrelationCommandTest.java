package io.trader.app.cli;

import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code trader correlation}'s refusals: one line with the reason and the known values or numbers, exit 2. */
class CorrelationCommandTest {

    @Test
    void unknownCoinAndTooShortOrTooLongWindows() {
        Path dir = SharedData.file(SharedData.BTC_1H).getParent();
        Cli.Outcome unknown = Cli.run("correlation", "--data", dir.toString(), "--coin", "FOO");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.messages().get(0).contains("no 1h candle file for FOO in ")
                && unknown.messages().get(0).contains("(coins there: ") && unknown.messages().get(0).contains("BTC, "),
                unknown.messages().toString());
        Cli.Outcome shortWindow = Cli.run("correlation", "--data", dir.toString(), "--coin", "BTC", "--window", "10");
        assertEquals(2, shortWindow.exit());
        assertEquals(List.of("trader: window 10 is shorter than the minimum observations 30"), shortWindow.messages());
        Cli.Outcome longWindow = Cli.run("correlation", "--data", dir.toString(), "--coin", "BTC", "--window",
                "20000");
        assertEquals(List.of("trader: BTC has 12556 bars, fewer than the window 20000"), longWindow.messages());
        Cli.Outcome noDir = Cli.run("correlation", "--data", dir.resolve("absent").toString());
        assertEquals(2, noDir.exit());
        assertTrue(noDir.messages().get(0).contains("candle folder not found"), noDir.messages().toString());
    }
}
