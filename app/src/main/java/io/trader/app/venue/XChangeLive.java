package io.trader.app.venue;

import io.trader.app.Main;
import io.trader.app.paper.LiveFeed;
import io.trader.app.paper.PaperSession;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.market.Bar;
import io.trader.layer5.core.RiskEngine;
import io.trader.venue.xchange.RateBudget;
import io.trader.venue.xchange.VenueProfile;
import io.trader.venue.xchange.XChangeCredentials;
import io.trader.venue.xchange.XChangeErrorAdapter;
import io.trader.venue.xchange.XChangeExchange;
import io.trader.venue.xchange.XChangeInstruments;
import io.trader.venue.xchange.XChangeVenue;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.currency.CurrencyPair;
import org.knowm.xchange.dto.marketdata.Trade;
import org.knowm.xchange.dto.marketdata.Trades;
import org.knowm.xchange.exceptions.NotYetImplementedForExchangeException;
import org.knowm.xchange.instrument.Instrument;
import org.knowm.xchange.service.marketdata.MarketDataService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A live session on a venue of the XChange route (Coinbase Exchange, Bybit, OKX), wired the one way the CLI and the
 * tests do it: {@link #prepare} loads the venue's instruments (XChange {@code remoteInit}, one token of the venue's
 * rate budget) and makes the binding ({@link XChangeBinding}) and the feed; {@link #connect} (after the session built
 * the adapter) builds the warm-up bars from the public trades the venue serves now (Coinbase: its last 100, OKX: its
 * last 100; so a warm-up covers only the intervals they span) and then polls the public trades
 * ({@code MarketDataService.getTrades}) through the adapter, on its thread and rate budget, turning them into bars of
 * the interval ({@link XChangeBars}: a bar only once its interval closed, an interval without a trade makes no bar).
 * Trades beyond what one poll returns between two polls are not seen, so the poll period must be short against the
 * venue's trade rate. A market whose polls fail for three periods is stale in the risk layer until a poll succeeds.
 */
