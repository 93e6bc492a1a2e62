package io.trader.app.cli;

import io.trader.fake.hyperliquid.FakeVenue;
import io.trader.fake.hyperliquid.smartmoney.SmartMoneyConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ./trader smart-money record} and {@code analyze} on the fake venue's 500 synthetic wallets. */
class SmartMoneyCommandTest {

    @TempDir
    Path tmp;

    @Test
    void recordStoresTheWalletsThenAnalyzeSaysHowMuchHistoryIsMissing() {
        try (FakeVenue venue = FakeVenue.start(FakeVenue.Options.defaults()
                .withSmartMoney(SmartMoneyConfig.defaults().withScript(true, 5)))) {
            String dataDir = "trader.data-dir=" + tmp.resolve("data");
            Cli.Outcome r = Cli.run("smart-money", "record", "--base-url", venue.baseUrl(), "--port", "0",
                    "--minutes", "0.5", "--set", dataDir);
            assertEquals(0, r.exit(), r.toString());
            Matcher m = Pattern.compile("stopped: (\\d+) wallets, (\\d+) states stored").matcher(r.err());
            assertTrue(m.find(), r.err());
            int wallets = Integer.parseInt(m.group(1));
            assertTrue(wallets >= 300 && wallets <= 500, "tiers filled from the 500 synthetic wallets: " + wallets);
            assertTrue(Integer.parseInt(m.group(2)) >= wallets / 2, "most wallets read and stored in 30 s: "
                    + m.group(2));
            long read = venue.fake().smartMoney().stateRequests().values().stream().mapToLong(Long::longValue).sum();
            assertTrue(read > 0, "wallets read over REST at the fake");

            Cli.Outcome a = Cli.run("smart-money", "analyze", "--set", dataDir);
            assertNotEquals(0, a.exit());
            assertTrue(a.error().contains("record more history") || a.error().contains("two times"), a.error());
        }
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingStarts() {
        assertTrue(Cli.run("smart-money", "record", "--port", "70000").error().contains("--port"));
        assertTrue(Cli.run("smart-money", "record", "--minutes", "-1").error().contains("--minutes"));
        assertTrue(Cli.run("smart-money", "analyze", "--clusters", "0").error().contains("--clusters"));
        assertTrue(Cli.run("smart-money").error().contains("record or analyze"));
        assertTrue(Cli.run("smart-money", "record", "--set", "trader.smart-money.tier1-refresh-ms=5")
                .error().contains("trader.smart-money.tier1-refresh-ms"));
    }
}
