package io.trader.app.cli;

import io.trader.app.Main;
import io.trader.app.config.TraderSettings;
import io.trader.app.paper.BarFeed;
import io.trader.app.paper.MergedFeed;
import io.trader.app.paper.PaperSession;
import io.trader.app.paper.VenueBinding;
import io.trader.app.venue.BinanceLive;
import io.trader.app.venue.HyperliquidConnection;
import io.trader.app.venue.HyperliquidMarketData;
import io.trader.app.venue.HyperliquidVenue;
import io.trader.app.venue.KrakenLive;
import io.trader.app.venue.LiveWiring;
import io.trader.app.venue.MultiVenueBinding;
import io.trader.app.venue.XChangeLive;
import io.trader.core.port.MarketContextSource;
import io.trader.venue.binance.BinanceConfig;
import io.trader.venue.binance.BinanceKeyLoader;
import io.trader.venue.binance.BinanceSigner;
import io.trader.venue.hyperliquid.HyperliquidConfig;
import io.trader.venue.hyperliquid.HyperliquidKeyLoader;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.kraken.KrakenConfig;
import io.trader.venue.kraken.KrakenKeyLoader;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.xchange.XChangeExchange;
import io.trader.venue.xchange.XChangeVenue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The live venues of a session, built the one way for one venue or several: each venue family becomes a
 * {@link Part} (its binding, its bar feed, how it connects to the session, how it closes); several parts become one
 * session through {@link MultiVenueBinding} (orders routed by instrument, one flatten over every venue) and a
 * {@link MergedFeed}. Keys come from each venue's key file ({@code --key-file} for one venue,
 * {@code --venue-key-file NAME=FILE} for several) or its environment variables.
 */
final class LiveVenues {

    private LiveVenues() {
    }

    /** What one venue brings to a live session. */
    record Part(String venue, VenueBinding binding, BarFeed feed, Map<String, MarketContextSource> aux,
                Consumer<PaperSession> connect, AutoCloseable closer) {
    }

    /** The session-wide choices every venue's part is built with; {@code keyFiles} by venue (else environment). */
    record Options(TraderSettings settings, boolean mainnet, String interval, int warmupBars,
                   Map<String, Path> keyFiles) {

        Path keyFile(String venue) {
            return keyFiles.get(venue);
        }
    }

    /** The venue's part trading {@code symbols}; {@code baseUrl} null for the venue's default (testnet). */
    static Part open(String venue, List<String> symbols, String baseUrl, Options o) throws Exception {
        return switch (venue) {
            case Venues.BINANCE -> binance(symbols, baseUrl, o);
            case Venues.KRAKEN -> kraken(symbols, baseUrl, o);
            case Venues.COINBASE, Venues.BYBIT, Venues.OKX -> xchange(venue, symbols, baseUrl, o);
            default -> hyperliquid(symbols, baseUrl, o);
        };
    }

