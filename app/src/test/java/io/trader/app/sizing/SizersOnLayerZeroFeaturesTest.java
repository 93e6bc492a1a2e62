package io.trader.app.sizing;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Money;
import io.trader.core.market.Bar;
import io.trader.core.signal.Feature;
import io.trader.core.signal.FeatureConfig;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;
import io.trader.core.testing.SharedData;
import io.trader.layer0.core.CandleDecoder;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.IncrementalFeatureEngine;
import io.trader.layer3.core.AtrRiskConfig;
import io.trader.layer3.core.AtrRiskSizer;
import io.trader.layer3.core.VolTargetConfig;
import io.trader.layer3.core.VolTargetSizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vol-target and ATR-risk sizers fed by the real layer-0 feature engine (default FeatureConfig: VOLATILITY
 * over 30 log returns, Wilder ATR(14)) on BTC/USDT hourly bars 2024-09..2026-02, the way the pipeline feeds them.
 */
class SizersOnLayerZeroFeaturesTest {

    private static CandleSeries btc() throws IOException {
        Path file = SharedData.file(SharedData.BTC_1H);
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            bytes = in.readAllBytes();
        }
        return CandleDecoder.decode(bytes, file.getFileName().toString(), "BTCUSDT", 3_600_000L);
    }

    @Test
    void atrEntriesRiskTheBudgetAndVolTargetingHitsItsTarget() throws IOException {
        CandleSeries s = btc();
        List<Bar> bars = s.bars();
        assertTrue(bars.size() > 12_000, "bars " + bars.size());
        InstrumentSpec spec = s.instrument();
        IncrementalFeatureEngine engine = new IncrementalFeatureEngine(FeatureConfig.DEFAULT);
        FeatureVector fv = new FeatureVector(spec);
        AtrRiskSizer atr = new AtrRiskSizer(new AtrRiskConfig(0.005, 1.5, 5, 10, 0.01, List.of(1.0, 2.0, 3.0),
                1_000_000 * Money.ONE, 1_000_000 * Money.ONE, 0, false));
        VolTargetSizer vol = new VolTargetSizer(new VolTargetConfig(0.30, VolTargetConfig.HOURLY_24_7, 1e-4, 5,
                1_000_000_000 * Money.ONE, 1_000_000_000 * Money.ONE, 0, false, false));
        Forecast f = new Forecast(1);
        SizingDecision a = new SizingDecision();
        SizingDecision v = new SizingDecision();
        long equity = 10_000 * Money.ONE;
        double s1 = 0;
        double s2 = 0;
        int n = 0;
        int atrSized = 0;
        for (int i = 0; i < bars.size() - 1; i++) {
            engine.onBar(bars.get(i), fv);
            if (i < engine.warmupBars()) {
                continue;
            }
            double close = fv.get(Feature.CLOSE);
            double ret = fv.get(Feature.RETURN);
            f.set(Math.signum(ret), ret, 1);
            atr.size(f, fv, 0, equity, a);
            if (ret != 0 && a.limitedBy().isEmpty()) {
                double stop = atr.stopDistance(spec, fv.get(Feature.ATR));
                double loss = Math.abs(a.targetLots()) / (double) spec.lotsPerUnit() * stop;
                assertTrue(loss <= 50 && loss > 50 - stop / spec.lotsPerUnit() - 1e-9, "bar " + i + ": " + loss);
                atrSized++;
            }
            f.set(1, 0.0001, 1);
            vol.size(f, fv, 0, equity, v);
            double next = bars.get(i + 1).closePrice() / close - 1;
            double pnl = v.appliedFraction() * next;
            s1 += pnl;
            s2 += pnl * pnl;
            n++;
        }
        assertTrue(atrSized > 10_000, "entries sized by the risk budget: " + atrSized);
        double annual = Math.sqrt((s2 - s1 * s1 / n) / (n - 1) * 8760);
        // measured 0.354 for a 0.30 target (+18 %): 1 / sigma-hat of a 30-bar estimate is convex in its noise
        // (Jensen) and hourly returns have fat tails; BTC itself runs at about 0.5 (x 1.7), which this rejects
        assertTrue(annual / 0.30 > 0.9 && annual / 0.30 < 1.3, "vol-targeted " + annual + " vs target 0.30");
    }
}
