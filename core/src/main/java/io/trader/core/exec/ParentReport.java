package io.trader.core.exec;

/**
 * How a parent order ended, with its execution quality (prices in ticks as decimals of the instrument's tick;
 * shortfall positive = cost).
 *
 * @param parent              the parent
 * @param status              DONE (all filled), CANCELLED (kill switch, reversal, risk refusal) or EXPIRED (its
 *                            deadline passed with a remainder)
 * @param filledLots          lots filled by its children
 * @param arrivalTicks        the last price when it was created (the arrival benchmark)
 * @param averageTicks        average fill price (NaN when nothing filled)
 * @param shortfallBps        cost of the average fill vs the arrival price, in bps (NaN when nothing filled)
 * @param vsTwapBps           cost vs the TWAP of the prices seen at its decisions, in bps (NaN when nothing filled)
 * @param participation       filled quantity over the market volume traded during its life (NaN when unknown)
 * @param children            child orders sent
 * @param endMillis           time it ended
 * @param reason              why it ended
 */
public record ParentReport(ParentOrder parent, Status status, long filledLots, long arrivalTicks,
                           double averageTicks, double shortfallBps, double vsTwapBps, double participation,
                           int children, long endMillis, String reason) {

    public enum Status { DONE, CANCELLED, EXPIRED }
}
