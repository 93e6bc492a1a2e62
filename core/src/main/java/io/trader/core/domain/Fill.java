package io.trader.core.domain;

/**
 * One execution.
 *
 * @param fillId     unique id of the execution
 * @param clientId   client id of the order it belongs to
 * @param instrument instrument
 * @param side       side of the order
 * @param priceTicks execution price in ticks
 * @param qtyLots    executed quantity in lots (positive)
 * @param feeCash    fee paid in cash units (negative for a rebate)
 * @param maker      true when the order provided liquidity
 * @param time       execution time (epoch ms)
 */
public record Fill(String fillId, String clientId, InstrumentSpec instrument, Side side, long priceTicks,
                   long qtyLots, long feeCash, boolean maker, long time) {

    public Fill {
        if (fillId == null || clientId == null || instrument == null || side == null) {
            throw new IllegalArgumentException("fillId, clientId, instrument and side are required");
        }
        if (priceTicks <= 0 || qtyLots <= 0) {
            throw new IllegalArgumentException("fill price and quantity must be positive");
        }
    }

    public long signedLots() {
        return side.sign() * qtyLots;
    }

    public long notional() {
        return Money.notional(instrument, priceTicks, qtyLots);
    }
}