    /** The session's binding: the part's own, or every part's behind one {@link MultiVenueBinding}. */
    static VenueBinding binding(List<Part> parts, TraderSettings settings) {
        if (parts.size() == 1) {
            return parts.get(0).binding();
        }
        try {
            return new MultiVenueBinding(parts.stream().map(Part::binding).toList(),
                    settings.integer("trader.venue.flatten-deadline-ms"));
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
    }

    /** The session's bars: the part's feed, or every part's merged in time order. */
    static BarFeed feed(List<Part> parts) {
        return parts.size() == 1 ? parts.get(0).feed() : new MergedFeed(parts.stream().map(Part::feed).toList());
    }

    /** Every part's auxiliary-data sources, by symbol. */
    static Map<String, MarketContextSource> aux(List<Part> parts) {
        Map<String, MarketContextSource> out = new LinkedHashMap<>();
        parts.forEach(p -> out.putAll(p.aux()));
        return out;
    }

    /** Closes every part, the last opened first; the first failure is rethrown after all were tried. */
    static AutoCloseable closeAll(List<Part> parts) {
        return () -> {
            Exception first = null;
            for (int i = parts.size() - 1; i >= 0; i--) {
                try {
                    parts.get(i).closer().close();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        };
    }

    private static Part hyperliquid(List<String> coins, String baseUrl, Options o) throws Exception {
        HyperliquidConfig config = o.mainnet() ? HyperliquidConfig.mainnet(true) : HyperliquidConfig.testnet();
        if (baseUrl != null) {
            config = config.withBaseUrl(baseUrl);
        }
        Network network = o.mainnet() ? Network.MAINNET : Network.TESTNET;
        HyperliquidSigner signer;
        try {
            signer = HyperliquidKeyLoader.fromEnvironment().load(network, o.keyFile(Venues.HYPERLIQUID), null,
                    NonceSource.of(System::currentTimeMillis));
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable key for " + network + ": " + e.getMessage());
        }
        System.err.println("live on hyperliquid " + network + " (" + config.baseUrl() + ") as " + signer.address());
        TraderSettings settings = o.settings();
        HyperliquidConnection connection = HyperliquidConnection.of(config.baseUrl(), settings);
        HyperliquidMarketData md = HyperliquidMarketData.open(connection, coins, o.interval());
        HyperliquidVenue hl = new HyperliquidVenue(md.vertx(), connection, config, signer,
                coins.stream().map(md::spec).toList(), settings.dbl("trader.venue.equity-band-bps"),
                settings.integer("trader.venue.flatten-deadline-ms"));
        return new Part(Venues.HYPERLIQUID, hl, md.feed(),
                md.liveAux(symbol -> io.trader.app.zoo.AuxSources.aligner(settings, symbol)).sources(),
                live -> LiveWiring.connect(md, hl, live, o.warmupBars()), md);
    }

    /** Kraken spot. Kraken has no sandbox: api.kraken.com needs --mainnet; otherwise a base URL is required. */
    private static Part kraken(List<String> symbols, String baseUrl, Options o) throws Exception {
        if (o.mainnet() == (baseUrl != null)) {
            throw new Main.UserError(o.mainnet() ? "--mainnet trades on api.kraken.com; a base URL is for local servers"
                    : "kraken has no sandbox: give its base URL (e.g. a local fake) or --mainnet for api.kraken.com");
        }
        KrakenConfig config;
        try {
            config = o.mainnet() ? KrakenConfig.mainnet(true, "USDT") : KrakenConfig.local(baseUrl, "USDT");
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("kraken: " + e.getMessage());
        }
        KrakenSigner signer;
        try {
            signer = KrakenKeyLoader.fromSystem().load(o.keyFile(Venues.KRAKEN));
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable kraken key: " + e.getMessage());
        }
        System.err.println("live on kraken " + (o.mainnet() ? "MAINNET" : "local") + " (" + config.baseUrl() + ")");
        KrakenLive kraken = KrakenLive.prepare(config, signer, symbols, o.interval(),
                o.settings().dbl("trader.venue.equity-band-bps"),
                o.settings().integer("trader.venue.flatten-deadline-ms"), Path.of(o.settings().raw("trader.data-dir")),
                PaperCommand.KRAKEN_POLL_MS);
        return new Part(Venues.KRAKEN, kraken.venue(), kraken.feed(), Map.of(),
                live -> kraken.connect(live, o.warmupBars()), kraken);
    }

    /** Coinbase Exchange, Bybit or OKX spot through venue-xchange (sandbox / testnet / demo unless --mainnet). */
    private static Part xchange(String venue, List<String> symbols, String baseUrl, Options o) {
        if (o.mainnet() && baseUrl != null) {
            throw new Main.UserError("--mainnet trades on " + venue + "'s own API; a base URL is for local fakes");
        }
        var keys = XChangeLive.credentials(venue, o.keyFile(venue));
        var options = new XChangeVenue.Options(o.mainnet(), baseUrl, false, 10_000);
        System.err.println("live on " + venue + " " + (o.mainnet() ? "MAINNET" : baseUrl != null ? baseUrl
                : "sandbox") + " through XChange");
        XChangeLive x = XChangeLive.prepare(venue, keys, options, symbols, o.interval(),
                o.settings().dbl("trader.venue.equity-band-bps"),
                o.settings().integer("trader.venue.flatten-deadline-ms"), Path.of(o.settings().raw("trader.data-dir")),
                1_000, XChangeExchange.Settings.DEFAULT, System::currentTimeMillis);
        return new Part(venue, x.venue(), x.feed(), Map.of(), x::connect, x);
    }

    /** Binance spot (testnet unless --mainnet). */
    private static Part binance(List<String> symbols, String baseUrl, Options o) throws Exception {
        if (o.mainnet() && baseUrl != null) {
            throw new Main.UserError("--mainnet trades on api.binance.com; a base URL is for testnets and local fakes");
        }
        BinanceConfig config;
        try {
            config = baseUrl == null ? BinanceConfig.of(o.mainnet()) : BinanceConfig.local(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError("binance: " + e.getMessage() + " (mainnet needs --mainnet and no base URL)");
        }
        BinanceSigner signer;
        try {
            signer = BinanceKeyLoader.fromEnvironment().load(o.keyFile(Venues.BINANCE));
        } catch (RuntimeException e) {
            throw new Main.UserError("no usable binance key: " + e.getMessage());
        }
        System.err.println("live on binance " + (o.mainnet() ? "MAINNET" : "testnet") + " (" + config.baseUrl() + ")");
        BinanceLive binance = BinanceLive.prepare(config, signer, symbols, o.interval(),
                o.settings().dbl("trader.venue.equity-band-bps"), System::currentTimeMillis);
        return new Part(Venues.BINANCE, binance.venue(), binance.feed(), Map.of(),
                live -> binance.connect(live, o.warmupBars(), null), binance);
    }

    /**
     * Splits {@code venue:SYMBOL} entries by venue, in the order the venues are named; every entry must name one of
     * {@code venues}, and every venue must get at least one symbol.
     */
    static Map<String, List<String>> symbolsByVenue(List<String> venues, List<String> entries) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        venues.forEach(v -> out.put(v, new ArrayList<>()));
        if (entries == null) {
            throw new Main.UserError("several venues need --symbols as venue:SYMBOL, e.g. hyperliquid:BTC,binance:ETHUSDT");
        }
        for (String e : entries) {
            int colon = e.indexOf(':');
            String v = colon > 0 ? e.substring(0, colon) : "";
            if (!out.containsKey(v) || colon == e.length() - 1) {
                throw new Main.UserError("--symbols entry '" + e + "' must be venue:SYMBOL with a venue of --venue "
                        + venues);
            }
            out.get(v).add(e.substring(colon + 1));
        }
        out.forEach((v, s) -> {
            if (s.isEmpty()) {
                throw new Main.UserError("venue " + v + " has no symbol in --symbols");
            }
        });
        return out;
    }
}
