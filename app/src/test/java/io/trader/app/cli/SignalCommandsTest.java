package io.trader.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line around signals: refusals before anything starts, and verify-signal's answers. */
class SignalCommandsTest {

    @Test
    void paperWithSignalsButNoKeysIsRefusedBeforeItStarts(@TempDir Path dir) {
        Cli.Outcome r = Cli.run("paper", "--replay", dir.resolve("none.csv").toString(), "--port", "0",
                "--set", "trader.data-dir=" + dir.resolve("data"), "--set", "trader.signals.enabled=true");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.error().contains("TRADER_SIGNAL_KEYS"), r.error());
        assertTrue(!Files.exists(dir.resolve("data").resolve("pg")), "no database was started");
    }

    @Test
    void verifySignalNamesWhatIsWrong(@TempDir Path dir) throws Exception {
        Path keys = Files.writeString(dir.resolve("keys"), "k1=" + Base64.getEncoder().encodeToString(
                "0123456789abcdef0123456789abcdef".getBytes()));
        Cli.Outcome noKeys = Cli.run("verify-signal", keys.toString());
        assertEquals(2, noKeys.exit(), noKeys.toString());
        assertTrue(noKeys.error().startsWith("verify-signal needs HMAC keys"), noKeys.error());
        Cli.Outcome missing = Cli.run("verify-signal", dir.resolve("nope.jsonl").toString(), "--set",
                "trader.signals.key-file=" + keys);
        assertEquals(2, missing.exit(), missing.toString());
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), "{\"key_id\":\"k1\",\"signature\":\"00\"}\n"
                + "not json\n{\"key_id\":\"k9\",\"signature\":\"00\",\"pair\":\"BTCUSDT\"}\n"
                + "{\"key_id\":\"k1\",\"signature\":\"00\",\"entry\":64000.5}\n");
        Cli.Outcome r = Cli.run("verify-signal", mixed.toString(), "--set", "trader.signals.key-file=" + keys);
        assertEquals(1, r.exit(), r.toString());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("line 1: FAILED bad signature"), r.out());
        assertTrue(lines[1].startsWith("line 2: FAILED malformed: not JSON"), r.out());
        assertTrue(lines[2].startsWith("line 3: FAILED unknown key: unknown key id 'k9'"), r.out());
        assertTrue(lines[3].startsWith("line 4: FAILED malformed: value at $.entry is a BigDecimal"), r.out());
        assertEquals("0 of 4 signals verified", lines[4]);
    }
}
