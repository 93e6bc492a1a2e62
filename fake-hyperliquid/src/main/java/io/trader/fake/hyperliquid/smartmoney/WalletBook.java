package io.trader.fake.hyperliquid.smartmoney;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The wallets' positions and the coins' marks, and the ground-truth log of every change (the newest
 * {@value #MAX_LOG}). Starting positions are generated from the seed (1 to 5 coins, total notional 0.3x to 3x the
 * account value, some isolated, a few wallets flat or with a flat row). Thread-safe.
 */
public final class WalletBook {

    static final int MAX_LOG = 200_000;

    private final Map<String, BigDecimal> base = new LinkedHashMap<>();
    private final Map<String, Map<String, HeldPosition>> positions = new HashMap<>();
    private final Map<String, BigDecimal> marks = new LinkedHashMap<>();
    private final ArrayDeque<PositionChange> log = new ArrayDeque<>();
    private long seq;

    public WalletBook(SyntheticWallets wallets, long seed) {
        SmCoin.ALL.forEach(c -> marks.put(c.name(), c.mark()));
        SplittableRandom r = new SplittableRandom(seed ^ 0x243F6A8885A308D3L);
        for (WalletProfile w : wallets.withPositions()) {
            Map<String, HeldPosition> held = new LinkedHashMap<>();
            double roll = r.nextDouble();
            int n = roll < 0.05 ? 0 : 1 + r.nextInt(5);
            double notional = w.accountValue().doubleValue() * (0.3 + r.nextDouble() * 2.7);
            for (int i = 0; i < n; i++) {
                SmCoin c = SmCoin.ALL.get(i == 0 ? r.nextInt(3) : r.nextInt(SmCoin.ALL.size()));
                if (held.containsKey(c.name())) {
                    continue;
                }
                double px = c.mark().doubleValue() * (0.95 + r.nextDouble() * 0.1);
                double size = notional / n / c.mark().doubleValue() * (r.nextDouble() < 0.6 ? 1 : -1);
                int lev = 1 + r.nextInt(c.maxLeverage());
                held.put(c.name(), new HeldPosition(c.name(), size(c, size), price(px), lev,
                        r.nextDouble() < 0.1, BigDecimal.valueOf(r.nextDouble() * notional * 1e-3)
                        .setScale(6, RoundingMode.HALF_EVEN)));
            }
            if (roll > 0.95) {
                SmCoin c = SmCoin.ALL.get(SmCoin.ALL.size() - 1);
                held.putIfAbsent(c.name(), new HeldPosition(c.name(), BigDecimal.ZERO, c.mark(), 3, false,
                        BigDecimal.ZERO));
            }
            BigDecimal upnl = BigDecimal.ZERO;
            for (HeldPosition p : held.values()) {
                upnl = upnl.add(p.szi().multiply(marks.get(p.coin()).subtract(p.entryPx())));
            }
            base.put(w.address(), w.accountValue().subtract(upnl));
            positions.put(w.address(), held);
        }
    }

    static BigDecimal size(SmCoin c, double signed) {
        BigDecimal s = BigDecimal.valueOf(signed).setScale(c.szDecimals(), RoundingMode.HALF_EVEN);
        return s.signum() == 0 ? BigDecimal.ONE.movePointLeft(c.szDecimals()).multiply(
                BigDecimal.valueOf(signed < 0 ? -1 : 1)) : s;
    }

    static BigDecimal price(double px) {
        return new BigDecimal(px, new MathContext(6));
    }

    /** Addresses with positions (smart wallets, vaults, HLP), in generation order. */
    public synchronized List<String> addresses() {
        return List.copyOf(base.keySet());
    }

    public synchronized boolean has(String address) {
        return base.containsKey(norm(address));
    }

    /** The wallet's rows (flat ones included). */
    public synchronized List<HeldPosition> positions(String address) {
        Map<String, HeldPosition> held = positions.get(norm(address));
        return held == null ? List.of() : List.copyOf(held.values());
    }

    /** The {@code clearinghouseState} of {@code address} at {@code time} (an unknown one: the empty account). */
    public synchronized ObjectNode state(String address, long time) {
        String a = norm(address);
        Map<String, HeldPosition> held = positions.get(a);
        return held == null ? StateJson.empty(time)
                : StateJson.render(base.get(a), List.copyOf(held.values()), marks, time);
    }

    /** The wallet's equity without unrealized pnl (0 for an unknown one). */
    public synchronized BigDecimal equity(String address) {
        return base.getOrDefault(norm(address), BigDecimal.ZERO);
    }

    public synchronized BigDecimal mark(String coin) {
        return marks.get(coin);
    }

    /** Addresses holding a non-flat position in {@code coin}. */
    public synchronized List<String> holders(String coin) {
        List<String> out = new ArrayList<>();
        positions.forEach((a, held) -> {
            HeldPosition p = held.get(coin);
            if (p != null && p.szi().signum() != 0) {
                out.add(a);
            }
        });
        return out;
    }

    /**
     * Sets {@code address}'s size in {@code coin} (0: flat, the row stays); {@code entryPx} {@code null} works
     * it out (the mark for a new side, the average when adding, unchanged when reducing). Realized pnl moves into
     * the wallet's equity. Logged as {@code type}, or as the kind of change it is when {@code type} is null.
     */
    public synchronized PositionChange move(String address, String coin, BigDecimal szi, BigDecimal entryPx,
                                            long time, ChangeType type, boolean scripted) {
        String a = norm(address);
        SmCoin c = SmCoin.of(coin);
        if (!base.containsKey(a) || c == null) {
            throw new IllegalArgumentException(!base.containsKey(a) ? "unknown wallet " + address
                    : "unknown coin " + coin + " (the smart-money coins are " + SmCoin.ALL.stream()
                    .map(SmCoin::name).toList() + ")");
        }
        if (entryPx != null && entryPx.signum() <= 0) {
            throw new IllegalArgumentException("entryPx must be > 0");
        }
        Map<String, HeldPosition> held = positions.get(a);
        HeldPosition old = held.get(coin);
        BigDecimal oldSzi = old == null ? BigDecimal.ZERO : old.szi();
        BigDecimal mark = marks.get(coin);
        BigDecimal entry = entryPx;
        if (old != null && old.szi().signum() != 0 && oldSzi.signum() * szi.signum() >= 0
                && szi.abs().compareTo(oldSzi.abs()) < 0) {
            BigDecimal closed = oldSzi.subtract(szi);
            base.merge(a, closed.multiply(mark.subtract(old.entryPx())), BigDecimal::add);
            entry = entry != null ? entry : old.entryPx();
        } else if (old != null && old.szi().signum() != 0 && oldSzi.signum() == szi.signum()) {
            entry = entry != null ? entry : old.entryPx().multiply(oldSzi).add(mark.multiply(szi.subtract(oldSzi)))
                    .divide(szi, new MathContext(8));
        } else {
            if (old != null && oldSzi.signum() != 0) {
                base.merge(a, oldSzi.multiply(mark.subtract(old.entryPx())), BigDecimal::add);
            }
            entry = entry != null ? entry : mark;
        }
        HeldPosition next = old != null ? old.withSize(szi, entry)
                : new HeldPosition(coin, szi, entry, Math.min(5, c.maxLeverage()), false, BigDecimal.ZERO);
        held.put(coin, next);
        return log(time, a, coin, oldSzi, szi, type != null ? type : classify(oldSzi, szi), scripted);
    }

    /** Removes a flat row of {@code address} in {@code coin}; {@code null} when there is none. */
    public synchronized PositionChange clearFlat(String address, String coin, long time, boolean scripted) {
        Map<String, HeldPosition> held = positions.get(norm(address));
        HeldPosition p = held == null ? null : held.get(coin);
        if (p == null || p.szi().signum() != 0) {
            return null;
        }
        held.remove(coin);
        return log(time, norm(address), coin, BigDecimal.ZERO, BigDecimal.ZERO, ChangeType.CLEAR, scripted);
    }

    /** Moves {@code coin}'s mark; logged once as a {@link ChangeType#MARK} change with an empty address. */
    public synchronized PositionChange setMark(String coin, BigDecimal px, long time, boolean scripted) {
        if (!marks.containsKey(coin) || px.signum() <= 0) {
            throw new IllegalArgumentException("need a known coin and a price > 0");
        }
        marks.put(coin, px);
        return log(time, "", coin, BigDecimal.ZERO, BigDecimal.ZERO, ChangeType.MARK, scripted);
    }

    static ChangeType classify(BigDecimal oldSzi, BigDecimal szi) {
        if (oldSzi.signum() == 0) {
            return szi.signum() == 0 ? ChangeType.EXIT : ChangeType.ENTRY;
        }
        if (szi.signum() == 0) {
            return ChangeType.EXIT;
        }
        if (oldSzi.signum() != szi.signum()) {
            return ChangeType.REVERSAL;
        }
        BigDecimal rel = szi.subtract(oldSzi).abs().divide(oldSzi.abs(), MathContext.DECIMAL64);
        return rel.compareTo(new BigDecimal("0.01")) < 0 ? ChangeType.JITTER : ChangeType.RESIZE;
    }

    private PositionChange log(long time, String a, String coin, BigDecimal oldSzi, BigDecimal szi, ChangeType t,
                               boolean scripted) {
        PositionChange ch = new PositionChange(++seq, time, a, coin, oldSzi, szi, t, scripted);
        if (log.size() == MAX_LOG) {
            log.poll();
        }
        log.add(ch);
        return ch;
    }

    /** Logged changes with {@code time >= since}, oldest first. */
    public synchronized List<PositionChange> changesSince(long since) {
        return log.stream().filter(c -> c.time() >= since).toList();
    }

    static String norm(String address) {
        return address == null ? "" : address.toLowerCase(Locale.ROOT);
    }
}
