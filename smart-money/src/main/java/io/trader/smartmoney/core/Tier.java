package io.trader.smartmoney.core;

/** How closely a wallet is watched and what it counts for. */
public enum Tier {
    /** Tier 1: whales, watched for alerts (the WebSocket slots go to them first). */
    WHALE,
    /** Tier 2: the signal core. */
    CORE,
    /** Tier 3: the extended crowd. */
    EXTENDED;

    /** 1, 2 or 3. */
    public int number() {
        return ordinal() + 1;
    }
}
