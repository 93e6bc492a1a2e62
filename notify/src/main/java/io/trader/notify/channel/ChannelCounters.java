package io.trader.notify.channel;

/**
 * One channel's counts since start.
 *
 * @param delivered      notifications the endpoint accepted
 * @param attemptsFailed attempts that failed (each retry that failed counts)
 * @param givenUp        notifications dropped after the last retry, or at once on a failure a retry would not fix
 * @param queueDropped   notifications dropped because the channel's queue was full
 * @param queued         notifications waiting now
 */
public record ChannelCounters(long delivered, long attemptsFailed, long givenUp, long queueDropped, int queued) {
}
