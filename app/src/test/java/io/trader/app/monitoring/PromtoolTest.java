package io.trader.app.monitoring;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** promtool on the repo's own files: the scrape config, the alert rules and their unit tests. */
class PromtoolTest {

    @Test
    void checkConfigAcceptsTheRepoConfigAndItsRuleFile() throws Exception {
        Path promtool = Tools.require("promtool");
        Tools.Result r = Tools.run(Repo.PROMETHEUS, promtool.toString(), "check", "config", "prometheus.yml");
        System.out.println("promtool check config prometheus.yml\n" + r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("SUCCESS"), r.output());
    }

    @Test
    void checkRulesAcceptsTheAlerts() throws Exception {
        Path promtool = Tools.require("promtool");
        Tools.Result r = Tools.run(Repo.PROMETHEUS, promtool.toString(), "check", "rules", "alerts.yml");
        System.out.println("promtool check rules alerts.yml\n" + r.output());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().matches("(?s).*SUCCESS: \\d+ rules found.*"), r.output());
    }

    @Test
    void theAlertUnitTestsPass() throws Exception {
        Path promtool = Tools.require("promtool");
        Path dir = Repo.ROOT.resolve("monitoring/src/test/resources/prometheus");
        Tools.Result r = Tools.run(dir, promtool.toString(), "test", "rules", "alerts_test.yml");
        System.out.println("promtool test rules alerts_test.yml\n" + r.output());
        assertEquals(0, r.exitCode(), r.output());
    }
}
