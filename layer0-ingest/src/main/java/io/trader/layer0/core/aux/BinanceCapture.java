package io.trader.layer0.core.aux;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Rebuilds the order book and trade flow of a Binance websocket capture (hftbacktest layout: one
 * {@code <receive_ts_ns> <json>} line per message, lines fed in file order, several files of one capture in a
 * row) into per-bucket {@link BookSeries} snapshots (top 10) and {@link TradeSeries} sums. Pure; allocates (offline
 * loading only).
 *
 * <p>Book: depth diffs carry absolute sizes and update ids {@code U..u} (and {@code pu} on USD-M). Continuity is
 * {@code pu == previous u} on USD-M and {@code U == previous u + 1} on spot; each break is counted as a gap. When
 * the capture holds a REST depth snapshot ({@code lastUpdateId}) the book is synced from it the way Binance
 * documents (older diffs dropped, the first applied diff must straddle the snapshot id, diffs received before the
 * snapshot line replayed). Without one (or after a gap) the book is rebuilt from diffs alone: levels never updated
 * are unknown, so snapshots are emitted only after {@code warmupMs} of diffs. Crossing stale levels are removed
 * (the older first).
 *
 * <p>Time: the exchange event time {@code E} (ms), the clock of the exchange's candles (the collector's receive
 * time in these files is about 1.3 s behind {@code E}, so it is not used). The snapshot of bucket end {@code b}
 * holds every diff with {@code E <= b}; a trade counts in the bucket {@code (b - bucketMs, b]} of its {@code E}
 * (the time it was published). Trades before the first whole bucket are dropped (partial). Buyer is maker
 * ({@code m = true}) means the taker sold.
 *
 * <p>Check: after every warm diff, the best levels are compared with the capture's {@code bookTicker} stream at the
 * same update id (the latest ticker with {@code u <=} the diff's {@code u}; a ticker is pushed on every change of
 * the best levels, so that is the true top at that id).
 */
public final class BinanceCapture {

    /** Which Binance market the capture is from (the continuity rule differs). */
    public enum Market { SPOT, USDM }

    /** The rebuilt series and what was found. */
    public record Result(BookSeries book, TradeSeries trades, CaptureStats stats) {
    }

    private final String name;
    private final Market market;
    private final long bucketMs;
    private final long warmupMs;
    private final CaptureMessage msg = new CaptureMessage();
    private final DiffBook book = new DiffBook();
    private final ArrayDeque<CaptureMessage> beforeSync = new ArrayDeque<>();
    private final BookSeries books;
    private TradeSeries trades;
    private final double[] bp = new double[BookSeries.L];
    private final double[] bs = new double[BookSeries.L];
    private final double[] ap = new double[BookSeries.L];
    private final double[] as = new double[BookSeries.L];
    private long lastU = -1;
    private boolean synced;
    private boolean awaitFirst;
    private long snapshotId;
    private long warmStart = Long.MIN_VALUE;
    private long nextEnd = Long.MIN_VALUE;
    private double buy;
    private double sell;
    private long count;
    private long lines;
    private long depth;
    private long snapshots;
    private long dropped;
    private long gaps;
    private long tradesRead;
    private long late;
    private long other;
    private long[][] states = new long[5][1024];
    private int nStates;
    private long[][] tickers = new long[5][1024];
    private int nTickers;

    /**
     * @param name     capture name (for messages)
     * @param market   spot or USD-M
     * @param bucketMs bucket length, e.g. 1000
     * @param warmupMs diffs needed before a book rebuilt without a snapshot is used
     */
    public BinanceCapture(String name, Market market, long bucketMs, long warmupMs) {
        if (bucketMs <= 0 || warmupMs < 0) {
            throw new IllegalArgumentException("bucketMs must be > 0 and warmupMs >= 0");
        }
        this.name = name;
        this.market = market;
        this.bucketMs = bucketMs;
        this.warmupMs = warmupMs;
        this.books = new BookSeries(name + " book");
    }

    /** Reads one line; a line that is not a capture message is refused naming the source and line. */
    public void line(String source, long lineNo, String line) {
        lines++;
        if (line.isBlank()) {
            return;
        }
        try {
            msg.parse(line);
        } catch (IllegalArgumentException e) {
            throw new AuxInputException(source, lineNo, e.getMessage());
        }
        switch (msg.kind) {
            case DEPTH -> {
                depth++;
                advance(msg.eventTime);
                depth(msg, true);
            }
            case TRADE -> trade();
            case TICKER -> add(tickers, nTickers++, msg.lastId, msg.tickerBid, msg.tickerAsk, msg.tickerBidQty,
                    msg.tickerAskQty);
            case SNAPSHOT -> snapshot();
            default -> other++;
        }
    }

    private void trade() {
        tradesRead++;
        long e = msg.eventTime;
        advance(e);
        if (trades == null || e <= trades.start()) {
            return;
        }
        if (e <= nextEnd - bucketMs) {
            late++;
        }
        double q = msg.qty / CaptureMessage.UNIT;
        if (msg.buyerMaker) {
            sell += q;
        } else {
            buy += q;
        }
        count++;
    }

