package io.trader.layer4.capture;

import io.trader.layer4.core.book.BookSimulator;
import io.trader.layer4.core.book.MarketEvent;
import io.trader.layer4.core.book.SequenceCheck;
import io.trader.layer4.core.book.SimConfig;

import java.util.List;

/**
 * Replays a capture through a {@link BookSimulator} (no orders) and checks the rebuilt book: how often it is
 * crossed or one-sided once warm (both sides known), and how often its best bid/ask equals
 * the venue's bookTicker at the same point of the stream (overall, and for tickers carrying exactly the book's last
 * update id, i.e. the same book state). Depth diffs are batched (spot 100ms) while bookTicker is per update, so
 * overall agreement is well below 1 even for a correct book. Gaps are accepted (and counted) so the replay goes on.
 */
public final class CaptureReplay {

    private CaptureReplay() {
    }

    /** What the replay saw. Agreement is over bookTickers seen once the book is warm. */
    public record Stats(long events, long appliedDiffs, long staleDiffs, long staleSnapshots, long gaps, long crossed, long oneSided,
                        long tickers, long bidAgree, long askAgree, long bothAgree,
                        long sameIdTickers, long sameIdAgree) {

        public double bothAgreeShare() {
            return tickers == 0 ? Double.NaN : (double) bothAgree / tickers;
        }

        public double bidAgreeShare() {
            return tickers == 0 ? Double.NaN : (double) bidAgree / tickers;
        }

        public double askAgreeShare() {
            return tickers == 0 ? Double.NaN : (double) askAgree / tickers;
        }
    }

    public static Stats replay(List<MarketEvent> events, SequenceCheck.Rule rule, SimConfig config) {
        BookSimulator sim = new BookSimulator(config, rule);
        boolean warm = false;
        long applied = 0;
        long crossed = 0;
        long oneSided = 0;
        long tickers = 0;
        long bid = 0;
        long ask = 0;
        long both = 0;
        long sameId = 0;
        long sameIdAgree = 0;
        for (MarketEvent event : events) {
            SequenceCheck.Outcome outcome = sim.onEvent(event);
            if (outcome == SequenceCheck.Outcome.GAP) {
                sim.acceptGap();
                continue;
            }
            if (event instanceof MarketEvent.DepthDiff && outcome == SequenceCheck.Outcome.APPLY) {
                applied++;
            }
            warm |= sim.book().twoSided();
            if (!warm) {
                continue;
            }
            long bb = sim.book().bestBid();
            long ba = sim.book().bestAsk();
            if (!sim.book().twoSided()) {
                oneSided++;
            } else if (bb >= ba) {
                crossed++;
            }
            if (event instanceof MarketEvent.BookTicker t) {
                tickers++;
                boolean b = t.bidTick() == bb;
                boolean a = t.askTick() == ba;
                bid += b ? 1 : 0;
                ask += a ? 1 : 0;
                both += b && a ? 1 : 0;
                if (t.updateId() == sim.book().lastUpdateId()) {
                    sameId++;
                    sameIdAgree += b && a ? 1 : 0;
                }
            }
        }
        return new Stats(events.size(), applied, sim.staleDiffs(), sim.staleSnapshots(), sim.gaps(), crossed, oneSided,
                tickers, bid, ask, both, sameId, sameIdAgree);
    }
}
