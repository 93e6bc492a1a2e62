package io.trader.smartmoney.feed;

import io.trader.core.port.TimeSource;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WalletSelection;
import io.trader.smartmoney.data.WalletState;
import io.trader.venue.hyperliquid.stream.HyperliquidInfoRaw;
import io.trader.venue.hyperliquid.stream.HyperliquidResilience;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The smart-money feed: reads the leaderboard every {@link SmartMoneyConfig#leaderboardRefresh} into the tracked
 * wallets ({@link LeaderboardClient} and the caller's {@link WalletSelection}), plans their reads
 * ({@link PollSchedule}: WebSocket slots for the best Tier 1 wallets, paced REST polling for the rest), runs the
 * {@link WalletPoller} and the {@link UserStreams}, and tells a {@link SmartMoneyListener} about the wallets and
 * every fresh state. A failed leaderboard read keeps the previous wallets (and a read with no valid row counts as
 * failed). Counters in {@link #metrics}.
 *
 * <p>The REST reads go through the {@link HyperliquidInfoRaw} passed in; give it the session's shared
 * {@code WeightBudget} (its own instance, so its 429 and retry counters are smart money's) so data, orders and smart
 * money never exceed the IP's budget together. The WebSocket goes to the same endpoint's {@code /ws}.
 *
 * <p>Runs on one Vert.x context, created at construction; listener calls come there, one at a time.
 */
public final class SmartMoneyFeed implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SmartMoneyFeed.class);

    private final Vertx vertx;
    private final Context ctx;
    private final SmartMoneyConfig config;
    private final HyperliquidInfoRaw info;
    private final SmartMoneyListener listener;
    private final TimeSource clock;
    private final FeedMetrics metrics = new FeedMetrics();
    private final LeaderboardClient leaderboard;
    private final UserStreams streams;
    private volatile List<TrackedWallet> wallets = List.of();
    private Map<String, TrackedWallet> byAddress = Map.of();
    private PollSchedule schedule;
    private WalletPoller poller;
    private long refreshTimer = -1;
    private long metricsTimer = -1;
    private boolean closed;
    private Future<LeaderboardClient.Result> refreshing;

    /** A feed with the production ping interval and a random jitter source. */
    public SmartMoneyFeed(Vertx vertx, SmartMoneyConfig config, HyperliquidInfoRaw info,
                          Supplier<WalletSelection> selections, SmartMoneyListener listener, TimeSource clock) {
        this(vertx, config, info, selections, listener, clock, HyperliquidResilience.PING_INTERVAL.toMillis(),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @param info       the {@code /info} transport (its endpoint also gives the WebSocket)
     * @param selections a fresh wallet selection per leaderboard read
     * @param clock      wall clock (state times when the venue sends none, schedule, metrics)
     * @param pingMillis WebSocket ping interval
     * @param random     numbers in [0, 1) for the reconnect jitter
     */
    public SmartMoneyFeed(Vertx vertx, SmartMoneyConfig config, HyperliquidInfoRaw info,
                          Supplier<WalletSelection> selections, SmartMoneyListener listener, TimeSource clock,
                          long pingMillis, DoubleSupplier random) {
        if (vertx == null || config == null || info == null || selections == null || listener == null
                || clock == null || random == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.vertx = vertx;
        this.ctx = vertx.getOrCreateContext();
        this.config = config;
        this.info = info;
        this.listener = new GuardedListener(listener, metrics.listenerErrors);
        this.clock = clock;
        this.leaderboard = new LeaderboardClient(vertx, config, selections, clock);
        this.streams = new UserStreams(ctx, info.config().endpoint(), config.wsSlots(), pingMillis, metrics, clock,
                random, new UserStreams.Events() {
                    @Override
                    public void onState(WalletState state) {
                        pushed(state);
                    }

                    @Override
                    public void onLive(String user, boolean live) {
                        if (schedule != null) {
                            schedule.wsLive(user, live);
                            if (!live) {
                                poller.wake();
                            }
                        }
                    }

                    @Override
                    public void onRefused(String user, String reason) {
                        LOG.warn("the venue refused a smart-money user stream for {}: {}", user, reason);
                        if (poller != null) {
                            poller.wake();
                        }
                    }
                });
    }

    /**
     * Reads the leaderboard, then keeps refreshing it and reading the wallets; the future completes with the first
     * read's result (a failed first read is retried at the next refresh).
     */
    public Future<LeaderboardClient.Result> start() {
        Promise<LeaderboardClient.Result> first = Promise.promise();
        ctx.runOnContext(v -> {
            refreshLeaderboard().onComplete(ar -> first.complete(ar.result()));
            refreshTimer = vertx.setPeriodic(config.leaderboardRefresh().toMillis(), id -> refreshLeaderboard());
            metricsTimer = vertx.setPeriodic(1_000, id -> {
                if (schedule != null) {
                    metrics.snapshot(schedule);
                }
            });
        });
        return first.future();
    }

    /** Reads the leaderboard now and applies it when it is good. */
    public Future<LeaderboardClient.Result> refreshLeaderboard() {
        Promise<LeaderboardClient.Result> done = Promise.promise();
        ctx.runOnContext(v -> {
            if (refreshing == null) {
                refreshing = fetchAndApply();
                refreshing.onComplete(ar -> refreshing = null);
            }
            refreshing.onComplete(done);
        });
        return done.future();
    }

    /** One leaderboard read, applied when good (on the feed's context; one at a time). */
    private Future<LeaderboardClient.Result> fetchAndApply() {
        Promise<LeaderboardClient.Result> done = Promise.promise();
        leaderboard.fetch().onComplete(ar -> {
            LeaderboardClient.Result r = ar.result();
            if (r instanceof LeaderboardClient.Result.Ok ok && ok.read().accepted() == 0) {
                r = new LeaderboardClient.Result.Failed("the leaderboard had no valid row");
            }
            if (r instanceof LeaderboardClient.Result.Ok ok) {
                metrics.addRowRejects(ok.read().rejected());
                apply(ok);
            } else if (!closed) {
                metrics.leaderboardFailures.incrementAndGet();
                String reason = ((LeaderboardClient.Result.Failed) r).reason();
                LOG.warn("smart-money leaderboard read failed, keeping {} wallets: {}", wallets.size(), reason);
                listener.onLeaderboardFailed(reason);
            }
            done.complete(r);
        });
        return done.future();
    }

    private void apply(LeaderboardClient.Result.Ok ok) {
        if (closed) {
            return;
        }
        long now = clock.millis();
        metrics.leaderboardReads.incrementAndGet();
        metrics.leaderboardRows.set(ok.read().rows());
        metrics.leaderboardBytes.set(ok.bytes());
        Map<String, TrackedWallet> index = new HashMap<>();
        ok.wallets().forEach(w -> index.put(w.address(), w));
        byAddress = index;
        wallets = List.copyOf(ok.wallets());
        if (schedule == null) {
            schedule = new PollSchedule(wallets, config.wsSlots(), config.smartMoneyWeightPerMinute(),
                    SmartMoneyConfig.READ_WEIGHT, config.targetMillis(), now);
            poller = new WalletPoller(ctx, info, schedule, config, metrics, clock, new WalletPoller.Sink() {
                @Override
                public void onState(WalletState state, TrackedWallet wallet) {
                    listener.onState(state, wallet, SmartMoneyListener.Source.REST);
                }

                @Override
                public void onFailed(TrackedWallet wallet, String reason) {
                    listener.onReadFailed(wallet.address(), reason);
                }
            });
            poller.start();
        } else {
            schedule.update(wallets, now);
            poller.wake();
        }
        double demand = schedule.demandPerMinute();
        if (demand > config.smartMoneyWeightPerMinute()) {
            LOG.info("smart-money targets need {} weight/min, {} available: lower tiers will refresh slower",
                    Math.round(demand), config.smartMoneyWeightPerMinute());
        }
        streams.track(schedule.websocket().stream().map(TrackedWallet::address).toList());
        metrics.snapshot(schedule);
        listener.onWallets(wallets, now);
    }

    private void pushed(WalletState state) {
        TrackedWallet w = byAddress.get(state.address());
        if (w == null || schedule == null) {
            return;
        }
        schedule.fresh(w.address(), clock.millis());
        listener.onState(state, w, SmartMoneyListener.Source.WS);
    }

    /** The wallets tracked now, Tier 1 first (empty before the first good leaderboard read). */
    public List<TrackedWallet> wallets() {
        return wallets;
    }

    public FeedMetrics metrics() {
        return metrics;
    }

    /** Stops everything (the {@link HyperliquidInfoRaw} stays the caller's to close). */
    @Override
    public void close() {
        ctx.runOnContext(v -> {
            closed = true;
            if (refreshTimer != -1) {
                vertx.cancelTimer(refreshTimer);
            }
            if (metricsTimer != -1) {
                vertx.cancelTimer(metricsTimer);
            }
            if (poller != null) {
                poller.close();
            }
            streams.close();
            leaderboard.close();
        });
    }
}
