package io.trader.layer4.capture;

import io.trader.core.domain.Side;
import io.trader.core.testing.SharedData;
import io.trader.layer4.core.book.SimConfig;
import io.trader.layer4.core.book.episode.BookEpisodeMarket;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.Episode;
import io.trader.layer4.core.exec.ExecParent;
import io.trader.layer4.core.exec.ExecutionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Episodes drawn from a real USD-M capture (6 min): 15 decisions 2 s apart, volatility over 10 intervals. */
class CaptureEpisodesTest {

    private static final int DECISIONS = 15;
    private static final long SEC = 1_000_000_000L;
    private static CaptureEpisodes episodes;

    @BeforeAll
    static void load() {
        episodes = CaptureEpisodes.of(SharedData.file("microstructure/hftbacktest-binance-usdm-btcusdt_20240808.gz"),
                new SimConfig(2_000_000, 1_000_000, 200, 500), 2 * SEC, 10, DECISIONS, 0.3, 30 * SEC);
    }

    @Test
    void drawsSeededNonOverlappingStartsAndKeepsTrainingApartFromHeldOut() {
        int nTrain = episodes.capacity(CaptureEpisodes.Part.TRAIN);
        int nHeld = episodes.capacity(CaptureEpisodes.Part.HELD_OUT);
        assertTrue(nTrain >= 4 && nHeld >= 1, nTrain + " / " + nHeld);
        List<CaptureEpisodes.Start> train = episodes.draw(CaptureEpisodes.Part.TRAIN, nTrain - 1, 7);
        List<CaptureEpisodes.Start> held = episodes.draw(CaptureEpisodes.Part.HELD_OUT, nHeld, 7);
        long window = episodes.windowNs();
        long lookback = episodes.settings().lookbackNs();
        for (int i = 1; i < train.size(); i++) {
            assertTrue(train.get(i).arrivalNs() - train.get(i - 1).arrivalNs() >= window, "overlap at " + i);
        }
        long split = episodes.range(CaptureEpisodes.Part.HELD_OUT)[0];
        for (CaptureEpisodes.Start s : train) {
            assertTrue(s.arrivalNs() - lookback + window <= split, "a training window ends before the split");
        }
        for (CaptureEpisodes.Start s : held) {
            assertTrue(s.arrivalNs() - lookback >= split, "a held-out window starts after it");
        }
        assertEquals(train.stream().map(CaptureEpisodes.Start::arrivalNs).toList(),
                episodes.draw(CaptureEpisodes.Part.TRAIN, nTrain - 1, 7).stream()
                        .map(CaptureEpisodes.Start::arrivalNs).toList(), "same seed, same starts");
        assertThrows(IllegalArgumentException.class,
                () -> episodes.draw(CaptureEpisodes.Part.HELD_OUT, nHeld + 1, 7));
    }

    /** TWAP: one slice per decision, market or joining the touch. */
    private static ExecutionPolicy twap(ExecParent parent, Aggression aggression) {
        return state -> new ChildDecision(state.last() ? state.remainingLots() : parent.sliceLots(), aggression);
    }

    @Test
    void everyEpisodeCompletesWithAFiniteShortfall() {
        int n = episodes.capacity(CaptureEpisodes.Part.TRAIN);
        List<CaptureEpisodes.Start> starts = episodes.draw(CaptureEpisodes.Part.TRAIN, n, 11);
        starts = new java.util.ArrayList<>(starts);
        starts.addAll(episodes.draw(CaptureEpisodes.Part.HELD_OUT, episodes.capacity(CaptureEpisodes.Part.HELD_OUT), 11));
        for (Aggression aggression : Aggression.values()) {
            for (Side side : Side.values()) {
                for (CaptureEpisodes.Start start : starts) {
                    ExecParent parent = new ExecParent(side, 1_500, DECISIONS, 2_000, start.arrivalNs() / 1_000_000, 1);
                    BookEpisodeMarket market = episodes.market(start);
                    Episode.Result r = Episode.run(market, twap(parent, aggression), parent, 10);
                    System.out.printf("%s %s %s: shortfall %.2f bps, forced %d, children %d, avg %.1f, arrival %.2f%n",
                            aggression, side, start.part(), r.shortfallBps(), r.forcedLots(), r.children(),
                            r.averagePrice(), r.arrivalMid());
                    assertEquals(1_500, r.filledLots(), "the whole 1.5 BTC is done by the horizon");
                    assertTrue(r.forcedLots() >= 0 && r.forcedLots() <= 1_500);
                    assertTrue(Double.isFinite(r.shortfallBps()));
                    // BTC moves a few bps a minute; fees are 2-5 bps: anything past 100 bps means a unit error
                    assertTrue(Math.abs(r.shortfallBps()) < 100, "shortfall " + r.shortfallBps());
                    assertEquals(0, market.restingChildren());
                    assertEquals(0, market.gaps());
                    if (aggression == Aggression.MARKET) {
                        assertEquals(0, r.forcedLots(), "market children fill at once");
                    }
                }
            }
        }
    }
}
