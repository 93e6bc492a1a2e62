package io.trader.layer4.core.book.episode;

import io.trader.core.domain.Side;
import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.OrderBook;
import io.trader.layer4.core.book.OrderCommand;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimReport;
import io.trader.layer4.core.exec.Aggression;
import io.trader.layer4.core.exec.ChildDecision;
import io.trader.layer4.core.exec.EpisodeMarket;
import io.trader.layer4.core.exec.ExecState;

import java.util.List;

/**
 * An execution episode worked in the {@link BookSimulator} over a replayed capture. Decision k is taken at local time
 * {@code arrival + k * interval} on the book the strategy has received by then. {@link #work} sends the child at that
 * time: MARKET walks the book, JOIN rests a limit at our touch, INSIDE one tick inside the spread (join when the
 * spread is one tick); the order acts at the exchange after the order latency. A resting child is good till the end
 * of its interval: its cancel acts at the exchange when the strategy, one market-data latency later, sees the
 * interval's end, so every fill of the child is known at the next decision. Fees from the {@link
 * io.trader.layer4.core.book.SimConfig}. Single use: the market only moves forward.
 */
public final class BookEpisodeMarket implements EpisodeMarket {

    private final List<MarketEvent> events;
    private final EpisodeSettings settings;
    private final BookSimulator sim;
    private final long orderLatency;
    private final long mdLatency;
    private final double arrivalMid;
    private final double[] logMids;
    private int next;
    private int boundaries;
    private long now;
    private long intervalVolume;
    private long lastIntervalVolume;
    private long nextOrderId = 1;
    private long gaps;

    /**
     * @param events    the capture's events in receive order
     * @param from      index of the first event to replay
     * @param seed      the book after {@code events[0, from)} (copied, so one seed serves many markets); null for an
     *                  empty book (then {@code from} is usually 0)
     * @param arrivalNs local time of the arrival; events from {@code from} up to it are replayed without orders,
     *                  sampling the mid at the {@code volatilityWindow} interval ends before the arrival
     */
    public BookEpisodeMarket(List<MarketEvent> events, int from, OrderBook seed, long arrivalNs,
                             EpisodeSettings settings) {
        if (from < 0 || from > events.size()) {
            throw new IllegalArgumentException("start index " + from + " outside the " + events.size() + " events");
        }
        this.events = events;
        this.settings = settings;
        this.orderLatency = settings.sim().orderLatencyNs();
        this.mdLatency = settings.sim().marketDataLatencyNs();
        this.sim = seed == null ? new BookSimulator(settings.sim(), settings.rule())
                : new BookSimulator(settings.sim(), seed.copy());
        this.logMids = new double[settings.volatilityWindow() + 1];
        this.next = from;
        long first = arrivalNs - settings.lookbackNs();
        advanceTo(first);
        boundary();
        for (int j = settings.volatilityWindow() - 1; j >= 0; j--) {
            now = arrivalNs - j * settings.intervalNs();
            advanceTo(now);
            boundary();
        }
        if (!sim.book().twoSided()) {
            throw new IllegalArgumentException("the book is not two-sided at the arrival " + arrivalNs
                    + " (start the episode after the book has warmed up)");
        }
        this.arrivalMid = sim.book().midTicks() * settings.tickSize();
    }

    @Override
    public double arrivalMid() {
        return arrivalMid;
    }

    @Override
    public ExecState observe(int decision, int decisions, long remainingLots, Side side) {
        OrderBook book = sim.book();
        double spreadBps = Double.NaN;
        double imbalance = 0;
        double adverse = Double.NaN;
        if (book.twoSided()) {
            double mid = book.midTicks();
            spreadBps = book.spreadTicks() / mid * 10_000.0;
            long bid = book.bids().lotsAt(0);
            long ask = book.asks().lotsAt(0);
            imbalance = (double) (bid - ask) / (bid + ask);
            double move = (mid * settings.tickSize() / arrivalMid - 1.0) * 10_000.0;
            adverse = side == Side.BUY ? move : -move;
        }
        return new ExecState(decision, decisions, Math.floorDiv(now, 1_000_000L), remainingLots, spreadBps,
                imbalance, volatilityBps(), adverse, lastIntervalVolume);
    }

