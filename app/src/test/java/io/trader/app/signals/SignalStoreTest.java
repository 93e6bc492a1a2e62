package io.trader.app.signals;

import io.prometheus.client.CollectorRegistry;
import io.trader.app.config.TraderSettings;
import io.trader.app.store.Database;
import io.trader.app.store.StoreConfig;
import io.trader.core.domain.InstrumentSpec;
import io.trader.signals.core.BacktestStats;
import io.trader.signals.core.KeyRing;
import io.trader.signals.core.Outcome;
import io.trader.signals.core.Resolution;
import io.trader.signals.core.Side;
import io.trader.signals.core.Signal;
import io.trader.signals.core.SignalConfig;
import io.trader.signals.core.SignalInputs;
import io.trader.signals.core.SignalPolicy;
import io.trader.signals.core.SignalSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The signal store on the embedded PostgreSQL: history pages and filters, outcomes, the latest per pair, sessions
 * kept apart, and a restarted session's signals starting from what is stored (latest, open signals followed on).
 */
class SignalStoreTest {

    private static final long H = 3_600_000L;
    private static final long T0 = 1_764_835_200_000L;
    private static final String KEY = "k=" + Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes());
    private static final SignalSigner SIGNER = new SignalSigner(KeyRing.parse(KEY));

    private static SignedSignal signal(String pair, long t, double p) {
        SignalInputs in = new SignalInputs(new InstrumentSpec(pair, 2, 5), t, H, 6_000_000, 500, 0.01, p, 0,
                List.of(), List.of(), List.of("a"), "e", BacktestStats.none("x"));
        Signal s = ((Outcome.Emitted) new SignalPolicy(SignalConfig.defaults()).decide(in, List.of())).signal();
        return SignedSignal.sign(s, SIGNER);
    }

    @Test
    void historyLatestOutcomesAndRestart(@TempDir Path dir) throws Exception {
        try (Database db = Database.open(StoreConfig.embedded(dir.resolve("pg")))) {
            SignalStore store = new SignalStore(db.dataSource(), "a");
            SignedSignal b1 = signal("BTCUSDT", T0, 0.9);
            SignedSignal e1 = signal("ETHUSDT", T0 + H, 0.1);
            SignedSignal b2 = signal("BTCUSDT", T0 + 2 * H, 0.1);
            for (SignedSignal s : List.of(b1, e1, b2)) {
                store.insert(s);
            }
            store.insert(b1); // delivered twice: stored once
            new SignalStore(db.dataSource(), "other").insert(signal("SOLUSDT", T0, 0.9));
            store.resolve(new Resolution(b1.signal().signalId(), "BTCUSDT", Side.LONG, T0 + 3 * H,
                    List.of(new Resolution.Exit(Resolution.Reason.STOP, 1.0, "59000.00", T0 + 3 * H)), -1, -1.667, -1));

            List<SignalStore.Row> all = store.history(new SignalStore.Query(null, null, null, null, 10, 0));
            assertEquals(List.of(b2.json(), e1.json(), b1.json()), all.stream().map(SignalStore.Row::payload).toList());
            SignalStore.Row resolved = all.get(2);
            assertEquals(-1.0, resolved.rMultiple());
            assertTrue(resolved.exits().contains("\"reason\":\"stop\""), resolved.exits());
            assertNull(all.get(0).resolvedAt());
            assertEquals(List.of(b1.json()), store.history(new SignalStore.Query("BTCUSDT", "long", null, null, 10, 0))
                    .stream().map(SignalStore.Row::payload).toList());
            assertEquals(List.of(e1.json()), store.history(new SignalStore.Query(null, null, T0 + H, T0 + 2 * H, 10, 0))
                    .stream().map(SignalStore.Row::payload).toList());
            assertEquals(List.of(e1.json()), store.history(new SignalStore.Query(null, null, null, null, 1, 1))
                    .stream().map(SignalStore.Row::payload).toList());
            Map<String, SignalStore.Row> latest = store.latest();
            assertEquals(List.of("BTCUSDT", "ETHUSDT"), List.copyOf(latest.keySet()));
            assertEquals(b2.json(), latest.get("BTCUSDT").payload());

            TraderSettings settings = TraderSettings.defaults().with("trader.data-dir", dir.resolve("d").toString());
            SignalSettings s = SignalSettings.load(settings, Map.of(SignalSettings.KEYS_ENV, KEY));
            try (SessionSignals restarted = new SessionSignals(s, "ensemble", settings, store, new CollectorRegistry())) {
                assertEquals(Map.of("BTCUSDT", b2.json(), "ETHUSDT", e1.json()), restarted.latest());
                assertEquals(2, restarted.performance().open(), "the unresolved signals are followed again");
                // ETH short at 60000.00, stop 61000.00: a later bar through the stop resolves it
                restarted.onBar(new io.trader.core.market.Bar(new InstrumentSpec("ETHUSDT", 2, 4), T0 + 3 * H,
                        T0 + 4 * H, 6_000_000, 6_150_000, 5_990_000, 6_100_000, 1));
                assertEquals(1, restarted.performance().open());
                assertEquals(-1.0, restarted.performance().recent().get(0).rMultiple(), 1e-12);
            }
        }
    }
}
