package io.trader.core.exec;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.Side;

/**
 * A parent order: a quantity worked over time by an execution algorithm through child orders (each child's
 * {@link io.trader.core.domain.OrderRequest#parentId()} names it). The risk gate checks a parent on its remaining
 * size and each child as usual; open exposure counts the parent's remainder that no child carries yet.
 *
 * @param parentId      unique id (children's client ids start with it)
 * @param instrument    instrument and scales
 * @param side          buy or sell
 * @param lots          quantity in lots
 * @param algorithm     name of the execution algorithm working it (twap, vwap, pov, iceberg, almgren-chriss, rl, ...)
 * @param limitTicks    children never buy above / sell below this price (0: no limit)
 * @param reduceOnly    every child may only reduce the position
 * @param decisions     decisions the algorithm makes
 * @param createdMillis decision time that created it (epoch ms)
 * @param deadlineMillis time by which its last child is sent (epoch ms)
 * @param reason        why it exists (rebalance, reduce)
 */
public record ParentOrder(String parentId, InstrumentSpec instrument, Side side, long lots, String algorithm,
                          long limitTicks, boolean reduceOnly, int decisions, long createdMillis,
                          long deadlineMillis, String reason) {

    public ParentOrder {
        if (parentId == null || parentId.isBlank() || instrument == null || side == null || algorithm == null
                || reason == null) {
            throw new IllegalArgumentException("parent id, instrument, side, algorithm and reason are required");
        }
        if (lots <= 0 || limitTicks < 0 || decisions < 1 || deadlineMillis < createdMillis) {
            throw new IllegalArgumentException("parent needs lots > 0, limitTicks >= 0, decisions >= 1, deadline >= "
                    + "created: " + lots + " " + limitTicks + " " + decisions + " " + createdMillis + " "
                    + deadlineMillis);
        }
    }

    public long signedLots() {
        return side.sign() * lots;
    }
}
