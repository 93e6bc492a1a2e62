package io.trader.app.venue;

import com.fasterxml.jackson.databind.JsonNode;
import io.trader.app.Main;
import io.trader.core.domain.InstrumentSpec;
import io.trader.venue.kraken.KrakenDto;
import io.trader.venue.kraken.KrakenRest;
import io.trader.venue.kraken.KrakenWire;
import io.trader.venue.kraken.MalformedCounter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Kraken session's instruments as Kraken lists them, read once from {@code AssetPairs} before anything else (the
 * live adapter and the candle polls need the scales and pair names).
 *
 * @param specs        the platform instruments, at the pairs' {@code pair_decimals} / {@code lot_decimals}
 * @param pairBySymbol Kraken's pair name (the key of OHLC answers) of each symbol, in the order given
 */
public record KrakenPairs(List<InstrumentSpec> specs, Map<String, String> pairBySymbol) {

    public KrakenPairs {
        specs = List.copyOf(specs);
        pairBySymbol = Collections.unmodifiableMap(new LinkedHashMap<>(pairBySymbol));
    }

    /**
     * Reads {@code AssetPairs} once on {@code rest} and finds each symbol's pair; a user error names a symbol Kraken
     * does not list or a read that failed.
     */
    public static KrakenPairs resolve(KrakenRest rest, String where, List<String> symbols) {
        Map<String, KrakenDto.Pair> all;
        try {
            JsonNode result = rest.publicGet("AssetPairs", Map.of()).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            all = KrakenWire.assetPairs(result, new MalformedCounter());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading Kraken's pairs", e);
        } catch (Exception e) {
            throw new Main.UserError("kraken: the pairs could not be read from " + where + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
        }
        List<InstrumentSpec> specs = new ArrayList<>();
        Map<String, String> pairBySymbol = new LinkedHashMap<>();
        for (String symbol : symbols) {
            KrakenDto.Pair p = find(all, symbol);
            if (p == null) {
                throw new Main.UserError("kraken does not list '" + symbol + "' (e.g. XBTUSDT, ETHUSDT)");
            }
            specs.add(new InstrumentSpec(symbol, p.pairDecimals(), p.lotDecimals()));
            pairBySymbol.put(symbol, p.name());
        }
        return new KrakenPairs(specs, pairBySymbol);
    }

    private static KrakenDto.Pair find(Map<String, KrakenDto.Pair> pairs, String symbol) {
        String s = symbol.toUpperCase(Locale.ROOT);
        for (KrakenDto.Pair p : pairs.values()) {
            if (p.name().equalsIgnoreCase(s) || p.altname().equalsIgnoreCase(s)
                    || p.altname().equalsIgnoreCase(s.replace("BTC", "XBT"))
                    || p.wsname() != null && p.wsname().replace("/", "").equalsIgnoreCase(s)) {
                return p;
            }
        }
        return null;
    }
}
