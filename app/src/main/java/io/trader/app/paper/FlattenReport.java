package io.trader.app.paper;

import java.util.List;

/**
 * How a venue-driven kill-switch flatten ended.
 *
 * @param flat      the venue reported no position in the traded instruments and no open order
 * @param rounds    cancel / re-read / send rounds worked
 * @param elapsedMs from the start of the flatten to the venue reporting flat (or to the deadline)
 * @param left      what is still at the venue when not flat: positions and open orders, one line each
 */
public record FlattenReport(boolean flat, int rounds, long elapsedMs, List<String> left) {

    public FlattenReport {
        left = List.copyOf(left);
    }
}
