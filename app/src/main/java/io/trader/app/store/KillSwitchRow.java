package io.trader.app.store;

/**
 * The persisted kill switch (one row for the whole database).
 *
 * @param engaged     true while trading is halted
 * @param reason      why it was engaged or reset
 * @param sinceMillis when it changed to its current state (epoch ms)
 * @param flatten     positions are to be closed while engaged
 * @param updatedAt   when the row was written (database clock, epoch ms)
 */
public record KillSwitchRow(boolean engaged, String reason, long sinceMillis, boolean flatten, long updatedAt) {
}
