package io.trader.fake.hyperliquid.smartmoney;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Moves the wallets' positions one step at a time, deterministically from the seed: the same seed and the same
 * book give the same sequence of changes whatever the timing. A step is one of: an entry (a flat or new coin gets
 * a position), an exit (to size 0; the flat row stays until a later clear), a reversal, a real resize, and noise: a
 * tiny size jitter (under 1%), a mark-price-only move of a coin, or the clearing of a flat row. Every change lands
 * in the {@link WalletBook}'s ground-truth log, stamped with the time the caller passes (the fake's clock). Not
 * thread-safe: the owner calls it from one thread at a time.
 */
public final class SmartMoneyScript {

    private final WalletBook book;
    private final SplittableRandom r;
    private final List<String> wallets;

    public SmartMoneyScript(WalletBook book, long seed) {
        this.book = book;
        this.r = new SplittableRandom(seed ^ 0x13198A2E03707344L);
        this.wallets = book.addresses();
    }

    /** Makes one change at {@code time}; returns it (never null: a step that finds nothing to do jitters). */
    public PositionChange step(long time) {
        double roll = r.nextDouble();
        String a = wallets.get(r.nextInt(wallets.size()));
        List<HeldPosition> held = book.positions(a);
        if (roll < 0.12) {
            return mark(time);
        }
        if (roll < 0.19) {
            for (HeldPosition p : held) {
                if (p.szi().signum() == 0) {
                    return book.clearFlat(a, p.coin(), time, true);
                }
            }
        }
        if (roll < 0.35 || held.stream().noneMatch(p -> p.szi().signum() != 0)) {
            return enter(a, held, time);
        }
        List<HeldPosition> open = held.stream().filter(p -> p.szi().signum() != 0).toList();
        HeldPosition p = open.get(r.nextInt(open.size()));
        SmCoin c = SmCoin.of(p.coin());
        double szi = p.szi().doubleValue();
        if (roll < 0.50) {
            return book.move(a, p.coin(), BigDecimal.ZERO, null, time, ChangeType.EXIT, true);
        }
        if (roll < 0.58) {
            BigDecimal to = WalletBook.size(c, -szi * (0.5 + r.nextDouble()));
            return book.move(a, p.coin(), to, null, time, ChangeType.REVERSAL, true);
        }
        if (roll < 0.78) {
            double f = r.nextBoolean() ? 1.1 + r.nextDouble() : 0.2 + r.nextDouble() * 0.7;
            BigDecimal to = WalletBook.size(c, szi * f);
            if (to.compareTo(p.szi()) == 0) { // a one-lot position: the factor rounds away; add a lot
                to = to.add(BigDecimal.ONE.movePointLeft(c.szDecimals()).multiply(BigDecimal.valueOf(to.signum())));
            }
            return book.move(a, p.coin(), to, null, time, null, true);
        }
        BigDecimal step = BigDecimal.ONE.movePointLeft(c.szDecimals());
        BigDecimal jitter = p.szi().abs().multiply(BigDecimal.valueOf(0.001 + r.nextDouble() * 0.008))
                .setScale(c.szDecimals(), java.math.RoundingMode.HALF_EVEN).max(step);
        BigDecimal to = r.nextBoolean() ? p.szi().add(jitter) : p.szi().subtract(jitter);
        if (to.signum() != p.szi().signum()) {
            to = p.szi().add(jitter.multiply(BigDecimal.valueOf(p.szi().signum())));
        }
        return book.move(a, p.coin(), to, null, time, null, true);
    }

    private PositionChange enter(String a, List<HeldPosition> held, long time) {
        SmCoin c = SmCoin.ALL.get(r.nextInt(SmCoin.ALL.size()));
        for (HeldPosition p : held) {
            if (p.coin().equals(c.name()) && p.szi().signum() != 0) {
                double szi = p.szi().doubleValue();
                return book.move(a, c.name(), WalletBook.size(c, szi * 1.5), null, time, null, true);
            }
        }
        double notional = book.equity(a).abs().doubleValue() * (0.2 + r.nextDouble() * 0.8) + 100;
        double size = notional / book.mark(c.name()).doubleValue() * (r.nextDouble() < 0.55 ? 1 : -1);
        return book.move(a, c.name(), WalletBook.size(c, size), null, time, ChangeType.ENTRY, true);
    }

    private PositionChange mark(long time) {
        SmCoin c = SmCoin.ALL.get(r.nextInt(SmCoin.ALL.size()));
        double px = book.mark(c.name()).doubleValue() * (1 + (r.nextDouble() - 0.5) * 0.004);
        return book.setMark(c.name(), WalletBook.price(px), time, true);
    }
}
