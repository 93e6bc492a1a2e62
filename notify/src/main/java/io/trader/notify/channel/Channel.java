package io.trader.notify.channel;

import io.trader.notify.core.Notification;

/**
 * A place notifications go: one attempt per call, on the caller's thread ({@link ChannelWorker} calls it on its own
 * thread and retries). Its URL or password is a secret: {@link #describe()} and {@code toString()} show only the kind
 * and the host.
 */
public interface Channel {

    /** The channel's name in settings, metrics and routes, e.g. {@code slack}. */
    String name();

    /** Kind and host only, e.g. {@code slack(hooks.slack.com)}: safe to log. */
    String describe();

    /** One attempt to send {@code n}. Never throws: a failure is a {@link Delivery}. */
    Delivery send(Notification n);
}
