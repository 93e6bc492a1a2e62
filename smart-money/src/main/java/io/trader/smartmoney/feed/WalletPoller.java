package io.trader.smartmoney.feed;

import io.trader.core.port.TimeSource;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.data.ClearinghouseDecoder;
import io.trader.smartmoney.data.MalformedDataException;
import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.stream.HyperliquidException;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.vertx.core.Context;

/**
 * Reads the wallets the {@link PollSchedule} says are due: {@code clearinghouseState} over the venue's one
 * {@code /info} transport ({@link HyperliquidInfoRaw}, data lane, weight {@value SmartMoneyConfig#READ_WEIGHT}), so
 * smart money, market data and order reads share the IP's single {@code WeightBudget} and never exceed it together;
 * the schedule additionally paces smart money to its configured share. The transport retries 429, 5xx and timeouts
 * with backoff; a read still failing with 429 pauses the whole poller for {@link SmartMoneyConfig#rateLimitPause},
 * and a wallet whose read failed for such a passing reason is read again after that pause (a malformed answer waits
 * its tier's interval).
 * At most {@link SmartMoneyConfig#maxReadsInFlight} reads are outstanding.
 *
 * <p>Runs on one Vert.x context (the one passed in): the schedule, the sink calls and every callback happen there.
 */
public final class WalletPoller implements AutoCloseable {

    /** Where the answers go (called on the poller's context). */
    public interface Sink {
        void onState(WalletState state, TrackedWallet wallet);

        void onFailed(TrackedWallet wallet, String reason);
    }

    private final Context ctx;
    private final HyperliquidInfoRaw info;
    private final PollSchedule schedule;
    private final SmartMoneyConfig config;
    private final FeedMetrics metrics;
    private final TimeSource clock;
    private final Sink sink;
    private final ClearinghouseDecoder decoder = new ClearinghouseDecoder();
    private int inFlight;
    private long timer = -1;
    private boolean running;

    public WalletPoller(Context ctx, HyperliquidInfoRaw info, PollSchedule schedule, SmartMoneyConfig config,
                        FeedMetrics metrics, TimeSource clock, Sink sink) {
        if (ctx == null || info == null || schedule == null || config == null || metrics == null || clock == null
                || sink == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.ctx = ctx;
        this.info = info;
        this.schedule = schedule;
        this.config = config;
        this.metrics = metrics;
        this.clock = clock;
        this.sink = sink;
    }

    /** Starts polling. */
    public void start() {
        ctx.runOnContext(v -> {
            running = true;
            pump();
        });
    }

    /** Looks at the schedule again now (wallets changed, a stream went down). */
    public void wake() {
        ctx.runOnContext(v -> pump());
    }

    private void pump() {
        if (!running) {
            return;
        }
        if (timer != -1) {
            ctx.owner().cancelTimer(timer);
            timer = -1;
        }
        while (inFlight < config.maxReadsInFlight()) {
            PollSchedule.Next next = schedule.next(clock.millis());
            if (next instanceof PollSchedule.Next.Read r) {
                read(r.wallet());
            } else {
                long wait = ((PollSchedule.Next.Wait) next).millis();
                timer = ctx.owner().setTimer(Math.max(1, wait), id -> {
                    timer = -1;
                    pump();
                });
                return;
            }
        }
    }

    private void read(TrackedWallet w) {
        inFlight++;
        metrics.requests.incrementAndGet();
        metrics.weightUsed.addAndGet(SmartMoneyConfig.READ_WEIGHT);
        String body = "{\"type\":\"clearinghouseState\",\"user\":\"" + w.address() + "\"}";
        info.post(body, SmartMoneyConfig.READ_WEIGHT, HyperliquidInfoRaw.Lane.DATA).onComplete(ar -> {
            inFlight--;
            long now = clock.millis();
            if (ar.succeeded()) {
                WalletState state;
                try {
                    state = decoder.decode(w.address(), ar.result(), now);
                } catch (MalformedDataException e) {
                    metrics.malformedStates.incrementAndGet();
                    failed(w, "malformed clearinghouseState: " + e.getMessage());
                    pump();
                    return;
                }
                schedule.fresh(w.address(), now);
                metrics.restStates.incrementAndGet();
                if (running) {
                    sink.onState(state, w);
                }
            } else {
                metrics.readFailures.incrementAndGet();
                if (ar.cause() instanceof HyperliquidException e && e.retryable()) {
                    // 429, 5xx, timeout, connection: the transport's retries are spent; read it again after the pause
                    long until = now + config.rateLimitPause().toMillis();
                    if (e.kind() == HyperliquidException.Kind.RATE_LIMITED) {
                        metrics.rateLimited.incrementAndGet();
                        schedule.pause(until);
                    }
                    schedule.failed(w.address(), until);
                } else {
                    schedule.failed(w.address());
                }
                if (running) {
                    sink.onFailed(w, String.valueOf(ar.cause().getMessage()));
                }
            }
            pump();
        });
    }

    private void failed(TrackedWallet w, String reason) {
        metrics.readFailures.incrementAndGet();
        schedule.failed(w.address());
        if (running) {
            sink.onFailed(w, reason);
        }
    }

    /** Reads in flight (for tests and metrics; read it on the poller's context). */
    public int inFlight() {
        return inFlight;
    }

    /** Stops polling (reads in flight complete without reaching the sink). */
    @Override
    public void close() {
        ctx.runOnContext(v -> {
            running = false;
            if (timer != -1) {
                ctx.owner().cancelTimer(timer);
                timer = -1;
            }
        });
    }
}
