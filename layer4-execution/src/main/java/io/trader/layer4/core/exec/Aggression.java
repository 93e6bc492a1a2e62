package io.trader.layer4.core.exec;

/**
 * How a child order takes liquidity: {@link #MARKET} takes now (walks the book), {@link #JOIN} rests a limit at our
 * own touch (best bid for a buy, best ask for a sell), {@link #INSIDE} rests a limit one tick inside the spread (or
 * joins when the spread is one tick).
 */
public enum Aggression {
    MARKET, JOIN, INSIDE
}
