package io.trader.layer4.rl;

import io.trader.core.domain.Side;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.EpisodeMarket;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecState;
import org.deeplearning4j.gym.StepReply;
import org.deeplearning4j.rl4j.mdp.MDP;
import org.deeplearning4j.rl4j.space.ArrayObservationSpace;
import org.deeplearning4j.rl4j.space.DiscreteSpace;
import org.deeplearning4j.rl4j.space.ObservationSpace;

/**
 * The execution episode as an RL4J MDP. It steps the market exactly as {@code Episode.run} does (children cut to
 * the remainder, children below the venue minimum not sent, the rest forced out after the last decision), and
 * pays the episode's reward step by step: each fill earns minus its cost against the arrival mid in bps of the
 * parent's arrival notional, fees included, so the rewards of an episode sum to minus its shortfall; the last
 * step also pays the leftover penalty per share of the parent forced out.
 */
public final class ExecMdp implements MDP<ExecObservation, Integer, DiscreteSpace> {

    private final EpisodeSource source;
    private final double penaltyBpsPerLeftover;
    private final DiscreteSpace actions = new DiscreteSpace(ExecActions.count());
    private final ObservationSpace<ExecObservation> observations =
            new ArrayObservationSpace<>(new int[]{ExecFeatures.size()});
    private EpisodeMarket market;
    private ExecParent parent;
    private double arrival;
    private long remaining;
    private int decision;
    private boolean done = true;

    public ExecMdp(EpisodeSource source, double penaltyBpsPerLeftover) {
        this.source = source;
        this.penaltyBpsPerLeftover = penaltyBpsPerLeftover;
    }

    @Override
    public ObservationSpace<ExecObservation> getObservationSpace() {
        return observations;
    }

    @Override
    public DiscreteSpace getActionSpace() {
        return actions;
    }

    @Override
    public ExecObservation reset() {
        var setup = source.next();
        market = setup.market();
        parent = setup.parent();
        arrival = market.arrivalMid();
        remaining = parent.lots();
        decision = 0;
        done = false;
        return observe();
    }

    @Override
    public void close() {
    }

    @Override
    public StepReply<ExecObservation> step(Integer action) {
        if (done) {
            throw new IllegalStateException("step after the end of the episode: reset first");
        }
        ChildDecision d = ExecActions.decision(action, parent, remaining);
        long lots = parent.childLots(d.lots(), remaining);
        EpisodeMarket.ChildFill fill = market.work(parent.side(), lots > 0
                ? new ChildDecision(lots, d.aggression()) : ChildDecision.WAIT);
        double reward = reward(fill);
        remaining -= fill.lots();
        decision++;
        if (decision == parent.decisions()) {
            long forced = remaining;
            if (forced > 0) {
                EpisodeMarket.ChildFill f = market.forceOut(parent.side(), forced);
                reward += reward(f);
                remaining -= f.lots();
            }
            reward -= penaltyBpsPerLeftover * forced / (double) parent.lots();
            done = true;
            return new StepReply<>(new ExecObservation(new double[ExecFeatures.size()]), reward, true, null);
        }
        return new StepReply<>(observe(), reward, false, null);
    }

    /** Minus the fill's cost vs the arrival mid, in bps of the parent's arrival notional (fees included). */
    double reward(EpisodeMarket.ChildFill fill) {
        if (fill.lots() == 0) {
            return 0;
        }
        double units = fill.lots() * market.unitsPerLot();
        double cost = parent.side() == Side.BUY ? fill.notional() + fill.fees() - arrival * units
                : arrival * units - fill.notional() + fill.fees();
        return -cost / (arrival * parent.lots() * market.unitsPerLot()) * 10_000.0;
    }

    @Override
    public boolean isDone() {
        return done;
    }

    @Override
    public MDP<ExecObservation, Integer, DiscreteSpace> newInstance() {
        return new ExecMdp(source, penaltyBpsPerLeftover);
    }

    private ExecObservation observe() {
        ExecState s = market.observe(decision, parent.decisions(), remaining, parent.side());
        return new ExecObservation(ExecFeatures.of(s, parent.lots()));
    }
}
