package io.trader.smartmoney.core;

import java.math.BigDecimal;

/**
 * The smart-money signal of one coin at one time.
 *
 * @param coin           the coin
 * @param time           the time of the newest wallet state it used (epoch ms)
 * @param bias           weighted long/short bias in [-1, 1]: sum(weight x signed notional) / sum(weight x |notional|)
 *                       over the wallets holding the coin; 0 when none does
 * @param netNotional    sum of signed notionals (USD, unweighted)
 * @param longNotional   sum of long notionals (USD)
 * @param shortNotional  sum of short notionals (USD, positive)
 * @param eliteBias      the bias over Tier 1 wallets alone (0 when none holds the coin)
 * @param crowdBias      the bias over Tier 3 wallets alone (0 when none holds the coin)
 * @param eliteShare     Tier 1's share of the weighted gross exposure in the coin, in [0, 1]
 * @param crowdShare     Tier 3's share of the weighted gross exposure in the coin, in [0, 1]
 * @param confidence     in [0, 1], from coverage (fresh tracked wallets over tracked wallets) and agreement
 * @param holders        wallets holding the coin
 * @param tracked        wallets tracked (the coverage's denominator)
 * @param fresh          tracked wallets whose state is recent enough to count
 */
public record CoinBias(String coin, long time, double bias, BigDecimal netNotional, BigDecimal longNotional,
                       BigDecimal shortNotional, double eliteBias, double crowdBias, double eliteShare,
                       double crowdShare, double confidence, int holders, int tracked, int fresh) {

    public CoinBias {
        if (coin == null || netNotional == null || longNotional == null || shortNotional == null) {
            throw new IllegalArgumentException("coin and notionals are required");
        }
        if (!(bias >= -1 && bias <= 1) || !(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException(coin + ": bias in [-1, 1] and confidence in [0, 1]: " + bias + ", "
                    + confidence);
        }
    }

    /** Elite minus crowd bias: positive when Tier 1 is longer than Tier 3. */
    public double divergence() {
        return eliteBias - crowdBias;
    }
}