    private void snapshot() {
        snapshots++;
        book.clear();
        for (int i = 0; i < msg.bids; i++) {
            book.set(true, msg.bidPx[i], msg.bidQty[i], msg.snapshotId);
        }
        for (int i = 0; i < msg.asks; i++) {
            book.set(false, msg.askPx[i], msg.askQty[i], msg.snapshotId);
        }
        synced = true;
        awaitFirst = true;
        snapshotId = msg.snapshotId;
        lastU = -1;
        for (CaptureMessage m : beforeSync) {
            depth(m, false);
        }
        beforeSync.clear();
    }

    private void depth(CaptureMessage m, boolean live) {
        if (awaitFirst) {
            boolean old = market == Market.SPOT ? m.lastId <= snapshotId : m.lastId < snapshotId;
            if (old) {
                dropped++;
                return;
            }
            long id = market == Market.SPOT ? snapshotId + 1 : snapshotId;
            if (m.firstId > id || m.lastId < id) {
                gap(m);
            }
            awaitFirst = false;
        } else if (lastU >= 0) {
            boolean continuous = market == Market.SPOT ? m.firstId == lastU + 1 : m.prevId == lastU;
            if (!continuous) {
                gap(m);
            }
        } else if (warmStart == Long.MIN_VALUE) {
            warmStart = m.eventTime;
        }
        for (int i = 0; i < m.bids; i++) {
            book.set(true, m.bidPx[i], m.bidQty[i], m.lastId);
        }
        for (int i = 0; i < m.asks; i++) {
            book.set(false, m.askPx[i], m.askQty[i], m.lastId);
        }
        book.uncross();
        lastU = m.lastId;
        if (live && !synced) {
            beforeSync.addLast(m.copy());
            if (beforeSync.size() > 200) {
                beforeSync.removeFirst();
            }
        }
        if (live && warm(m.eventTime) && book.twoSided()) {
            add(states, nStates++, lastU, book.bestBid(), book.bestAsk(), book.bestBidQty(), book.bestAskQty());
        }
    }

    private void gap(CaptureMessage m) {
        gaps++;
        synced = false;
        warmStart = m.eventTime;
    }

    private boolean warm(long time) {
        return synced || (warmStart != Long.MIN_VALUE && time - warmStart >= warmupMs);
    }

    /** Closes every bucket that ends before {@code time}. */
    private void advance(long time) {
        if (time <= 0) {
            return;
        }
        if (nextEnd == Long.MIN_VALUE) {
            long start = (Math.floorDiv(time, bucketMs) + 1) * bucketMs;
            trades = new TradeSeries(name + " trades", start);
            nextEnd = start + bucketMs;
            return;
        }
        while (time > nextEnd) {
            trades.add(nextEnd, buy, sell, count);
            buy = 0;
            sell = 0;
            count = 0;
            if (warm(nextEnd) && book.twoSided()) {
                int nb = book.top(true, BookSeries.L, bp, bs);
                int na = book.top(false, BookSeries.L, ap, as);
                books.add(nextEnd, bp, bs, nb, ap, as, na);
            }
            nextEnd += bucketMs;
        }
    }

    /** The series and statistics; call once after the last line. */
    public Result finish() {
        long compared = 0;
        long priceOk = 0;
        long fullOk = 0;
        long[] ids = Arrays.copyOf(tickers[0], nTickers);
        Integer[] order = new Integer[nTickers];
        for (int i = 0; i < nTickers; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(tickers[0][x], tickers[0][y]));
        for (int i = 0; i < nTickers; i++) {
            ids[i] = tickers[0][order[i]];
        }
        for (int s = 0; s < nStates; s++) {
            int k = Arrays.binarySearch(ids, states[0][s]);
            if (k < 0) {
                k = -k - 2;
            } else {
                while (k + 1 < ids.length && ids[k + 1] == ids[k]) {
                    k++;
                }
            }
            if (k < 0) {
                continue;
            }
            int t = order[k];
            compared++;
            boolean prices = states[1][s] == tickers[1][t] && states[2][s] == tickers[2][t];
            if (prices) {
                priceOk++;
                if (states[3][s] == tickers[3][t] && states[4][s] == tickers[4][t]) {
                    fullOk++;
                }
            }
        }
        if (trades == null) {
            trades = new TradeSeries(name + " trades", 0);
        }
        CaptureStats stats = new CaptureStats(lines, depth, snapshots, dropped, gaps, book.uncrossed(), tradesRead,
                late, books.size(), compared, priceOk, fullOk, other);
        return new Result(books, trades, stats);
    }

    private static void add(long[][] cols, int i, long a, long b, long c, long d, long e) {
        if (i == cols[0].length) {
            for (int k = 0; k < cols.length; k++) {
                cols[k] = Arrays.copyOf(cols[k], i * 2);
            }
        }
        cols[0][i] = a;
        cols[1][i] = b;
        cols[2][i] = c;
        cols[3][i] = d;
        cols[4][i] = e;
    }
}
