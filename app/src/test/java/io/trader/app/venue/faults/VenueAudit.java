package io.trader.app.venue.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trader.fake.hyperliquid.SimulatedExchange;
import io.trader.fake.hyperliquid.SimulatedOrderView;
import io.trader.venue.hyperliquid.exec.Cloid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants every scenario ends with, comparing the venue (the simulated account) with the trader:
 * <ol>
 *   <li>0 duplicated orders at the venue: every cloid is unique;</li>
 *   <li>0 lost orders: every order of the session is known to the venue, or ended REJECTED with a reason (an order
 *       left NEW that the venue never saw is reported apart: never sent, never closed); and the venue holds no
 *       order of this account the session does not know;</li>
 *   <li>local fills == venue fills: the same trade ids with the same prices and sizes;</li>
 *   <li>the store's order statuses follow the venue's (a venue-filled order is FILLED in the store, an order
 *       still open at the venue is not terminal in the store);</li>
 *   <li>local position == venue position;</li>
 *   <li>local equity within {@link #EQUITY_TOLERANCE} of the venue's account value, both marked at the same
 *       price (the audit moves the venue mid to the session's last mark first). Why 0.05 USD: the fake charges no
 *       funding and rounds each fee to 10^-6 USD while the trader keeps 10^-8, so an exactly-once ledger agrees
 *       to well under a cent over these runs; a single missed or doubled fill moves equity by at least its fee
 *       (about 0.45 USD at 10,000 USD notional and 4.5 bps) or by its whole price difference.</li>
 *   <li>after a kill switch with flatten: the venue is flat with no open orders.</li>
 * </ol>
 */
final class VenueAudit {

    static final BigDecimal EQUITY_TOLERANCE = new BigDecimal("0.05");
    private static final ObjectMapper JSON = new ObjectMapper();

    private VenueAudit() {
    }

    /** A venue fill row. */
    record VenueFill(String id, BigDecimal price, BigDecimal size) {
    }

    static List<VenueFill> venueFills(SimulatedExchange sim) {
        List<VenueFill> out = new ArrayList<>();
        for (String row : sim.fills()) {
            try {
                JsonNode f = JSON.readTree(row);
                out.add(new VenueFill("hl-" + f.path("tid").asLong(), new BigDecimal(f.path("px").asText()),
                        new BigDecimal(f.path("sz").asText())));
            } catch (Exception e) {
                throw new IllegalStateException("unreadable venue fill " + row, e);
            }
        }
        return out;
    }

    static BigDecimal venueAccountValue(SimulatedExchange sim) {
        String answer = sim.answerInfo(JSON.createObjectNode().put("type", "clearinghouseState")
                .put("user", sim.user())).orElseThrow();
        try {
            return new BigDecimal(JSON.readTree(answer).path("marginSummary").path("accountValue").asText());
        } catch (Exception e) {
            throw new IllegalStateException("unreadable clearinghouseState " + answer, e);
        }
    }

    /**
     * Audits {@code local} against {@code sim}. {@code flattenMillis} is the flatten latency, -1 when the scenario
     * did not flatten, {@code Long.MAX_VALUE} when the flatten did not finish.
     */
    static MatrixRow audit(String scenario, SimulatedExchange sim, LocalView local, long flattenMillis,
                           String notes) {
        List<String> failures = new ArrayList<>();
        List<SimulatedOrderView> venueOrders = sim.orders();
        Map<String, Integer> cloids = new HashMap<>();
        Map<String, SimulatedOrderView> byCloid = new HashMap<>();
        for (SimulatedOrderView o : venueOrders) {
            if (o.cloid() != null) {
                cloids.merge(o.cloid(), 1, Integer::sum);
                byCloid.put(o.cloid(), o);
            }
        }
        long dups = cloids.values().stream().filter(n -> n > 1).count();
        if (dups > 0) {
            failures.add(dups + " cloids duplicated at the venue");
        }
        int rejected = 0;
        List<String> lost = new ArrayList<>();
        List<String> stuck = new ArrayList<>();
        Set<String> localCloids = new HashSet<>();
        for (LocalView.Order o : local.orders()) {
            String cloid = Cloid.fromClientOrderId(o.clientId()).hex();
            localCloids.add(cloid);
            if ("REJECTED".equals(o.status())) {
                rejected++;
                if (o.reason() == null || o.reason().isBlank()) {
                    lost.add(o.clientId() + " REJECTED without a reason");
                }
            } else if (!byCloid.containsKey(cloid) && "NEW".equals(o.status())) {
                stuck.add(o.clientId());
            } else if (!byCloid.containsKey(cloid)) {
                lost.add(o.clientId() + " " + o.status() + " unknown to the venue");
            }
        }
        long orphans = byCloid.keySet().stream().filter(c -> !localCloids.contains(c)).count();
        if (!lost.isEmpty()) {
            failures.add(lost.size() + " lost orders (" + String.join(", ", lost.subList(0, Math.min(3, lost.size())))
                    + ")");
        }
        if (!stuck.isEmpty()) {
            failures.add(stuck.size() + " orders left NEW that never reached the venue nor ended REJECTED ("
                    + String.join(", ", stuck.subList(0, Math.min(3, stuck.size()))) + "; the store on "
                    + stuck.get(0) + ": " + local.storeDetail().getOrDefault(stuck.get(0), "no row") + ")");
        }
        if (orphans > 0) {
            failures.add(orphans + " venue orders the session does not know");
        }
        List<VenueFill> vf = venueFills(sim);
        int fillDiffs = 0;
        List<String> fillNotes = new ArrayList<>();
        Set<String> venueIds = new HashSet<>();
        for (VenueFill f : vf) {
            venueIds.add(f.id());
            LocalView.Fill l = local.fills().get(f.id());
            if (l == null) {
                fillDiffs++;
                fillNotes.add(f.id() + " missing locally");
            } else if (l.price().compareTo(f.price()) != 0 || l.size().compareTo(f.size()) != 0) {
                fillDiffs++;
                fillNotes.add(f.id() + " " + l.size() + "@" + l.price() + " vs venue " + f.size() + "@" + f.price());
            }
        }
        for (String id : local.fills().keySet()) {
            if (!venueIds.contains(id)) {
                fillDiffs++;
                fillNotes.add(id + " not at the venue");
            }
        }
        if (fillDiffs > 0) {
            failures.add(fillDiffs + " fill differences (" + String.join(", ",
                    fillNotes.subList(0, Math.min(3, fillNotes.size()))) + ")");
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> e : local.storeStatus().entrySet()) {
            SimulatedOrderView v = byCloid.get(Cloid.fromClientOrderId(e.getKey()).hex());
            if (v == null) {
                continue;
            }
            boolean storeTerminal = Set.of("FILLED", "CANCELLED", "REJECTED").contains(e.getValue());
            if ("filled".equals(v.status()) && !"FILLED".equals(e.getValue())
                    || v.open() && storeTerminal || !v.open() && !storeTerminal) {
                stale.add(e.getKey() + " " + e.getValue() + " vs venue " + v.status());
            }
        }
        if (!stale.isEmpty()) {
            failures.add(stale.size() + " stale store statuses (" + String.join(", ",
                    stale.subList(0, Math.min(3, stale.size()))) + ")");
        }
        BigDecimal venuePos = sim.position(FaultRig.COIN);
        if (local.position().compareTo(venuePos) != 0) {
            failures.add("position " + local.position().toPlainString() + " locally, " + venuePos.toPlainString()
                    + " at the venue");
        }
        BigDecimal venueEquity = venueAccountValue(sim);
        BigDecimal diff = local.equity().subtract(venueEquity).abs();
        if (diff.compareTo(EQUITY_TOLERANCE) > 0) {
            failures.add("equity " + local.equity().toPlainString() + " locally, " + venueEquity.toPlainString()
                    + " at the venue (off by " + diff.toPlainString() + ")");
        }
        if (flattenMillis == Long.MAX_VALUE) {
            failures.add("flatten did not finish: venue position " + venuePos.toPlainString() + ", "
                    + sim.openOrders().size() + " open orders");
        } else if (flattenMillis >= 0 && (venuePos.signum() != 0 || !sim.openOrders().isEmpty())) {
            failures.add("after the flatten the venue holds " + venuePos.toPlainString() + " and "
                    + sim.openOrders().size() + " open orders");
        }
        return new MatrixRow(scenario, venueOrders.size(), local.orders().size(), rejected, vf.size(),
                local.fills().size(), local.position(), venuePos, local.equity(), venueEquity, flattenMillis,
                failures, notes);
    }
}
