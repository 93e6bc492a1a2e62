package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.run.SessionParts;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderState;
import io.trader.core.event.RiskEvent;
import io.trader.core.venue.ReconciliationResult;
import io.trader.layer5.core.Position;
import io.trader.venue.xchange.XChangeExchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.account.AccountInfo;
import org.knowm.xchange.dto.account.Balance;
import org.knowm.xchange.dto.account.Wallet;
import org.knowm.xchange.dto.trade.LimitOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Compares a session with an XChange venue's account and builds the venue-independent {@link ReconciliationResult}.
 * Reads, through the adapter (its I/O thread and rate budget): the balances ({@code AccountService.getAccountInfo},
 * the trading wallets) and the open orders ({@code TradeService.getOpenOrders}). The adapter's own poll is run and its
 * events applied before and after those reads; when the session's positions moved meanwhile (a fill landed during
 * the reads) the reads are repeated, up to {@value #ROUNDS} times.
 *
 * <p>Spot: the position of an instrument is its base currency's balance minus the balance when the session first met
 * the account (kept in {@code <venue>-starting-balances.properties} in the data directory), rounded down to lots. A
 * difference within {@value #FEE_DUST_BPS} bps of the lots this session traded (plus one lot) is the fees the venue
 * charged in the base currency (OKX charges a buy's fee in what it buys): reported as a difference, but the session's
 * position stands (a fee is a cost, not a position) and nothing halts; beyond that the venue's position is adopted and
 * the session halts (after a restart the traded lots start again from zero). An open order at the venue that the adapter does not track halts as well (it is not adopted).
 * Account value: the quote currencies' balances plus the positions at the last traded price (the session's last price
 * before the first trade was read), in cash units: base currency the account held before the session is not the
 * session's, so it does not count.
 */
final class XChangeReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(XChangeReconciler.class);
    static final int ROUNDS = 3;
    static final double FEE_DUST_BPS = 50;

    private final XChangeBinding binding;
    private final Map<String, BigDecimal> start;

    private XChangeReconciler(XChangeBinding binding, Map<String, BigDecimal> start) {
        this.binding = binding;
        this.start = start;
    }

    static String startFile(String venue) {
        return venue + "-starting-balances.properties";
    }

    /** Reads the starting balances from the data directory, or the account's balances now (then keeps them). */
    static XChangeReconciler open(XChangeBinding binding, Path dataDir) {
        Path file = dataDir.resolve(startFile(binding.name()));
        Map<String, BigDecimal> start = new HashMap<>();
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                p.load(in);
                for (String c : p.stringPropertyNames()) {
                    start.put(c, new BigDecimal(p.getProperty(c)));
                }
            } catch (IOException | NumberFormatException e) {
                throw new Main.UserError("cannot read " + file + ": " + e.getMessage());
            }
            LOG.info("{}: positions measured from the starting balances in {}", binding.name(), file);
            return new XChangeReconciler(binding, start);
        }
        try {
            start.putAll(balances(binding.exchange().read(x -> x.getAccountService().getAccountInfo())
                    .get(60, TimeUnit.SECONDS)));
        } catch (Exception e) {
            throw new Main.UserError(binding.name() + ": the balances could not be read: "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        Properties p = new Properties();
        start.forEach((c, v) -> p.setProperty(c, v.toPlainString()));
        try {
            Files.createDirectories(dataDir);
            Path tmp = dataDir.resolve(file.getFileName() + ".tmp");
            try (var out = Files.newBufferedWriter(tmp)) {
                p.store(out, binding.name() + " balances when the session first met the account: spot positions are"
                        + " measured from them");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new Main.UserError("cannot keep " + binding.name() + "'s starting balances in " + dataDir + ": "
                    + e.getMessage());
        }
        return new XChangeReconciler(binding, start);
    }

    /**
     * The total balance by currency code of the account's trading wallets (OKX's module also returns its funding
     * account and a position-risk wallet, which must not count twice), or of every wallet when none says it trades.
     */
    static Map<String, BigDecimal> balances(AccountInfo info) {
        Map<String, BigDecimal> out = new HashMap<>();
        var wallets = info.getWallets().values();
        boolean anyTrading = wallets.stream().anyMatch(w -> w.getFeatures() != null
                && w.getFeatures().contains(Wallet.WalletFeature.TRADING));
        for (Wallet w : wallets) {
            if (anyTrading && !w.getFeatures().contains(Wallet.WalletFeature.TRADING)) {
                continue;
            }
            for (Balance b : w.getBalances().values()) {
                if (b.getTotal() != null) {
                    out.merge(b.getCurrency().getCurrencyCode(), b.getTotal(), BigDecimal::add);
                }
            }
        }
        return out;
    }

    /**
     * @param gone stored orders the venue no longer had open at restore (closed by this result)
     * @return the result, or null when the venue could not be read (then halted)
     */
    ReconciliationResult run(SessionParts parts, List<OrderState> gone, Consumer<String> halt) {
        XChangeExchange ex = binding.exchange();
        String venue = binding.name();
        Map<String, BigDecimal> bal = null;
        List<LimitOrder> open = null;
        for (int round = 0; round < ROUNDS; round++) {
            Map<String, Long> local = catchUp(parts);
            bal = VenueReads.read(venue, () -> ex.read(x -> balances(x.getAccountService().getAccountInfo())), halt);
            open = bal == null ? null : VenueReads.read(venue,
                    () -> ex.read(x -> x.getTradeService().getOpenOrders().getOpenOrders()), halt);
            if (open == null) {
                return null;
            }
            if (catchUp(parts).equals(local)) {
                break;
            }
        }
        long now = System.currentTimeMillis();
        List<RiskEvent.ReconciliationDifference> diffs = new ArrayList<>();
        List<String> halts = new ArrayList<>();
        List<OrderState> openStates = new ArrayList<>(ex.openOrders());
        Set<String> tracked = new HashSet<>();
        openStates.forEach(o -> tracked.add(o.venueOrderId()));
        for (LimitOrder o : open) {
            if (!tracked.contains(o.getId())) {
                String d = "open order " + o.getId() + " at " + venue + " (" + o.getInstrument() + ") that the session"
                        + " does not track";
                diffs.add(new RiskEvent.ReconciliationDifference(String.valueOf(o.getInstrument()), d, now));
                halts.add(d);
            }
        }
        Map<String, Long> localLots = positions(parts);
        Map<String, Long> positions = new HashMap<>();
        Map<String, Long> marks = new HashMap<>();
        Set<String> quotes = new HashSet<>();
        BigDecimal value = BigDecimal.ZERO;
        List<InstrumentSpec> specs = binding.instruments();
        for (int i = 0; i < specs.size(); i++) {
            InstrumentSpec spec = specs.get(i);
            CurrencyPair pair = (CurrencyPair) binding.venueInstruments().bySymbol(spec.symbol()).orElseThrow()
                    .instrument();
            String base = pair.getBase().getCurrencyCode();
            quotes.add(pair.getCounter().getCurrencyCode());
            BigDecimal held = bal.getOrDefault(base, BigDecimal.ZERO);
            long lots = held.subtract(start.getOrDefault(base, BigDecimal.ZERO)).movePointRight(spec.qtyScale())
                    .setScale(0, RoundingMode.FLOOR).longValueExact();
            long expected = localLots.getOrDefault(spec.symbol(), 0L);
            positions.put(spec.symbol(), lots);
            if (lots != expected) {
                long dust = 1 + (long) (binding.traded(spec.symbol()) * FEE_DUST_BPS / 1e4);
                String d = "position " + lots + " lots at " + venue + " (" + base + " balance " + held.toPlainString()
                        + " minus start), session " + expected + " lots";
                boolean fee = Math.abs(lots - expected) <= dust;
                diffs.add(new RiskEvent.ReconciliationDifference(spec.symbol(), (fee ? "fee in " + base + ": " : "")
                        + d, now));
                if (fee) {
                    positions.put(spec.symbol(), expected); // fees paid in the base currency: a cost, not a position
                } else {
                    halts.add(spec.symbol() + ": " + d);
                }
            }
            long mark = binding.mark(i) > 0 ? binding.mark(i) : parts.portfolio.lastPriceTicks(spec);
            if (mark > 0) {
                marks.put(spec.symbol(), mark);
            }
            BigDecimal position = BigDecimal.valueOf(positions.get(spec.symbol()), spec.qtyScale());
            value = value.add(position.multiply(BigDecimal.valueOf(Math.max(mark, 0), spec.priceScale())));
        }
        for (String q : quotes) {
            value = value.add(bal.getOrDefault(q, BigDecimal.ZERO));
        }
        if (ex.haltReason() != null) {
            halts.add(venue + " adapter halted: " + ex.haltReason());
        }
        long cash = value.movePointRight(8).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        var margin = new ReconciliationResult.Margin(cash, 0, cash, 0, marks);
        return new ReconciliationResult(openStates, gone, positions, Map.of(), List.of(), diffs, !halts.isEmpty(),
                halts, margin, Set.of(), 0);
    }

    /** Polls the adapter and applies what it read; returns the session's positions after. */
    private Map<String, Long> catchUp(SessionParts parts) {
        try {
            binding.exchange().pollNow().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("{}: poll before the reconciliation failed: {}", binding.name(), e.getMessage());
        }
        binding.drain();
        return positions(parts);
    }

    private Map<String, Long> positions(SessionParts parts) {
        Map<String, Long> out = new HashMap<>();
        List<String> mine = binding.symbols();
        for (Position p : parts.portfolio.positions()) {
            if (mine.contains(p.instrument().symbol())) {
                out.put(p.instrument().symbol(), p.lots());
            }
        }
        return out;
    }
}
