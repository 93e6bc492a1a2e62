package io.trader.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting out of range, an unknown or mis-cased key, or an option that does not apply to the mode stops
 * the command before any data is read: one line naming the key and what is allowed, exit code 2. The data
 * file given does not exist, so an error about it would mean the setting was not checked first.
 */
class SettingsStartupTest {

    @TempDir
    Path tmp;

    private String refused(String... args) {
        Cli.Outcome r = Cli.run(args);
        assertEquals(2, r.exit(), r.toString());
        String error = r.error();
        assertTrue(!error.contains("data file"), "the setting is checked before the data: " + error);
        return error;
    }

    private String backtestWith(String setting) {
        return refused("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out", tmp.toString(),
                "--set", setting);
    }

    private static void assertMentions(String error, String... parts) {
        for (String p : parts) {
            assertTrue(error.contains(p), "'" + p + "' in: " + error);
        }
    }

    @Test
    void valuesOutOfRangeNameTheKeyAndTheAllowedRange() {
        assertMentions(backtestWith("trader.risk.max-drawdown=5"), "trader.risk.max-drawdown", "(0, 1]", "'5'");
        assertMentions(backtestWith("trader.risk.max-drawdown=0"), "trader.risk.max-drawdown", "(0, 1]");
        assertMentions(backtestWith("trader.features.sma-fast=0"), "trader.features.sma-fast", "integer in [1, ");
        assertMentions(backtestWith("trader.paper.max-participation=7"), "trader.paper.max-participation", "(0, 1]");
        assertMentions(backtestWith("trader.initial-cash=0"), "trader.initial-cash", "[1, 1000000000]");
        assertMentions(backtestWith("trader.initial-cash=1e30"), "trader.initial-cash", "[1, 1000000000]");
        assertMentions(backtestWith("trader.risk.max-leverage=-1"), "trader.risk.max-leverage");
        assertMentions(backtestWith("trader.engine.order-timeout-bars=0"), "trader.engine.order-timeout-bars");
        assertMentions(backtestWith("trader.paper.taker-fee-bps=50000"), "trader.paper.taker-fee-bps");
        assertMentions(backtestWith("trader.engine.order-type=stop"), "trader.engine.order-type", "market, limit");
        assertMentions(backtestWith("trader.sizing.min-probability-edge=0.7"), "trader.sizing.min-probability-edge",
                "[0, 0.5]", "'0.7'");
        assertMentions(backtestWith("trader.sizing.regime-scale=1,3"), "trader.sizing.regime-scale",
                "list of numbers in [0, 2]", "'1,3'");
        assertMentions(backtestWith("trader.ensemble.learner=xgboost"), "trader.ensemble.learner",
                "bayes-logistic", "auto");
        assertMentions(backtestWith("trader.ensemble.regimes=1"), "trader.ensemble.regimes", "[2, 8]");
        assertMentions(backtestWith("trader.ensemble.drift=cusum"), "trader.ensemble.drift", "page-hinkley, adwin, off");
    }

    @Test
    void numbersAreStrict() {
        for (String v : new String[]{"NaN", "Infinity", "2d", "0x1p1", "1,5", "", " "}) {
            assertMentions(backtestWith("trader.risk.max-leverage=" + v), "trader.risk.max-leverage", "a number");
        }
        assertMentions(backtestWith("trader.features.sma-slow=30.5"), "trader.features.sma-slow", "an integer");
    }

    @Test
    void crossKeyRules() {
        assertMentions(backtestWith("trader.features.sma-fast=40"), "trader.features.sma-fast",
                "trader.features.sma-slow", "less than");
        assertMentions(backtestWith("trader.features.ema-slow=12"), "trader.features.ema-fast",
                "trader.features.ema-slow", "less than");
        // each --set alone would break the rule against a default; together they are fine and the data is read
        Cli.Outcome r = Cli.run("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out",
                tmp.toString(), "--set", "trader.features.sma-slow=8", "--set", "trader.features.sma-fast=4");
        assertEquals(2, r.exit());
        assertMentions(r.error(), "data file not found");
    }

    @Test
    void unknownAndMiscasedKeysAreRefused() {
        assertMentions(backtestWith("trader.risk.max-drawdwn=0.1"), "unknown configuration key",
                "'trader.risk.max-drawdwn'", "did you mean 'trader.risk.max-drawdown'");
        assertMentions(backtestWith("trader.Risk.max-drawdown=0.1"), "unknown configuration key",
                "'trader.Risk.max-drawdown'", "did you mean 'trader.risk.max-drawdown'");
        assertMentions(backtestWith("Trader.risk.max-drawdown=0.1"), "unknown configuration key");
        assertMentions(backtestWith("max-drawdown=0.1"), "unknown configuration key", "'max-drawdown'");
    }

    @Test
    void aConfigFileIsCheckedTheSameWayAndNamed() throws Exception {
        Path file = Files.writeString(tmp.resolve("my.properties"), "trader.risk.max-drawdown = 5\n");
        assertMentions(refused("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out",
                tmp.toString(), "--config", file.toString()), "trader.risk.max-drawdown", "(0, 1]", "my.properties");
        Files.writeString(file, "risk.max-drawdown=0.1\n");
        assertMentions(refused("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out",
                tmp.toString(), "--config", file.toString()), "unknown configuration key 'risk.max-drawdown'");
    }

    @Test
    void anUnknownStrategyIsRefusedBeforeTheData() {
        assertMentions(refused("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out", tmp.toString(),
                "--strategy", "sma"), "unknown strategy 'sma'", "ensemble", "sma-cross");
        assertMentions(refused("paper", "--replay", tmp.resolve("missing.csv").toString(), "--strategy", "sma"),
                "unknown strategy 'sma'");
    }

    @Test
    void paperReplayRefusesTheLiveFeedOptions() {
        String missing = tmp.resolve("missing.csv").toString();
        String[][] cases = {{"--coin", "BTC"}, {"--interval", "5m"}, {"--testnet"},
                {"--base-url", "http://127.0.0.1:1"}, {"--warmup-bars", "10"}, {"--venue", "hyperliquid"}};
        for (String[] c : cases) {
            String[] args = new String[3 + c.length];
            args[0] = "paper";
            args[1] = "--replay";
            args[2] = missing;
            System.arraycopy(c, 0, args, 3, c.length);
            assertMentions(refused(args), c[0], "--replay");
        }
    }

    @Test
    void paperOnTheLiveFeedRefusesTheReplayOptions() {
        // --port 70000 keeps a run without these checks from connecting to the venue: it fails on the port
        assertMentions(refused("paper", "--speed", "10", "--port", "70000"), "--speed", "--replay");
        assertMentions(refused("paper", "--exit-when-done", "--port", "70000"), "--exit-when-done", "--replay");
        assertMentions(refused("paper", "--testnet", "--base-url", "http://127.0.0.1:1", "--port", "70000"),
                "--testnet", "--base-url");
        assertMentions(refused("download", "--coin", "BTC", "--days", "0", "--out", tmp.resolve("x.csv").toString(),
                "--testnet", "--base-url", "http://127.0.0.1:1"), "--testnet", "--base-url");
    }
}
