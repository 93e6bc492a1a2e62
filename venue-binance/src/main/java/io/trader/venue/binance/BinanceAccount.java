package io.trader.venue.binance;

import io.trader.core.domain.Fill;
import io.trader.core.domain.OrderState;

import java.util.List;
import java.util.Map;

/**
 * The account as Binance reports it, for the platform's reconciliation: exact balances, the open orders as
 * platform states (ours by client id, foreign ones adopted), and the own trades since a trade id.
 *
 * @param balances     asset → free and locked (exact decimals; zero balances left out)
 * @param openOrders   orders open at the venue, as platform states
 * @param fills        own trades after {@code sinceTradeId} on the traded symbols, oldest first (a fee charged in
 *                     a third asset such as BNB counts 0 in {@link Fill#feeCash()}; see {@code rawFills})
 * @param rawFills     the same trades as the venue sent them (commission and its asset)
 * @param lastTradeId  the highest trade id read per symbol (where the next read resumes)
 * @param time         the venue's {@code updateTime} of the account
 */
public record BinanceAccount(Map<String, BinanceWire.Balance> balances, List<OrderState> openOrders, List<Fill> fills,
                             List<BinanceWire.Trade> rawFills, Map<String, Long> lastTradeId, long time) {

    public BinanceAccount {
        balances = Map.copyOf(balances);
        openOrders = List.copyOf(openOrders);
        fills = List.copyOf(fills);
        rawFills = List.copyOf(rawFills);
        lastTradeId = Map.copyOf(lastTradeId);
    }
}
