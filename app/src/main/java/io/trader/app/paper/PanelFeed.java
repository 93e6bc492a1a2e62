package io.trader.app.paper;

import io.trader.app.http.PanelViews;
import io.trader.core.event.EquityPoint;
import io.trader.core.port.TradingListener;
import io.trader.core.signal.AlphaOutput;
import io.trader.core.signal.FeatureVector;
import io.trader.core.signal.Forecast;
import io.trader.core.signal.SizingDecision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What the control panel shows that the snapshot does not: the ensemble's latest forecast per instrument (each
 * alpha's score, weight and contribution, copied from the engine's reused holders) and the equity curve of this
 * run, thinned evenly so that it stays a few hundred points however long the session runs. Written on the engine
 * thread, read from HTTP threads.
 */
final class PanelFeed implements TradingListener {

    /** Most points kept; when full, every other one is dropped and only every 2nd (4th, ...) new one is kept. */
    static final int CAPACITY = 720;
    private final ConcurrentSkipListMap<String, PanelViews.Forecast> latest = new ConcurrentSkipListMap<>();
    private final List<EquityPoint> points = new ArrayList<>();
    private long stride = 1;
    private long seen;
    private EquityPoint last;

    @Override
    public void onSignals(FeatureVector features, List<String> alphaIds, AlphaOutput[] alphas, Forecast forecast,
                          SizingDecision sizing) {
        List<PanelViews.Alpha> each = new ArrayList<>(alphaIds.size());
        double[] w = forecast.weights();
        double[] c = forecast.contributions();
        for (int i = 0; i < alphaIds.size(); i++) {
            each.add(new PanelViews.Alpha(alphaIds.get(i), finite(alphas[i].score()), finite(alphas[i].confidence()),
                    i < w.length ? finite(w[i]) : null, i < c.length ? finite(c[i]) : null));
        }
        String symbol = features.instrument().symbol();
        latest.put(symbol, new PanelViews.Forecast(symbol, Instant.ofEpochMilli(features.time()).toString(),
                finite(forecast.score()), finite(forecast.expectedReturn()), finite(forecast.confidence()),
                finite(forecast.probability()), forecast.regime(), sizing == null ? 0 : sizing.targetLots(),
                List.copyOf(each)));
    }

    @Override
    public synchronized void onEquity(EquityPoint point) {
        last = point;
        if (seen++ % stride != 0) {
            return;
        }
        points.add(point);
        if (points.size() >= CAPACITY) {
            List<EquityPoint> kept = new ArrayList<>(CAPACITY / 2 + 1);
            for (int i = 0; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            points.clear();
            points.addAll(kept);
            stride *= 2;
        }
    }

    PanelViews.Alphas alphas() {
        return new PanelViews.Alphas(List.copyOf(latest.values()));
    }

    /** The kept points, oldest first, ending with the latest point seen. */
    synchronized List<PanelViews.EquityPoint> history() {
        List<PanelViews.EquityPoint> out = new ArrayList<>(points.size() + 1);
        for (EquityPoint p : points) {
            out.add(view(p));
        }
        if (last != null && (points.isEmpty() || points.get(points.size() - 1) != last)) {
            out.add(view(last));
        }
        return out;
    }

    static PanelViews.EquityPoint view(EquityPoint p) {
        return new PanelViews.EquityPoint(Instant.ofEpochMilli(p.time()).toString(), Snapshot.cash(p.equity()),
                Snapshot.cash(p.realizedPnl() + p.unrealizedPnl()), Snapshot.cash(p.realizedPnl()),
                Snapshot.cash(p.unrealizedPnl()), Double.isFinite(p.drawdown()) ? p.drawdown() : 0.0);
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
