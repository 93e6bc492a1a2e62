package io.trader.app.notify;

import io.trader.app.config.TraderSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad notification settings stop start-up naming the key; secrets are never echoed. */
class NotifyConfigTest {

    private static String refused(TraderSettings s, Map<String, String> env) {
        return assertThrows(TraderSettings.ConfigException.class, () -> NotifyConfig.from(s, env)).getMessage();
    }

    @Test
    void noSecretsMeansNoChannelAndTheEnvironmentWinsOverTheFile(@TempDir Path dir) throws Exception {
        assertTrue(NotifyConfig.from(TraderSettings.defaults(), Map.of()).channels().isEmpty());
        Path f = dir.resolve("s.properties");
        Files.writeString(f, "slack-url=https://hooks.example.org/file\ndiscord-url=https://discord.example.org/x\n");
        TraderSettings s = TraderSettings.defaults().with("trader.notify.secrets-file", f.toString())
                .with("trader.notify.discord.min-severity", "off");
        NotifyConfig c = NotifyConfig.from(s, Map.of("TRADER_NOTIFY_SLACK_URL", "https://env.example.org/T/SECRET"));
        assertEquals(1, c.channels().size(), "discord is off");
        assertEquals("slack(env.example.org)", c.channels().get(0).channel().describe());
        assertFalse(c.toString().contains("SECRET"), c.toString());
    }

    @Test
    void badValuesNameTheKeyAndNeverTheSecret(@TempDir Path dir) throws Exception {
        String bad = refused(TraderSettings.defaults(), Map.of("TRADER_NOTIFY_WEBHOOK_URL", "ftp://x/SECRET"));
        assertTrue(bad.contains("webhook-url") && !bad.contains("SECRET"), bad);
        Path f = dir.resolve("s.properties");
        Files.writeString(f, "slak-url=https://x/SECRET\n");
        String unknown = refused(TraderSettings.defaults().with("trader.notify.secrets-file", f.toString()), Map.of());
        assertTrue(unknown.contains("unknown secret 'slak-url'") && !unknown.contains("SECRET"), unknown);
        String missing = refused(TraderSettings.defaults().with("trader.notify.secrets-file",
                dir.resolve("none").toString()), Map.of());
        assertTrue(missing.contains("trader.notify.secrets-file"), missing);
        TraderSettings mail = TraderSettings.defaults().with("trader.notify.email.host", "smtp.example.org");
        assertTrue(refused(mail, Map.of()).contains("'trader.notify.email.from'"));
        mail = mail.with("trader.notify.email.from", "t@example.org");
        assertTrue(refused(mail, Map.of()).contains("'trader.notify.email.to'"));
        mail = mail.with("trader.notify.email.to", "a@example.org").with("trader.notify.email.username", "u");
        assertTrue(refused(mail, Map.of()).contains("smtp-password"));
        assertEquals("email(smtp.example.org)", NotifyConfig.from(mail, Map.of("TRADER_NOTIFY_SMTP_PASSWORD", "pw"))
                .channels().get(0).channel().describe());
        String retry = refused(TraderSettings.defaults().with("trader.notify.retry-max-ms", "10"), Map.of());
        assertTrue(retry.contains("'trader.notify.retry-max-ms'"), retry);
        assertThrows(TraderSettings.ConfigException.class, () -> TraderSettings.defaults()
                .with("trader.notify.slack.min-severity", "loud"));
    }
}
