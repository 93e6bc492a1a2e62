package io.trader.app.engine;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The session's applied-fill ledgers: one for a single-venue session, one per venue in a multi-venue session (each
 * venue has its own fill window on its own clock and its own equity baseline), with each instrument's venue.
 * Engine thread only.
 */
final class FillLedgers {

    /** The source name of an instrument's last price when the session has one venue. */
    static final String SESSION = "session";

    private final AppliedFills single = new AppliedFills();
    private final Map<String, AppliedFills> byVenue = new TreeMap<>();
    private Map<String, String> venueBySymbol = Map.of();

    /** Gives each venue of {@code venueBySymbol} a ledger keeping {@code capacity} fills. */
    void useVenues(Map<String, String> venueBySymbol, int capacity) {
        this.venueBySymbol = Map.copyOf(venueBySymbol);
        for (String venue : new TreeSet<>(venueBySymbol.values())) {
            AppliedFills ledger = new AppliedFills();
            ledger.keep(capacity);
            byVenue.put(venue, ledger);
        }
    }

    /** The session's only ledger (or the default one of a multi-venue session). */
    AppliedFills single() {
        return single;
    }

    /** The ledger of {@code venue}; the single one when it has none of its own. */
    AppliedFills ofVenue(String venue) {
        return byVenue.getOrDefault(venue, single);
    }

    /** The ledger an instrument's fills go to. */
    AppliedFills ofSymbol(String symbol) {
        String venue = venueBySymbol.get(symbol);
        return venue == null ? single : ofVenue(venue);
    }

    /** The venue an instrument's prices come from, {@link #SESSION} in a single-venue session. */
    String venueOf(String symbol) {
        return venueBySymbol.getOrDefault(symbol, SESSION);
    }

    Map<String, AppliedFills> byVenue() {
        return byVenue;
    }

    void restore(EngineMemory memory) {
        single.restore(memory.appliedFills());
        byVenue.forEach((venue, ledger) -> ledger.restore(memory.venueFills().get(venue)));
    }
}
