package io.trader.layer4.rl;

import io.trader.layer4.core.exec.BarEpisodes;

/** Where training episodes come from: each call gives a fresh market and parent. */
@FunctionalInterface
public interface EpisodeSource {

    BarEpisodes.Setup next();

    /** Bar episodes at the given starts, cycled in order, with seeded sides. */
    static EpisodeSource bars(BarEpisodes episodes, int[] starts, long seed) {
        int[] k = {0};
        return () -> {
            int i = k[0]++;
            return episodes.setup(starts[i % starts.length], BarEpisodes.side(seed, i));
        };
    }
}
