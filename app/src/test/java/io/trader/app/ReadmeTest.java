package io.trader.app;

import io.trader.app.config.TraderSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README stays true: its set-up commands, CI's command and every configuration key. */
class ReadmeTest {

    private static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("README.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    @Test
    void setUpHasExactlyTwoCommandsAndCiRunsTheTestOne() throws Exception {
        String readme = Files.readString(repo().resolve("README.md"));
        String setUp = readme.substring(readme.indexOf("## Set up"), readme.indexOf("## Architecture"));
        Matcher m = Pattern.compile("```bash\\n(.*?)\\n```", Pattern.DOTALL).matcher(setUp);
        List<String> commands = m.results().map(r -> r.group(1).trim()).toList();
        assertEquals(2, commands.size(), "set-up commands: " + commands);
        assertTrue(commands.get(0).startsWith("./trader paper "), commands.get(0));
        String ci = Files.readString(repo().resolve(".ci/run"));
        assertTrue(ci.lines().anyMatch(l -> l.trim().equals(commands.get(1))), ".ci/run runs " + commands.get(1));
    }

    @Test
    void theConfigurationTableIsExactlyTheKeysWithDefaultsAndAllowedValues() throws Exception {
        List<String> readme = Files.readAllLines(repo().resolve("README.md"));
        int start = readme.indexOf(TraderSettings.markdownTable().get(0));
        assertTrue(start >= 0, "README has the configuration table");
        int end = start;
        while (end < readme.size() && readme.get(end).startsWith("|")) {
            end++;
        }
        List<String> expected = TraderSettings.markdownTable();
        assertEquals(String.join("\n", expected), String.join("\n", readme.subList(start, end)),
                "README's configuration table (generated from TraderSettings.KEYS)");
    }
}
