package io.trader.layer4.rl;

import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.TwapAlgorithm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Loads the agent for paper, live and reports: a missing or unusable model falls back to TWAP with a warning. */
public final class RlAgents {

    private RlAgents() {
    }

    /** The TWAP used when the agent cannot be loaded: market children, one slice per decision. */
    public static ExecutionAlgorithm fallback() {
        return new TwapAlgorithm(Aggression.MARKET);
    }

    /**
     * @param text   the artifact text, or null when there is none
     * @param source where it came from, for the warning (a file, a registry version)
     * @param warn   receives one line when falling back
     */
    public static ExecutionAlgorithm loadOrTwap(String text, String source, Consumer<String> warn) {
        if (text == null) {
            warn.accept("RL execution agent " + source + " is missing: executing with TWAP instead");
            return fallback();
        }
        try {
            return RlAgentArtifact.read(text).agent();
        } catch (IllegalArgumentException e) {
            warn.accept("RL execution agent " + source + " is unusable (" + e.getMessage()
                    + "): executing with TWAP instead");
            return fallback();
        }
    }

    /** {@link #loadOrTwap(String, String, Consumer)} of a file. */
    public static ExecutionAlgorithm loadOrTwap(Path file, Consumer<String> warn) {
        String text = null;
        if (Files.isRegularFile(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                text = ""; // not UTF-8 text: reported as unusable below
            }
        }
        return loadOrTwap(text, file.toString(), warn);
    }
}
