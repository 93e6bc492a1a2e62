package io.trader.fake.binance;

/**
 * One declared rate limit of the fake, served in {@code exchangeInfo.rateLimits} and enforced exactly.
 *
 * @param type        REQUEST_WEIGHT or ORDERS
 * @param interval    SECOND, MINUTE or DAY
 */
public record FakeLimit(String type, String interval, int intervalNum, long limit) {

    public long windowMillis() {
        long unit = switch (interval) {
            case "SECOND" -> 1_000L;
            case "MINUTE" -> 60_000L;
            case "HOUR" -> 3_600_000L;
            case "DAY" -> 86_400_000L;
            default -> throw new IllegalArgumentException(interval);
        };
        return unit * intervalNum;
    }

    /** {@code X-MBX-USED-WEIGHT-1M} / {@code X-MBX-ORDER-COUNT-10S}. */
    public String header() {
        String suffix = intervalNum + interval.substring(0, 1);
        return type.equals("ORDERS") ? "X-MBX-ORDER-COUNT-" + suffix : "X-MBX-USED-WEIGHT-" + suffix;
    }
}
