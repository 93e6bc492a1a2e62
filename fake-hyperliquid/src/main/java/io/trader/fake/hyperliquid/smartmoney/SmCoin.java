package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;
import java.util.List;

/**
 * A perp the synthetic wallets trade: its size decimals, the venue's maximum leverage, and a starting mark.
 *
 * @param name        the coin as the venue names it
 * @param szDecimals  decimals of sizes
 * @param maxLeverage the venue's maximum leverage
 * @param mark        starting mark price
 */
public record SmCoin(String name, int szDecimals, int maxLeverage, BigDecimal mark) {

    /** The traded coins, with marks of late 2025 magnitude. */
    public static final List<SmCoin> ALL = List.of(
            new SmCoin("BTC", 5, 40, new BigDecimal("97000.0")),
            new SmCoin("ETH", 4, 25, new BigDecimal("3600.0")),
            new SmCoin("SOL", 2, 20, new BigDecimal("190.0")),
            new SmCoin("HYPE", 2, 10, new BigDecimal("25.0")),
            new SmCoin("XRP", 0, 20, new BigDecimal("2.3")),
            new SmCoin("DOGE", 0, 10, new BigDecimal("0.32")),
            new SmCoin("AVAX", 2, 10, new BigDecimal("38.0")),
            new SmCoin("SUI", 1, 10, new BigDecimal("4.2")),
            new SmCoin("ARB", 1, 10, new BigDecimal("0.75")),
            new SmCoin("kPEPE", 0, 10, new BigDecimal("0.018")));

    /** The coin called {@code name}, or {@code null}. */
    public static SmCoin of(String name) {
        return ALL.stream().filter(c -> c.name.equals(name)).findFirst().orElse(null);
    }
}