public final class XChangeLive implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XChangeLive.class);
    /** How long after an interval's end its bar waits for trades the venue reports late. */
    static final long GRACE_MS = 2_000;

    private final XChangeBinding binding;
    private final LiveFeed feed;
    private final List<XChangeBars> bars;
    private final long pollMillis;
    private final LongSupplier clock;
    private final long[] lastOk;
    private ScheduledExecutorService poller;
    private int warmupBars;

    private XChangeLive(XChangeBinding binding, LiveFeed feed, List<XChangeBars> bars, long pollMillis,
                        LongSupplier clock) {
        this.binding = binding;
        this.feed = feed;
        this.bars = bars;
        this.pollMillis = pollMillis;
        this.clock = clock;
        this.lastOk = new long[bars.size()];
    }

    /**
     * Creates the venue's XChange exchange and reads its instruments; nothing trades yet.
     *
     * @param venue      {@code coinbase}, {@code bybit} or {@code okx}
     * @param symbols    the venue's pairs as venue-xchange spells them ({@code BTC-USD}, {@code BTC-USDT}); a bare
     *                   base currency takes the venue's usual quote
     * @param options    sandbox / mainnet and the base URL
     * @param clock      wall clock (ms) that decides when an interval has closed
     */
    public static XChangeLive prepare(String venue, XChangeCredentials keys, XChangeVenue.Options options,
                                      List<String> symbols, String interval, double equityBandBps,
                                      long flattenDeadlineMs, Path dataDir, long pollMillis,
                                      XChangeExchange.Settings settings, LongSupplier clock) {
        long intervalMs = intervalMillis(interval);
        if ("bybit".equals(venue)) {
            throw new Main.UserError("bybit cannot run a live session on the XChange route: xchange-bybit 5.2.1 has no"
                    + " public trades (getTrades) to build bars from, and no client-id lookup to recover orders after a"
                    + " restart (venue-xchange/README.md)");
        }
        VenueProfile profile;
        Exchange xchange;
        try {
            profile = XChangeVenue.profile(venue);
            xchange = XChangeVenue.create(profile, keys, options);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(venue + ": " + e.getMessage());
        }
        RateBudget budget = RateBudget.of(profile);
        XChangeInstruments all;
        try {
            budget.acquire();
            xchange.remoteInit();
            all = XChangeInstruments.of(xchange.getExchangeMetaData());
        } catch (Exception e) {
            throw new Main.UserError(venue + ": the instruments could not be read: "
                    + XChangeErrorAdapter.classify(e).reason());
        }
        List<InstrumentSpec> specs = new ArrayList<>();
        List<XChangeBars> bars = new ArrayList<>();
        for (String s : symbols) {
            String symbol = pairOf(venue, s);
            var entry = all.bySymbol(symbol);
            if (entry.isEmpty() || !(entry.get().instrument() instanceof CurrencyPair)) {
                throw new Main.UserError(venue + " does not list the spot pair '" + s + "' (e.g. BTC-USD, BTC-USDT)");
            }
            specs.add(entry.get().spec());
            bars.add(new XChangeBars(entry.get().spec(), intervalMs, GRACE_MS));
        }
        XChangeBinding binding = new XChangeBinding(xchange, profile, budget, all, specs, dataDir, equityBandBps,
                flattenDeadlineMs, settings, i -> bars.get(i).lastPriceTicks());
        LiveFeed feed = new LiveFeed(venue + ":" + (options.baseUrl() != null ? options.baseUrl()
                : options.mainnet() ? "mainnet" : "sandbox") + ":" + interval,
                specs.stream().map(InstrumentSpec::symbol).toList());
        return new XChangeLive(binding, feed, bars, pollMillis, clock);
    }

    /**
     * The venue's keys: from {@code keyFile} when given ({@code apiKey=}, {@code secret=}, {@code passphrase=}; it must
     * lie outside any git checkout), else from the environment ({@code COINBASE_API_KEY}, {@code _SECRET},
     * {@code _PASSPHRASE}; {@code BYBIT_...}, {@code OKX_...}). Never logged.
     */
    public static XChangeCredentials credentials(String venue, Path keyFile) {
        VenueProfile profile;
        try {
            profile = XChangeVenue.profile(venue);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        if (keyFile == null) {
            return XChangeCredentials.fromEnv(profile, System.getenv()).orElseThrow(() -> new Main.UserError(
                    "no " + venue + " key: set " + profile.envPrefix() + "_API_KEY and _API_SECRET"
                            + (profile.needsPassphrase() ? " and _API_PASSPHRASE" : "") + ", or give --key-file"));
        }
        Path f = keyFile.toAbsolutePath().normalize();
        Path repo = f.getParent();
        while (repo != null && !java.nio.file.Files.exists(repo.resolve(".git"))) {
            repo = repo.getParent();
        }
        try {
            return XChangeCredentials.fromFile(f, repo);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new Main.UserError("no usable " + venue + " key in " + f + ": " + e.getMessage());
        }
    }

    /** A bare base currency ({@code BTC}) becomes the venue's usual pair ({@code BTC-USD} on Coinbase, else -USDT). */
    static String pairOf(String venue, String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT).replace('/', '-');
        return s.contains("-") ? s : s + ("coinbase".equals(venue) ? "-USD" : "-USDT");
    }

    /** {@code 1m}, {@code 5m}, {@code 1h} ... as milliseconds. */
    static long intervalMillis(String interval) {
        try {
            long n = Long.parseLong(interval.substring(0, interval.length() - 1));
            long unit = switch (interval.charAt(interval.length() - 1)) {
                case 'm' -> 60_000L;
                case 'h' -> 3_600_000L;
                case 'd' -> 86_400_000L;
                default -> throw new IllegalArgumentException();
            };
            if (n <= 0) {
                throw new IllegalArgumentException();
            }
            return n * unit;
        } catch (RuntimeException e) {
            throw new Main.UserError("unsupported --interval '" + interval + "' for the XChange route (e.g. 1m, 5m, 1h)");
        }
    }

    public XChangeBinding venue() {
        return binding;
    }

    public LiveFeed feed() {
        return feed;
    }

    /** Bars the warm-up got from the trades the venue served at {@link #connect}. */
    public int warmupBars() {
        return warmupBars;
    }

    /** Trades dropped because their interval's bar had been delivered already. */
    public long lateTrades() {
        return bars.stream().mapToLong(XChangeBars::late).sum();
    }

    /** Builds the warm-up bars, warms the session up and starts polling; call {@link PaperSession#start()} next. */
    public void connect(PaperSession live) {
        List<Bar> history = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            try {
                history.addAll(poll(i).get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                throw new Main.UserError(binding.name() + ": the trades of " + binding.symbols().get(i)
                        + " could not be read: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
            }
        }
        history.sort(Comparator.comparingLong(Bar::closeTime));
        history.forEach(feed::onBar);
        warmupBars = history.size();
        long historyEnd = history.isEmpty() ? Long.MIN_VALUE : history.get(history.size() - 1).closeTime();
        LOG.info("{}: {} warm-up bars from the public trades of {}, polling every {} ms", binding.name(),
                history.size(), binding.symbols(), pollMillis);
        RiskEngine risk = live.parts().risk;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xchange-bars-" + binding.name());
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> pollAll(risk), pollMillis, pollMillis, TimeUnit.MILLISECONDS);
        live.warmUpUntil(historyEnd);
    }

    private void pollAll(RiskEngine risk) {
        for (int i = 0; i < bars.size(); i++) {
            String symbol = binding.symbols().get(i);
            long now = clock.getAsLong();
            try {
                poll(i).get(60, TimeUnit.SECONDS).forEach(feed::onBar);
                if (lastOk[i] > 0 && now - lastOk[i] > 3 * pollMillis) {
                    LOG.info("{} market data live again: {}", binding.name(), symbol);
                }
                lastOk[i] = now;
                risk.setFeedStale(symbol, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (now - (lastOk[i] == 0 ? now : lastOk[i]) > 3 * pollMillis) {
                    LOG.warn("{} market data stale: {} ({}); no new risk on it", binding.name(), symbol,
                            e.getMessage());
                    risk.setFeedStale(symbol, true);
                }
            }
        }
    }

    /** One read of the instrument's public trades through the adapter: the bars that closed. */
    private java.util.concurrent.CompletableFuture<List<Bar>> poll(int i) {
        CurrencyPair pair = (CurrencyPair) binding.venueInstruments().bySymbol(binding.symbols().get(i)).orElseThrow()
                .instrument();
        return binding.exchange().read(x -> trades(x.getMarketDataService(), pair)).thenApply(trades -> {
            List<XChangeBars.Trade> out = new ArrayList<>();
            for (Trade t : trades.getTrades()) {
                if (t.getTimestamp() != null && t.getPrice() != null && t.getOriginalAmount() != null) {
                    String id = t.getId() != null ? t.getId() : t.getTimestamp().getTime() + ":" + t.getPrice()
                            + ":" + t.getOriginalAmount();
                    out.add(new XChangeBars.Trade(id, t.getTimestamp().getTime(), t.getPrice(),
                            t.getOriginalAmount()));
                }
            }
            synchronized (bars.get(i)) {
                return bars.get(i).add(out, clock.getAsLong());
            }
        });
    }

    /** The public trades: modules implement one of XChange's two {@code getTrades} (OKX the instrument one). */
    private static Trades trades(MarketDataService md, CurrencyPair pair) throws java.io.IOException {
        try {
            return md.getTrades((Instrument) pair);
        } catch (NotYetImplementedForExchangeException e) {
            return md.getTrades(pair);
        }
    }

    @Override
    public void close() {
        if (poller != null) {
            poller.shutdownNow();
        }
        binding.stop();
    }
}