    @Override
    public ChildFill work(Side side, ChildDecision child) {
        long end = now + settings.intervalNs();
        long id = 0;
        if (child.lots() > 0) {
            id = send(side, child, end);
        }
        advanceTo(end);
        now = end;
        boundary();
        return id == 0 ? collect(-1) : collect(id);
    }

    private long send(Side side, ChildDecision child, long end) {
        long id = nextOrderId++;
        if (child.aggression() == Aggression.MARKET) {
            sim.submit(new OrderCommand.Market(id, now, side, child.lots()));
            return id;
        }
        OrderBook book = sim.book();
        if (!book.twoSided()) {
            return 0; // no touch to join: nothing is sent this interval
        }
        long price = side == Side.BUY ? book.bestBid() : book.bestAsk();
        if (child.aggression() == Aggression.INSIDE && book.spreadTicks() > 1) {
            price += side == Side.BUY ? 1 : -1;
        }
        sim.submit(new OrderCommand.Limit(id, now, side, price, child.lots()));
        sim.submit(new OrderCommand.Cancel(id, end - mdLatency - orderLatency));
        return id;
    }

    @Override
    public ChildFill forceOut(Side side, long lots) {
        if (lots <= 0) {
            return ChildFill.NONE;
        }
        long id = nextOrderId++;
        sim.submit(new OrderCommand.Market(id, now, side, lots));
        advanceTo(now + orderLatency + mdLatency);
        return collect(id);
    }

    @Override
    public double unitsPerLot() {
        return settings.unitsPerLot();
    }

    /** Children still resting in the simulated book (0 between decisions: each is cancelled at its interval's end). */
    public int restingChildren() {
        return sim.restingCount();
    }

    /** Depth-diff gaps met (accepted so the replay goes on; 0 on the shipped captures). */
    public long gaps() {
        return gaps;
    }

    /** Local time of the current decision, ns. */
    public long nowNs() {
        return now;
    }

    /** Replays the events received up to {@code localNs} and runs the orders due by what the strategy knows then. */
    private void advanceTo(long localNs) {
        while (next < events.size() && events.get(next).recvNs() <= localNs) {
            MarketEvent e = events.get(next++);
            if (e instanceof MarketEvent.Trade t) {
                intervalVolume += t.lots();
            }
            if (sim.onEvent(e) == SequenceCheck.Outcome.GAP) {
                gaps++;
                sim.acceptGap();
            }
        }
        sim.runDue(localNs - mdLatency);
    }

    /** An interval ended at {@code now}: sample the mid, roll the volume. */
    private void boundary() {
        double mid = sim.book().midTicks();
        logMids[boundaries % logMids.length] = Double.isNaN(mid) ? Double.NaN : Math.log(mid);
        boundaries++;
        lastIntervalVolume = intervalVolume;
        intervalVolume = 0;
    }

    /** Stdev of the one-interval log returns of the mid over the trailing window, bps (0 with under two returns). */
    private double volatilityBps() {
        int n = Math.min(boundaries, logMids.length);
        double sum = 0;
        double sumSq = 0;
        int count = 0;
        for (int i = 1; i < n; i++) {
            double a = logMids[(boundaries - i - 1) % logMids.length];
            double b = logMids[(boundaries - i) % logMids.length];
            double r = b - a;
            if (!Double.isNaN(r)) {
                sum += r;
                sumSq += r * r;
                count++;
            }
        }
        if (count < 2) {
            return 0;
        }
        double mean = sum / count;
        double var = Math.max(0, (sumSq - count * mean * mean) / (count - 1));
        return Math.sqrt(var) * 10_000.0;
    }

    /** Sums this child's fills (and drops every other report). */
    private ChildFill collect(long id) {
        long lots = 0;
        double notional = 0;
        double fees = 0;
        double quotePerTickLot = settings.tickSize() * settings.unitsPerLot();
        for (SimReport r : sim.drainReports()) {
            if (r instanceof SimReport.Fill f && f.orderId() == id) {
                lots += f.lots();
                notional += (double) f.priceTick() * f.lots() * quotePerTickLot;
                fees += f.fee() * quotePerTickLot;
            }
        }
        return lots == 0 ? ChildFill.NONE : new ChildFill(lots, notional, fees);
    }
}
