package io.trader.smartmoney.data;

/** Why {@link LeaderboardReader} dropped a leaderboard row (counted per reason, never silently). */
public enum RowReject {
    /** The element of {@code leaderboardRows} is not a JSON object. */
    NOT_AN_OBJECT,
    /** {@code ethAddress} missing or not {@code 0x} + 40 hex digits. */
    BAD_ADDRESS,
    /** {@code accountValue} missing or null. */
    MISSING_ACCOUNT_VALUE,
    /** A money or ratio field that is not a decimal number (e.g. {@code "abc"}, {@code "NaN"}). */
    NOT_A_NUMBER,
    /** A {@code windowPerformances} entry that is not {@code [name, {pnl, roi, vlm}]} with valid figures. */
    BAD_WINDOW
}
