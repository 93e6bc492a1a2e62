package io.trader.core.event;

/**
 * The account at one point in time, all money in cash units ({@link io.trader.core.domain.Money}).
 *
 * @param time          epoch ms
 * @param equity        cash plus positions at last prices
 * @param cash          cash balance
 * @param realizedPnl   realised P&L since start, after fees
 * @param unrealizedPnl open positions at last prices against their entry
 * @param fees          fees paid since start
 * @param grossExposure sum of absolute position notionals
 * @param peakEquity    highest equity seen
 * @param drawdown      1 - equity / peakEquity (0 at a new high)
 */
public record EquityPoint(long time, long equity, long cash, long realizedPnl, long unrealizedPnl, long fees,
                          long grossExposure, long peakEquity, double drawdown) {
}
