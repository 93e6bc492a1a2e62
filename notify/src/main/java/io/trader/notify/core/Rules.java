package io.trader.notify.core;

/**
 * The manager's rules.
 *
 * @param dedupWindowMs       an alert whose dedup key was sent less than this ago is not sent again (0: off)
 * @param groupWindowMs       after an alert of a group is sent, the group's further alerts for this long are held
 *                            and sent as one summary with their count when it ends (0: off)
 * @param perChannelPerMinute most notifications one channel sends in any 60 s
 * @param totalPerMinute      most notifications (over all channels, counted once each) in any 60 s
 * @param historyCapacity     alerts kept in the history, newest; the oldest are forgotten
 */
public record Rules(long dedupWindowMs, long groupWindowMs, int perChannelPerMinute, int totalPerMinute,
                    int historyCapacity) {

    public Rules {
        if (dedupWindowMs < 0 || groupWindowMs < 0 || perChannelPerMinute < 1 || totalPerMinute < 1
                || historyCapacity < 1) {
            throw new IllegalArgumentException("rules need windows >= 0, rate limits >= 1 and a history >= 1");
        }
    }
}
