package io.trader.fake.hyperliquid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves a {@link FakeHyperliquid}'s market with wall time, so a live session can trade against it: the fake clock
 * follows the wall clock (plus the fake's clock offset); every tick each mid takes a seeded random-walk step
 * (log-normal, on the coin's price grid with at most 5 significant figures), the candle in progress of every
 * interval is formed from the mids seen (open, high, low, close, a random volume) and published, as are the book,
 * all mids and one trade per coin; then the simulated account's resting orders and triggers are matched against
 * the new book and its dead-man switch checked. Same seed, same ticks: same mids.
 *
 * <p>A stale feed ({@link #pauseFeed}) stops publishing market data while the market keeps moving and matching
 * (a backfill then finds the candles formed meanwhile).
 */
public final class MarketDriver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MarketDriver.class);
    private static final MathContext FIVE_FIGURES = new MathContext(5, RoundingMode.HALF_EVEN);

    /** The candle in progress of one coin and interval. */
    private static final class Forming {
        final long openTime;
        final BigDecimal open;
        BigDecimal high;
        BigDecimal low;
        BigDecimal close;
        BigDecimal volume = BigDecimal.ZERO;
        int trades;

        Forming(long openTime, BigDecimal px) {
            this.openTime = openTime;
            this.open = px;
            this.high = px;
            this.low = px;
            this.close = px;
        }
    }

    private final FakeHyperliquid fake;
    private final SimulatedExchange sim;
    private final double volatilityPerMinute;
    private final SplittableRandom random;
    private final Map<String, Forming> forming = new HashMap<>();
    private ScheduledExecutorService timer;
    private long tickMillis = 1000;
    private long tid = 900_000_000L;
    private long pausedUntil;
    private long ticks;

    /**
     * @param fake                the venue whose market moves
     * @param sim                 its simulated account (resting orders are matched each tick), or {@code null}
     * @param seed                seed of the random walk
     * @param volatilityPerMinute standard deviation of the log return over one minute (e.g. 0.001 = 0.1%)
     */
    public MarketDriver(FakeHyperliquid fake, SimulatedExchange sim, long seed, double volatilityPerMinute) {
        if (!(volatilityPerMinute >= 0 && volatilityPerMinute <= 0.1)) {
            throw new IllegalArgumentException("volatility per minute must be in 0..0.1");
        }
        this.fake = fake;
        this.sim = sim;
        this.volatilityPerMinute = volatilityPerMinute;
        this.random = new SplittableRandom(seed);
    }

    /** Makes the fake's clock follow the wall clock and steps every {@code tickMillis} ms until closed. */
    public synchronized void start(long tickMillis) {
        if (tickMillis < 10 || tickMillis > 60_000) {
            throw new IllegalArgumentException("tick must be 10..60000 ms");
        }
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        this.tickMillis = tickMillis;
        fake.market().followClock(System::currentTimeMillis);
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fake-venue-market");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::safeStep, 0, tickMillis, TimeUnit.MILLISECONDS);
    }

    private void safeStep() {
        try {
            step();
        } catch (RuntimeException e) {
            LOG.warn("fake market step failed: {}", e.toString());
        }
    }

    /** One tick: walk, form candles, publish (unless paused), match resting orders. */
    public synchronized void step() {
        FakeMarket m = fake.market();
        double sd = volatilityPerMinute * Math.sqrt(tickMillis / 60_000.0);
        for (FakeCoin c : m.coins()) {
            BigDecimal mid = walk(c, m.mid(c.name()), sd);
            m.setMid(c.name(), mid);
            form(c, mid, m);
        }
        ticks++;
        boolean publish = m.now() >= pausedUntil;
        if (publish) {
            publishAll(m);
        }
        if (sim != null) {
            sim.matchResting();
            sim.tick();
        }
    }

    /** Sets a coin's mid now (the walk goes on from it), forms candles and matches resting orders. */
    public synchronized void moveMid(String coin, BigDecimal px) {
        FakeMarket m = fake.market();
        FakeCoin c = m.requireCoin(coin);
        BigDecimal mid = onGrid(c, px);
        m.setMid(coin, mid);
        form(c, mid, m);
        if (m.now() >= pausedUntil) {
            fake.pushBook(coin);
            fake.pushMids();
        }
        if (sim != null) {
            sim.matchResting();
        }
    }

    /** A stale feed: no market data is published for {@code d} of venue time ({@code Duration.ZERO} resumes). */
    public synchronized void pauseFeed(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0");
        }
        pausedUntil = d.isZero() ? 0 : fake.market().now() + d.toMillis();
    }

    /** Venue time until which the feed is paused (0 or past: publishing). */
    public synchronized long pausedUntil() {
        return pausedUntil;
    }

    public synchronized long ticks() {
        return ticks;
    }

    private BigDecimal walk(FakeCoin c, BigDecimal mid, double sd) {
        double next = mid.doubleValue() * Math.exp(sd * random.nextGaussian());
        return onGrid(c, BigDecimal.valueOf(next));
    }

    /** {@code px} with at most 5 significant figures and the coin's price decimals, at least one tick. */
    static BigDecimal onGrid(FakeCoin c, BigDecimal px) {
        BigDecimal p = px.round(FIVE_FIGURES);
        if (p.scale() > c.priceScale()) {
            p = p.setScale(c.priceScale(), RoundingMode.HALF_EVEN);
        }
        BigDecimal tick = BigDecimal.ONE.movePointLeft(c.priceScale());
        return p.signum() > 0 ? p.stripTrailingZeros() : tick;
    }

    private void form(FakeCoin c, BigDecimal mid, FakeMarket m) {
        BigDecimal lot = BigDecimal.ONE.movePointLeft(c.szDecimals());
        BigDecimal vol = BigDecimal.valueOf(random.nextDouble() * 2).setScale(c.szDecimals(), RoundingMode.DOWN)
                .max(lot);
        for (String interval : Intervals.names()) {
            long t = m.currentOpenTime(interval);
            Forming f = forming.get(c.name() + "|" + interval);
            if (f == null || f.openTime != t) {
                f = new Forming(t, mid);
                forming.put(c.name() + "|" + interval, f);
            }
            f.high = f.high.max(mid);
            f.low = f.low.min(mid);
            f.close = mid;
            f.volume = f.volume.add(vol);
            f.trades++;
            m.putCandle(c.name(), interval, t, f.open.toPlainString(), f.high.toPlainString(),
                    f.low.toPlainString(), f.close.toPlainString(), f.volume.toPlainString(), f.trades);
        }
    }

    private void publishAll(FakeMarket m) {
        List<FakeCoin> coins = m.coins();
        for (FakeCoin c : coins) {
            fake.pushBook(c.name());
            for (String interval : Intervals.names()) {
                Forming f = forming.get(c.name() + "|" + interval);
                fake.publish("candle", SubscriptionKeys.candle(c.name(), interval),
                        m.candle(c.name(), interval, f.openTime).toString());
            }
            Forming f = forming.get(c.name() + "|1m");
            String side = f != null && f.close.compareTo(f.open) < 0 ? "A" : "B";
            fake.trade(c.name(), side, m.mid(c.name()).toPlainString(),
                    BigDecimal.ONE.movePointLeft(c.szDecimals()).toPlainString(), ++tid);
        }
        fake.pushMids();
    }

    /** Stops the ticks (the clock keeps following the wall clock). */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdown();
            try {
                t.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
