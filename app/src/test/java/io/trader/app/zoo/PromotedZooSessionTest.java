package io.trader.app.zoo;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.models.ModelRegistry;
import io.trader.app.models.PromotedModels;
import io.trader.app.paper.PaperSession;
import io.trader.app.run.Assembly;
import io.trader.app.run.Backtest;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.app.store.TradingStore;
import io.trader.core.market.Bar;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.Alpha;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.service.CandleFileReader;
import io.trader.core.model.LogisticModel;
import io.trader.layer1.core.zoo.ZooAlpha;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.trader.app.zoo.ZooModels.ALPHA;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code trader.zoo.models=promoted}: a paper session runs the registry's promoted version of each trained
 * alpha, takes a promotion or a rollback between two bars without a restart, refuses a corrupt version and
 * keeps the one it had; a shadow version is scored but never reaches the forecast; a backtest runs the
 * versions promoted at its start. Real 1h BTC bars, the embedded PostgreSQL, hand-built logistic models.
 */
class PromotedZooSessionTest {

    private static final LogisticModel UP = ZooModels.trend(1, 0);
    private static final LogisticModel DOWN = ZooModels.trend(-1, 0.1);
    private static final LogisticModel OTHER = ZooModels.trend(0.5, -0.2);
    private static List<Bar> bars;
    private static String symbol;

    @BeforeAll
    static void load() throws Exception {
        CandleSeries s = new CandleFileReader().read(SharedData.file(SharedData.BTC_1H));
        bars = s.bars().subList(0, 1600);
        symbol = s.symbol();
    }

    private static TraderSettings settings(Path dir) {
        return TraderSettings.defaults().with("trader.data-dir", dir.toString())
                .with("trader.zoo.models", "promoted")
                .with("trader.models.poll-seconds", "3600"); // the test polls itself, between known bars
    }

