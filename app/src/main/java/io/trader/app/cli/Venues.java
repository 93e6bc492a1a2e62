package io.trader.app.cli;

import io.trader.app.Main;

import java.util.List;

/** The venues the CLI's live, paper and download commands speak, and their default instruments. */
final class Venues {

    static final String HYPERLIQUID = "hyperliquid";
    static final String BINANCE = "binance";
    static final String KRAKEN = "kraken";
    /** Venues with paper sessions and downloads (market data of their own). */
    static final List<String> ALL = List.of(HYPERLIQUID, BINANCE, KRAKEN);
    static final String COINBASE = "coinbase";
    static final String BYBIT = "bybit";
    static final String OKX = "okx";
    /**
     * Venues a live session can trade on: those of {@link #ALL}, and Coinbase Exchange, Bybit and OKX through
     * XChange (live only, on bars built from their public trades; Bybit is refused with the reason).
     */
    static final List<String> LIVE = List.of(HYPERLIQUID, BINANCE, KRAKEN, COINBASE, BYBIT, OKX);

    private Venues() {
    }

    /** Refuses an unknown venue with the list of allowed ones. */
    static void check(String venue) {
        if (!ALL.contains(venue)) {
            throw new Main.UserError("unsupported venue '" + venue + "' (supported: " + String.join(", ", ALL) + ")");
        }
    }

    /** Refuses a venue {@code live} cannot trade on, with the list of allowed ones. */
    static void checkLive(String venue) {
        if (!LIVE.contains(venue)) {
            throw new Main.UserError("unsupported venue '" + venue + "' (supported: " + String.join(", ", LIVE) + ")");
        }
    }

    /** Instruments of a live feed when none are given: BTC and ETH in the venue's spelling. */
    static List<String> defaultInstruments(String venue) {
        return switch (venue) {
            case BINANCE -> List.of("BTCUSDT", "ETHUSDT");
            case KRAKEN -> List.of("XBTUSDT", "ETHUSDT");
            default -> List.of("BTC", "ETH");
        };
    }
}
