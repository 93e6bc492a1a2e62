package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** JSON shapes of the HTTP API. Money and quantities are decimal strings: exact, never binary doubles. */
public final class Views {

    private Views() {
    }

    @Serdeable
    public record Status(String mode, String session, String state, String venue, List<String> instruments,
                         long barsProcessed, @Nullable String lastBarTime, String equity,
                         KillSwitch killSwitch, boolean breakerHalted, List<String> breakers, String startedAt,
                         @Nullable String source) {
    }

    /**
     * @param avgEntryPrice |entry cost| / |quantity|, half-even at six decimals beyond the tick ("0.00" when flat)
     * @param entryCost     the exact signed notional paid for the open position (negative for a short)
     */
    @Serdeable
    public record Position(String instrument, String quantity, String avgEntryPrice, String entryCost,
                           @Nullable String lastPrice, String notional, String venue) {

        /** A position of the session's only venue is named by the session; {@link #venue} says which. */
        public Position(String instrument, String quantity, String avgEntryPrice, String entryCost,
                        @Nullable String lastPrice, String notional) {
            this(instrument, quantity, avgEntryPrice, entryCost, lastPrice, notional, "");
        }

        public Position withVenue(String v) {
            return new Position(instrument, quantity, avgEntryPrice, entryCost, lastPrice, notional, v);
        }
    }

    @Serdeable
    public record Order(String clientId, String instrument, String side, String type, String quantity,
                        @Nullable String limitPrice, String status, String filledQuantity,
                        @Nullable String avgFillPrice, String decisionTime, String updatedTime, String reason,
                        String parentId, String venue) {

        public Order(String clientId, String instrument, String side, String type, String quantity,
                     @Nullable String limitPrice, String status, String filledQuantity, @Nullable String avgFillPrice,
                     String decisionTime, String updatedTime, String reason, String parentId) {
            this(clientId, instrument, side, type, quantity, limitPrice, status, filledQuantity, avgFillPrice,
                    decisionTime, updatedTime, reason, parentId, "");
        }

        public Order withVenue(String v) {
            return new Order(clientId, instrument, side, type, quantity, limitPrice, status, filledQuantity,
                    avgFillPrice, decisionTime, updatedTime, reason, parentId, v);
        }
    }

    /**
     * A parent order: working (status WORKING, its fills so far) or ended (DONE, CANCELLED, EXPIRED) with its
     * execution quality; prices and quantities are exact decimals, bps are numbers (null when nothing filled).
     */
    @Serdeable
    public record ParentOrder(String parentId, String instrument, String side, String quantity, String algorithm,
                              String status, String filledQuantity, int decisions, int children,
                              String createdTime, String deadlineTime, String reason,
                              @Nullable String arrivalPrice, @Nullable String avgFillPrice,
                              @Nullable Double shortfallBps, @Nullable Double vsTwapBps,
                              @Nullable Double participation, @Nullable String endTime, @Nullable String endReason) {
    }

    @Serdeable
    public record Pnl(String equity, String cash, String realizedPnl, String unrealizedPnl, String fees,
                      String grossExposure, String peakEquity, double drawdown, @Nullable String time) {
    }

    @Serdeable
    public record KillSwitch(boolean engaged, @Nullable String reason, @Nullable String since, boolean flatten) {
    }

    @Serdeable
    public record Error(String error, String reason) {
    }

    @Serdeable
    public record Health(String status, Map<String, String> details) {
    }

    @Serdeable
    public record Breaker(String name, boolean tripped, @Nullable String detail, @Nullable String since) {
    }

    @Serdeable
    public record Breakers(boolean halted, List<Breaker> breakers) {
    }
}
