package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.engine.AppliedFills;
import io.trader.app.paper.FlattenReport;
import io.trader.app.paper.VenueBinding;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;
import io.trader.core.venue.ReconciliationResult;
import io.trader.layer5.core.Position;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenExchange;
import io.trader.venue.kraken.KrakenSigner;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Kraken spot as a session's venue: the signed adapter ({@link KrakenExchange}, one client and call-counter budget
 * that the session's market data shares), reconciled with the account at start-up through the venue-independent
 * {@link ReconciliationResult} and {@link ReconciliationApplier}. Spot positions are balances relative to the
 * balances when the session first met the account; those starting balances are kept in the data directory
 * ({@value #START_FILE}) so a restart measures from the same point. The kill switch's flatten is worked by
 * {@link LiveFlatten} until the account is back at its starting balances with no open order.
 */
public final class KrakenVenue implements VenueBinding {

    private static final Logger LOG = LoggerFactory.getLogger(KrakenVenue.class);
    static final String START_FILE = "kraken-starting-balances.properties";

    private final Vertx vertx;
    private final KrakenConfig config;
    private final KrakenSigner signer;
    private final List<InstrumentSpec> instruments;
    private final Path dataDir;
    private final double equityBandBps;
    private final long flattenDeadlineMs;
    private KrakenExchange exchange;
    private boolean shared;

    public KrakenVenue(Vertx vertx, KrakenConfig config, KrakenSigner signer, List<InstrumentSpec> instruments,
                       Path dataDir, double equityBandBps, long flattenDeadlineMs) {
        this.vertx = vertx;
        this.config = config;
        this.signer = signer;
        this.instruments = List.copyOf(instruments);
        this.dataDir = dataDir;
        this.equityBandBps = equityBandBps;
        this.flattenDeadlineMs = flattenDeadlineMs;
    }

    @Override
    public String name() {
        return KrakenExchange.NAME;
    }

    @Override
    public ExchangePort create(OrderEventListener listener, Executor engineThread) {
        exchange = new KrakenExchange(vertx, config, signer, instruments, listener, engineThread,
                System::currentTimeMillis);
        Map<String, BigDecimal> stored = readStart();
        if (stored != null) {
            exchange.setStartingBalances(stored);
        }
        try {
            exchange.start().toCompletableFuture().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            exchange.stop();
            throw new Main.UserError("kraken adapter did not start: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        if (stored == null) {
            writeStart(exchange.startingBalances());
        }
        return exchange;
    }

    public KrakenExchange exchange() {
        return exchange;
    }

    public List<InstrumentSpec> instruments() {
        return instruments;
    }

    @Override
    public List<String> symbols() {
        return instruments.stream().map(InstrumentSpec::symbol).toList();
    }

    @Override
    public void shareSession() {
        shared = true;
    }

    @Override
    public void restore(List<OrderState> storedOpenOrders) {
        exchange.restore(storedOpenOrders);
    }

    @Override
    public ReconciliationResult reconcile(SessionParts parts, Consumer<String> halt) {
        Map<String, Long> local = new HashMap<>();
        List<String> mine = symbols();
        for (Position p : parts.portfolio.positions()) {
            if (mine.contains(p.instrument().symbol())) {
                local.put(p.instrument().symbol(), p.lots());
            }
        }
        AppliedFills ledger = parts.engine.appliedFills(name());
        long since = ledger.baselined() ? ledger.since() : 0;
        Map<String, OrderState> before = new HashMap<>();
        exchange.openOrders().forEach(o -> before.put(o.clientId(), o));
        ReconciliationResult r = VenueReads.read(name(),
                () -> exchange.reconcile(local, ledger.recent(), since), halt);
        if (r == null) {
            return null;
        }
        new ReconciliationApplier(parts, name(), instruments, equityBandBps, shared)
                .apply(r, before, System.currentTimeMillis(), halt);
        return r;
    }

    @Override
    public boolean drivesFlatten() {
        return true;
    }

    @Override
    public CompletableFuture<FlattenReport> flatten(SessionParts parts,
                                                    Function<Runnable, CompletableFuture<Void>> onEngine,
                                                    Consumer<String> halt, String reason) {
        return new LiveFlatten(parts, () -> exchange, h -> reconcile(parts, h), onEngine, halt, flattenDeadlineMs)
                .start(reason);
    }

    /** Stops the adapter (its polls and client); open orders stay at Kraken. */
    public void stop() {
        if (exchange != null) {
            exchange.stop();
        }
    }

    private Map<String, BigDecimal> readStart() {
        Path file = dataDir.resolve(START_FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new Main.UserError("cannot read " + file + ": " + e.getMessage());
        }
        Map<String, BigDecimal> out = new HashMap<>();
        for (String asset : p.stringPropertyNames()) {
            try {
                out.put(asset, new BigDecimal(p.getProperty(asset)));
            } catch (NumberFormatException e) {
                throw new Main.UserError(file + ": balance of " + asset + " is not a number: " + p.getProperty(asset));
            }
        }
        LOG.info("kraken: positions measured from the starting balances in {}", file);
        return out;
    }

    private void writeStart(Map<String, BigDecimal> balances) {
        Properties p = new Properties();
        balances.forEach((asset, amount) -> p.setProperty(asset, amount.toPlainString()));
        try {
            Files.createDirectories(dataDir);
            Path tmp = dataDir.resolve(START_FILE + ".tmp");
            try (var out = Files.newBufferedWriter(tmp)) {
                p.store(out, "Kraken balances when the session first met the account: spot positions are measured"
                        + " from them");
            }
            Files.move(tmp, dataDir.resolve(START_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Main.UserError("cannot keep kraken's starting balances in " + dataDir + ": " + e.getMessage());
        }
    }
}