    @Test
    void aSessionTakesPromotionsAndRollbacksBetweenBarsAndKeepsItsVersionWhenOneIsCorrupt(@TempDir Path dir)
            throws Exception {
        TraderSettings settings = settings(dir);
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            ModelRegistry registry = new ModelRegistry(db.dataSource(), ModelRegistry.modelsDir(dir), Clock.systemUTC());
            ZooModels.register(registry, UP);      // v1
            ZooModels.register(registry, DOWN);    // v2
            ZooModels.register(registry, UP);      // v3, corrupted once promoted
            ZooModels.register(registry, OTHER);   // v4, in shadow
            double[] withUp = scores(settings, ZooModels.snapshot(registry, 1, UP, null, null));
            double[] withDown = scores(settings, ZooModels.snapshot(registry, 2, DOWN, null, null));
            int differ = 0;
            for (int i = 400; i < 800; i++) {
                differ += withUp[i] != withDown[i] ? 1 : 0;
            }
            assertTrue(differ > 300, "the two versions score differently: " + differ + " of 400 bars");

            registry.promote(ALPHA, 1, "start", "test");
            registry.shadow(ALPHA, 4, "candidate", "test");
            GatedFeed feed = new GatedFeed(bars, symbol, ALPHA);
            PaperSession session;
            try (TradingStore store = new TradingStore(db.dataSource(), "zoo")) {
                session = new PaperSession(settings, Assembly.ZOO, "zoo", feed, store, Clock.systemUTC());
                feed.attach(session);
                session.start();
                PromotedModels models = session.promotedModels();
                feed.releaseAndWait(400);

                registry.promote(ALPHA, 2, "better", "test");
                long before = models.generation();
                models.poll(); // what the session's polling thread does every trader.models.poll-seconds
                assertNotEquals(before, models.generation());
                feed.releaseAndWait(800);

                registry.rollback(ALPHA, "worse live", "test");
                models.poll();
                feed.releaseAndWait(1200);

                registry.promote(ALPHA, 3, "try", "test");
                Files.writeString(registry.artifactPath(ALPHA, 3), "logistic garbage");
                models.poll();
                assertEquals(1, models.refusedLoads(), "the corrupt version is refused");
                feed.releaseAndWait(bars.size());
                session.finished().get();
                String scrape = session.metrics();
                session.stop();

                for (int i = 0; i < bars.size(); i++) {
                    boolean second = i >= 400 && i < 800;
                    String expected = second ? "v2" : "v1";
                    assertEquals(expected, feed.versions[i], "version at bar " + i);
                    assertEquals(ALPHA + "@" + expected, feed.names[i], "the name decisions and metrics carry");
                    assertEquals(second ? withDown[i] : withUp[i], feed.scores[i], "score at bar " + i);
                }
                assertEquals(bars.size(), session.status().barsProcessed());
                assertEquals("finished", session.status().state(), "the session kept trading after the refusal");
                assertFalse(session.killSwitch().engaged());

                assertEquals(1.0, metric(scrape, "trader_model_refused_total", "alpha=\"" + ALPHA + "\""));
                assertEquals(1.0, metric(scrape, "trader_model_version", "alpha=\"" + ALPHA + "\",status=\"promoted\""));
                assertEquals(4.0, metric(scrape, "trader_model_version", "alpha=\"" + ALPHA + "\",status=\"shadow\""));
                assertEquals(0.0, metric(scrape, "trader_model_version", "alpha=\"ta-composite\",status=\"promoted\""),
                        "an alpha with no promoted version runs none");
                for (String status : List.of("promoted", "shadow")) {
                    String labels = "instrument=\"" + symbol + "\",alpha=\"" + ALPHA + "\",status=\"" + status + "\"";
                    double ic = metric(scrape, "trader_alpha_live_ic", labels);
                    double hit = metric(scrape, "trader_alpha_live_hit_rate", labels);
                    assertTrue(ic >= -1 && ic <= 1, status + " live IC " + ic);
                    assertTrue(hit >= 0 && hit <= 1, status + " live hit rate " + hit);
                    assertTrue(metric(scrape, "trader_alpha_live_resolved", labels) >= 20);
                }
            }
        }
    }

    @Test
    void aShadowVersionNeverReachesTheForecastAndABacktestRunsTheVersionsPromotedAtStart(@TempDir Path dir)
            throws Exception {
        TraderSettings settings = settings(dir);
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            ModelRegistry registry = new ModelRegistry(db.dataSource(), ModelRegistry.modelsDir(dir), Clock.systemUTC());
            ZooModels.register(registry, UP);      // v1
            ZooModels.register(registry, DOWN);    // v2

            Log alone = new Log();
            Backtest.Result a = Backtest.run(settings, bars, 1, Assembly.ZOO, alone, null,
                    ZooModels.snapshot(registry, 1, UP, null, null));
            Log withShadow = new Log();
            Backtest.Result b = Backtest.run(settings, bars, 1, Assembly.ZOO, withShadow, null,
                    ZooModels.snapshot(registry, 1, UP, 2, DOWN));
            assertArrayEquals(alone.forecasts(), withShadow.forecasts(), "the shadow changes no forecast");
            assertEquals(a.recorder().orders().size(), b.recorder().orders().size());
            assertEquals(a.parts().portfolio.equityCash(), b.parts().portfolio.equityCash());
            assertTrue(a.recorder().orders().size() > 0, "the runs trade");

            ZooAlpha shadow = trendLogit(b.parts().engine.pipelines().get(0).shadows());
            assertEquals("v2", shadow.version());
            // the shadow scored every bar as the promoted v2 would have: same live out-of-sample record
            Backtest.Result c = Backtest.run(settings, bars, 1, Assembly.ZOO, null, null,
                    ZooModels.snapshot(registry, 2, DOWN, null, null));
            ZooAlpha promotedDown = trendLogit(c.parts().engine.pipelines().get(0).alphas());
            assertTrue(shadow.liveSkill().size() >= 20, "resolved labels: " + shadow.liveSkill().size());
            assertEquals(promotedDown.liveSkill().size(), shadow.liveSkill().size());
            assertEquals(promotedDown.liveSkill().ic(), shadow.liveSkill().ic());
            assertEquals(promotedDown.liveSkill().hitRate(), shadow.liveSkill().hitRate());

            // ./trader backtest --strategy zoo --set trader.zoo.models=promoted: the versions promoted now
            registry.promote(ALPHA, 2, "for the backtest", "test");
            Log fromStore = new Log();
            Backtest.Result d = Backtest.run(settings, bars, 1, Assembly.ZOO, fromStore, null);
            InstrumentPipeline p = d.parts().engine.pipelines().get(0);
            assertEquals("v2", trendLogit(p.alphas()).version());
            assertEquals("none", trendLogit(p.shadows()).version(), "no shadow version registered");
            Log promotedLog = new Log();
            Backtest.run(settings, bars, 1, Assembly.ZOO, promotedLog, null, ZooModels.snapshot(registry, 2, DOWN, null, null));
            assertArrayEquals(promotedLog.forecasts(), fromStore.forecasts());
        }
    }

    private static ZooAlpha trendLogit(Alpha[] alphas) {
        for (Alpha a : alphas) {
            if (a.id().equals(ALPHA)) {
                return (ZooAlpha) a;
            }
        }
        throw new AssertionError("no " + ALPHA);
    }

    /** trend-logit's score on every bar of a backtest running {@code snapshot}. */
    private static double[] scores(TraderSettings settings, PromotedModels.Snapshot snapshot) {
        Log log = new Log();
        Backtest.run(settings, bars, 1, Assembly.ZOO, log, null, snapshot);
        return log.scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double metric(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{" + Pattern.quote(labels) + ",?} (\\S+)$").matcher(scrape);
        assertTrue(m.find(), name + "{" + labels + "} in\n" + scrape.lines()
                .filter(l -> l.startsWith("trader_model") || l.startsWith("trader_alpha_live")).toList());
        return Double.parseDouble(m.group(1));
    }

    /** Per bar: trend-logit's score and the forecast (score, expected return, confidence). */
    private static final class Log implements TradingListener {
        final List<Double> scores = new ArrayList<>();
        final List<Double> forecast = new ArrayList<>();

        @Override
        public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast f,
                              SizingDecision sizing) {
            for (int i = 0; i < alphaIds.size(); i++) {
                if (alphaIds.get(i).startsWith(ALPHA + "@")) {
                    scores.add(alphas[i].score());
                }
            }
            forecast.add(f.score());
            forecast.add(f.expectedReturn());
            forecast.add(f.confidence());
        }

        double[] forecasts() {
            return forecast.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }
}
