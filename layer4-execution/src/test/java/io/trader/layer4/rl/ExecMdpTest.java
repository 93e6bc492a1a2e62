package io.trader.layer4.rl;

import io.trader.core.domain.Side;
import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.BarImpactModel;
import io.trader.layer4.core.exec.BarTape;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.Episode;
import org.deeplearning4j.gym.StepReply;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MDP's step rewards add up to the episode runner's reward, for the same actions on the same bars. */
class ExecMdpTest {

    static BarTape tape(int n) {
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double p = 100;
        for (int i = 0; i < n; i++) {
            t[i] = i * 60_000L;
            o[i] = p;
            p = p * (1 + 0.001 * Math.sin(i * 0.9) + 0.0004 * Math.cos(i * 2.3));
            c[i] = p;
            h[i] = Math.max(o[i], c[i]) * 1.0004;
            l[i] = Math.min(o[i], c[i]) * 0.9996;
            v[i] = 5 + (i * 7) % 11;
        }
        return new BarTape(60_000L, t, o, h, l, c, v);
    }

    @Test
    void stepRewardsSumToTheEpisodeReward() {
        BarEpisodes episodes = new BarEpisodes(tape(200), BarImpactModel.defaults().withWindow(20), 6, 3, 0.3,
                0.01, 1);
        int[] actions = {7, 0, 2, 12, 1, 0}; // a mix of limits and market children, ending with a leftover
        for (Side side : Side.values()) {
            BarEpisodes.Setup a = episodes.setup(40, side);
            int[] k = {0};
            Episode.Result r = Episode.run(a.market(),
                    s -> ExecActions.decision(actions[k[0]++], a.parent(), s.remainingLots()), a.parent(), 10);
            ExecMdp mdp = new ExecMdp(() -> episodes.setup(40, side), 10);
            mdp.reset();
            double sum = 0;
            for (int i = 0; i < actions.length; i++) {
                StepReply<ExecObservation> reply = mdp.step(actions[i]);
                sum += reply.getReward();
                assertEquals(i == actions.length - 1, reply.isDone());
            }
            assertTrue(r.forcedLots() > 0 || r.filledLots() > 0);
            assertEquals(r.reward(), sum, 1e-9, side + ": step rewards vs the runner's reward");
        }
    }

    @Test
    void actionsCoverSizesAndAggressions() {
        var p = new io.trader.layer4.core.exec.ExecParent(Side.BUY, 100, 10, 60_000L, 0, 1);
        assertEquals(13, ExecActions.count());
        assertEquals(ChildDecision.WAIT, ExecActions.decision(0, p, 100));
        assertEquals("0.5x MARKET", ExecActions.describe(1));
        assertEquals(5, ExecActions.decision(1, p, 100).lots());
        assertEquals(30, ExecActions.decision(12, p, 100).lots());
        assertEquals(7, ExecActions.decision(12, p, 7).lots(), "cut to the remainder");
        assertEquals("3x INSIDE", ExecActions.describe(12));
    }
}
