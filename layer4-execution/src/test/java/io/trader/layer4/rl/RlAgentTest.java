package io.trader.layer4.rl;

import io.trader.core.domain.Side;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.Episode;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecState;
import io.trader.layer4.core.exec.ExecutionAlgorithm;
import io.trader.layer4.core.exec.ExecutionPolicy;
import io.trader.layer4.core.exec.ImmediateAlgorithm;
import io.trader.layer4.core.exec.TwapAlgorithm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few hundred DQN steps on a market whose optimum is known (linear temporary impact: spreading evenly beats
 * dumping); save and load; the TWAP fallback.
 */
class RlAgentTest {

    private static final int DECISIONS = 5;
    private static final long LOTS = 50;
    private static RlExecutionAgent agent;

    private static EpisodeSource source() {
        int[] k = {0};
        return () -> {
            Side side = k[0]++ % 2 == 0 ? Side.BUY : Side.SELL;
            ExecParent p = new ExecParent(side, LOTS, DECISIONS, 60_000L, 0, 1);
            return new BarEpisodes.Setup(new ImpactMarket(p.sliceLots(), 4.0), p, 0);
        };
    }

    @BeforeAll
    static void train() {
        // 1000 steps (200 episodes), a 32-32 net, batch 32: a few seconds on an idle core
        RlConfig cfg = new RlConfig(1000, 32, 2, 1e-3, 0.99, 500, 0.05, 32, 1000, 100, 0.1, 10.0, 42);
        RlTrainer.Trained t = RlTrainer.train(source(), cfg, steps -> { });
        assertTrue(t.steps() >= 1000, "trained " + t.steps());
        agent = new RlExecutionAgent(t.network());
    }

    private static double meanShortfall(ExecutionAlgorithm algo) {
        EpisodeSource src = source();
        double sum = 0;
        for (int e = 0; e < 10; e++) {
            BarEpisodes.Setup s = src.next();
            sum += Episode.run(s.market(), algo.start(s.parent()), s.parent(), 10).shortfallBps();
        }
        return sum / 10;
    }

    @Test
    void learnsToSpreadTheParentWhereDumpingIsExpensive() {
        double twap = meanShortfall(new TwapAlgorithm(Aggression.MARKET));
        double dump = meanShortfall(new ImmediateAlgorithm(Aggression.MARKET));
        double rl = meanShortfall(agent);
        assertEquals(5.0, twap, 1e-9, "the optimum: 1 bps spread + 4 bps per slice");
        assertEquals(21.0, dump, 1e-9, "everything at once: 1 + 4 x 5 slices");
        System.out.println("synthetic impact market: TWAP 5.0, dump 21.0, agent " + rl + " bps");
        assertTrue(rl < 9.0, "the agent spreads the parent: " + rl + " bps (optimum 5, dumping 21)");
    }

    @Test
    void savedAndLoadedAgentTakesIdenticalActions(@TempDir Path dir) throws IOException {
        String text = RlAgentArtifact.write(agent.network(), Map.of("data_file", "synthetic", "seed", 42));
        Path file = dir.resolve("agent.json");
        Files.writeString(file, text);
        List<String> warnings = new ArrayList<>();
        ExecutionAlgorithm loaded = RlAgents.loadOrTwap(file, warnings::add);
        assertTrue(warnings.isEmpty(), warnings.toString());
        RlExecutionAgent back = assertInstanceOf(RlExecutionAgent.class, loaded);
        assertEquals(42, ((Number) RlAgentArtifact.read(text).training().get("seed")).intValue());
        SplittableRandom rnd = new SplittableRandom(1);
        ExecParent p = new ExecParent(Side.BUY, 1000, 10, 60_000L, 0, 1);
        ExecutionPolicy a = agent.start(p);
        ExecutionPolicy b = back.start(p);
        int differentFromFirst = 0;
        for (int i = 0; i < 300; i++) {
            ExecState s = new ExecState(rnd.nextInt(10), 10, 0, 1 + rnd.nextInt(1000), rnd.nextDouble() * 20,
                    0, rnd.nextDouble() * 40, rnd.nextDouble() * 80 - 40, 500);
            assertEquals(a.decide(s), b.decide(s));
            differentFromFirst += a.decide(s).equals(a.decide(new ExecState(0, 10, 0, 1000, 2, 0, 5, 0, 500))) ? 0 : 1;
        }
        assertTrue(differentFromFirst > 0, "the states exercise more than one action");
    }

    @Test
    void missingOrCorruptModelFallsBackToTwapWithAWarning(@TempDir Path dir) throws IOException {
        String text = RlAgentArtifact.write(agent.network(), Map.of());
        List<String> warnings = new ArrayList<>();

        ExecutionAlgorithm missing = RlAgents.loadOrTwap(dir.resolve("nope.json"), warnings::add);
        assertEquals(TwapAlgorithm.NAME, missing.name());
        assertTrue(warnings.get(0).contains("missing"), warnings.toString());

        Path truncated = dir.resolve("truncated.json");
        Files.writeString(truncated, text.substring(0, text.length() / 2));
        assertEquals(TwapAlgorithm.NAME, RlAgents.loadOrTwap(truncated, warnings::add).name());
        assertTrue(warnings.get(1).contains("unusable"), warnings.toString());

        // one flipped character inside the network: the recorded hash no longer matches
        int at = text.indexOf("\"network\"") + 40;
        char c = text.charAt(at);
        Path flipped = dir.resolve("flipped.json");
        Files.writeString(flipped, text.substring(0, at) + (c == 'A' ? 'B' : 'A') + text.substring(at + 1));
        assertEquals(TwapAlgorithm.NAME, RlAgents.loadOrTwap(flipped, warnings::add).name());
        assertTrue(warnings.get(2).contains("corrupt"), warnings.toString());

        Path garbage = dir.resolve("garbage.bin");
        Files.write(garbage, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertEquals(TwapAlgorithm.NAME, RlAgents.loadOrTwap(garbage, warnings::add).name());
        assertEquals(4, warnings.size(), warnings.toString());
    }
}
