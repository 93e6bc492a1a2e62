package io.trader.app.exec;

import io.trader.layer4.core.exec.BarEpisodes;
import io.trader.layer4.core.exec.BarImpactModel;
import io.trader.layer4.core.exec.BarTape;
import io.trader.layer4.core.exec.EpisodeDraw;
import io.trader.layer4.rl.EpisodeSource;
import io.trader.layer4.rl.RlAgentArtifact;
import io.trader.layer4.rl.RlConfig;
import io.trader.layer4.rl.RlTrainer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Trains the RL execution agent on the training part of a bar file: episodes of each horizon drawn (seeded) from
 * the bars before the split, taken round-robin over the horizons. Returns the artifact text with its training
 * description (data file and hash, training range, held-out start, horizons, episodes, seed, impact model and
 * hyper-parameters, training time).
 */
public final class ExecTraining {

    private ExecTraining() {
    }

    public record Spec(String dataFile, String dataSha256, List<Long> horizonsMillis, int decisions, int episodes,
                       double participation, double trainShare, double unitsPerLot, BarImpactModel model,
                       RlConfig rl) {
    }

    public record Outcome(String artifact, Map<String, Object> description, long trainFromMillis,
                          long trainToMillis, int steps, double seconds) {
    }

    public static Outcome train(BarTape tape, Spec spec, IntConsumer progress) {
        List<BarEpisodes> perHorizon = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        int split = -1;
        int firstHeldOut = 0;
        for (int h = 0; h < spec.horizonsMillis().size(); h++) {
            BarEpisodes ep = ExecData.episodes(tape, spec.model(), spec.horizonsMillis().get(h), spec.decisions(),
                    spec.participation(), spec.unitsPerLot());
            EpisodeDraw draw = new EpisodeDraw(tape.size(), spec.model().windowBars(), ep.episodeBars(),
                    spec.trainShare());
            split = draw.splitIndex();
            firstHeldOut = Math.max(firstHeldOut, draw.firstHeldOut());
            perHorizon.add(ep);
            starts.add(draw.train(spec.rl().seed() + h, Math.max(1, spec.episodes() / spec.horizonsMillis().size())));
        }
        int[] next = {0};
        EpisodeSource source = () -> {
            int i = next[0]++;
            int h = i % perHorizon.size();
            int[] s = starts.get(h);
            return perHorizon.get(h).setup(s[(i / perHorizon.size()) % s.length],
                    BarEpisodes.side(spec.rl().seed(), i));
        };
        RlTrainer.Trained t = RlTrainer.train(source, spec.rl(), progress);
        long from = tape.openMillis(spec.model().windowBars());
        long to = tape.openMillis(split - 1);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("data_file", spec.dataFile());
        d.put("data_sha256", spec.dataSha256());
        d.put("train_from", Instant.ofEpochMilli(from).toString());
        d.put("train_to", Instant.ofEpochMilli(to).toString());
        d.put("train_end_millis", tape.openMillis(split - 1) + tape.barMillis());
        d.put("held_out_from", Instant.ofEpochMilli(tape.openMillis(Math.min(firstHeldOut, tape.size() - 1)))
                .toString());
        d.put("train_share", spec.trainShare());
        d.put("horizons", spec.horizonsMillis().stream().map(ExecData::label).toList());
        d.put("decisions", spec.decisions());
        d.put("episodes", spec.episodes());
        d.put("episodes_played", next[0]);
        d.put("participation", spec.participation());
        d.put("units_per_lot", spec.unitsPerLot());
        d.put("impact_model", impact(spec.model()));
        d.put("hyper_parameters", spec.rl().describe());
        d.put("steps", t.steps());
        d.put("training_seconds", Math.round(t.seconds() * 10) / 10.0);
        return new Outcome(RlAgentArtifact.write(t.network(), d), d, from, to, t.steps(), t.seconds());
    }

    public static Map<String, Object> impact(BarImpactModel m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("half_spread", m.fixedHalfSpreadBps() >= 0 ? m.fixedHalfSpreadBps() + " bps fixed"
                : "Roll estimator on trailing closes, floor " + m.minHalfSpreadBps() + " bps");
        d.put("impact_y", m.impactY());
        d.put("permanent_share", m.permanentShare());
        d.put("through_share", m.throughShare());
        d.put("tick", m.tickSize());
        d.put("taker_fee_bps", m.takerFeeBps());
        d.put("maker_fee_bps", m.makerFeeBps());
        d.put("window_bars", m.windowBars());
        return d;
    }
}
