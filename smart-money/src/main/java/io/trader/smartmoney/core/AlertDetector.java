package io.trader.smartmoney.core;

import io.trader.smartmoney.data.WalletPosition;
import io.trader.smartmoney.data.WalletState;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two reads of one wallet and names its moves as {@link WhaleAlert}s, one per coin that moved, in coin
 * order. Pure and stateless: the caller keeps each wallet's last state and passes it in.
 * <ul>
 *   <li>ENTRY: flat before, a position now. EXIT: a position before, flat now (a {@code szi} "0" row is flat; the
 *   wallet state already drops it). REVERSAL: long before and short now or the reverse. SIZE: same side, and
 *   |new - old| / |old| &gt;= {@code sizeChange} and the notional moved &gt;= {@code sizeMinNotional}.</li>
 *   <li>Notional moved = |new size - old size| x price, rounded to cents, where price is the mark of the position
 *   now (positionValue / |szi|; for an EXIT the mark at the previous read), or its entry price when the value is
 *   0. A move below {@code minNotional} makes no alert, whatever its type.</li>
 *   <li>No previous state (first sight of the wallet) makes no alert: the state is a baseline, not a move. A new
 *   state older than the previous one (a late read) makes none either; the caller should keep the newer.</li>
 *   <li>The id is {@code address:coin:time} with the new state's time, so the same change read twice dedupes.</li>
 *   <li>Priority: {@link AlertConfig#priority}.</li>
 * </ul>
 */
public final class AlertDetector {

    private static final MathContext PRICE = MathContext.DECIMAL64;

    private final AlertConfig config;

    public AlertDetector(AlertConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("an alert config is required");
        }
        this.config = config;
    }

    /** The alerts of the move from {@code previous} (null at first sight) to {@code current}. */
    public List<WhaleAlert> detect(WalletState previous, WalletState current, Tier tier) {
        if (current == null || tier == null) {
            throw new IllegalArgumentException("a current state and a tier are required");
        }
        if (previous != null && !previous.address().equals(current.address())) {
            throw new IllegalArgumentException("states of two wallets: " + previous.address() + " and "
                    + current.address());
        }
        if (previous == null || current.time() < previous.time()) {
            return List.of();
        }
        TreeSet<String> coins = new TreeSet<>(previous.positions().keySet());
        coins.addAll(current.positions().keySet());
        List<WhaleAlert> alerts = new ArrayList<>();
        for (String coin : coins) {
            WhaleAlert a = compare(current, tier, coin, previous.position(coin), current.position(coin));
            if (a != null) {
                alerts.add(a);
            }
        }
        return List.copyOf(alerts);
    }

    private WhaleAlert compare(WalletState current, Tier tier, String coin, WalletPosition before,
                               WalletPosition now) {
        BigDecimal oldSize = before == null ? BigDecimal.ZERO : before.size();
        BigDecimal newSize = now == null ? BigDecimal.ZERO : now.size();
        BigDecimal change = newSize.subtract(oldSize).abs();
        AlertType type;
        if (before == null) {
            type = AlertType.ENTRY;
        } else if (now == null) {
            type = AlertType.EXIT;
        } else if (before.direction() != now.direction()) {
            type = AlertType.REVERSAL;
        } else if (change.compareTo(oldSize.abs().multiply(BigDecimal.valueOf(config.sizeChange()))) >= 0
                && change.signum() > 0) {
            type = AlertType.SIZE;
        } else {
            return null;
        }
        BigDecimal price = mark(now != null ? now : before);
        BigDecimal notional = change.multiply(price).setScale(2, RoundingMode.HALF_UP);
        if (notional.compareTo(config.minNotional()) < 0
                || (type == AlertType.SIZE && notional.compareTo(config.sizeMinNotional()) < 0)) {
            return null;
        }
        String id = current.address() + ":" + coin + ":" + current.time();
        String detail = Usd.shortAddress(current.address()) + " (tier " + tier.number() + ") " + verb(type) + " "
                + coin + " " + side(oldSize) + " -> " + side(newSize) + " (" + Usd.compact(notional) + ")";
        return new WhaleAlert(id, current.time(), current.address(), tier, coin, type,
                config.priority(tier, notional), oldSize, newSize, notional, price, detail);
    }

    /** positionValue / |szi| (the mark), or the entry price when the value is 0. */
    static BigDecimal mark(WalletPosition p) {
        if (p.positionValue().signum() == 0) {
            return p.entryPrice();
        }
        return p.positionValue().divide(p.size().abs(), PRICE).stripTrailingZeros();
    }

    private static String verb(AlertType type) {
        return switch (type) {
            case ENTRY -> "entered";
            case EXIT -> "exited";
            case REVERSAL -> "reversed";
            case SIZE -> "resized";
        };
    }

    private static String side(BigDecimal size) {
        if (size.signum() == 0) {
            return "flat";
        }
        return (size.signum() > 0 ? "long " : "short ") + size.abs().stripTrailingZeros().toPlainString();
    }
}
