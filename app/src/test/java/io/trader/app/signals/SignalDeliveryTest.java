package io.trader.app.signals;

import io.prometheus.client.CollectorRegistry;
import io.trader.core.domain.InstrumentSpec;
import io.trader.signals.core.BacktestStats;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.Outcome;
import io.trader.signals.core.PerformanceView;
import io.trader.signals.core.Resolution;
import io.trader.signals.core.Side;
import io.trader.signals.core.Signal;
import io.trader.signals.core.SignalConfig;
import io.trader.signals.core.SignalInputs;
import io.trader.signals.core.SignalPolicy;
import io.trader.signals.core.SignalSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The delivery thread: a store that fails is counted and does not stop the file or the listeners; the performance
 * alert reaches listeners once when it starts holding and once when it stops.
 */
class SignalDeliveryTest {

    @Test
    void aFailingStoreStopsNothingAndTheAlertIsToldOnItsEdges(@TempDir Path dir) throws Exception {
        String key = "k=" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        SignalSettings settings = new SignalSettings(SignalConfig.defaults(), 10, 0.3, 1, dir.resolve("s/x.jsonl"),
                KeyRing.parse(key), List.of(), 0);
        DataSource down = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DataSource.class}, (p, m, a) -> {
                    throw new SQLException("database down");
                });
        CollectorRegistry registry = new CollectorRegistry();
        List<String> heard = new CopyOnWriteArrayList<>();
        List<SignalListener> listeners = new CopyOnWriteArrayList<>();
        listeners.add(new SignalListener() {
            @Override
            public void onSignal(SignedSignal signal) {
                heard.add("signal " + signal.signal().signalId());
            }

            @Override
            public void onResolved(Resolution r) {
                heard.add("resolved " + r.signalId());
            }

            @Override
            public void onPerformanceAlert(PerformanceView view) {
                heard.add("alert " + view.alertReason());
            }

            @Override
            public void onPerformanceRecovered(PerformanceView view) {
                heard.add("recovered");
            }
        });
        listeners.add(s -> {
            throw new IllegalStateException("a broken listener");
        });
        SignalMetrics metrics = new SignalMetrics(registry);
        try (SignalDelivery delivery = new SignalDelivery(settings, new SignalStore(down, "t"), metrics, listeners)) {
            SignalInputs in = new SignalInputs(new InstrumentSpec("BTCUSDT", 2, 5), 1_764_835_200_000L, 3_600_000L,
                    6_000_000, 500, 0.01, 0.9, 0, List.of(), List.of(), List.of("a"), "e", BacktestStats.none("x"));
            Signal s = ((Outcome.Emitted) new SignalPolicy(SignalConfig.defaults()).decide(in, List.of())).signal();
            List<SignedSignal> latest = new CopyOnWriteArrayList<>();
            delivery.emitted(s, new SignalSigner(KeyRing.parse(key)), latest::add);
            Resolution r = new Resolution(s.signalId(), "BTCUSDT", Side.LONG, 1L, List.of(
                    new Resolution.Exit(Resolution.Reason.STOP, 1, "59000.00", 1L)), -1, -1.7, -1);
            BacktestStats bt = new BacktestStats(true, "", "r", 0.6, 1, 10, null, null);
            PerformanceView bad = new PerformanceView(0, 1, 10, 0, -1, Double.NaN, -1, bt, true, "live hit rate 0", List.of());
            PerformanceView fine = new PerformanceView(0, 2, 10, 1, 1, Double.NaN, 1, bt, false, "", List.of());
            delivery.resolved(List.of(r), bad);
            delivery.resolved(List.of(), bad);
            delivery.resolved(List.of(), fine);
            assertTrue(delivery.drain(10_000));
            assertEquals(List.of("signal " + s.signalId(), "resolved " + s.signalId(), "alert live hit rate 0",
                    "recovered"), heard);
            assertEquals(List.of(latest.get(0).json()), Files.readAllLines(dir.resolve("s/x.jsonl")));
            assertEquals(2.0, registry.getSampleValue("trader_signals_delivery_errors_total", new String[]{"kind"},
                    new String[]{"store"}));
            assertEquals(1.0, registry.getSampleValue("trader_signals_delivery_errors_total", new String[]{"kind"},
                    new String[]{"listener"}));
        }
    }
}
