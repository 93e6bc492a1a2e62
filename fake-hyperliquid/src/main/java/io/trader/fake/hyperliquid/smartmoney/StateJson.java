package io.trader.fake.hyperliquid.smartmoney;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Renders a wallet's {@code clearinghouseState} in the venue's shape (that of the recorded samples): every number a
 * decimal string except {@code leverage.value}, {@code maxLeverage} and {@code time}; isolated positions carry
 * {@code leverage.rawUsd} and count in {@code marginSummary} but not in {@code crossMarginSummary}; a flat row
 * (size 0) is listed with zero value, margin and pnl and a null liquidation price.
 */
public final class StateJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private StateJson() {
    }

    /** The venue's answer for an address with no account: zero summaries, no positions. */
    public static ObjectNode empty(long time) {
        return render(BigDecimal.ZERO, List.of(), Map.of(), time);
    }

    /**
     * @param base  the wallet's equity without unrealized pnl, USD
     * @param marks mark price per coin
     */
    public static ObjectNode render(BigDecimal base, List<HeldPosition> positions, Map<String, BigDecimal> marks,
                                    long time) {
        BigDecimal upnl = BigDecimal.ZERO;
        for (HeldPosition p : positions) {
            upnl = upnl.add(p.szi().multiply(marks.get(p.coin()).subtract(p.entryPx())));
        }
        BigDecimal accountValue = base.add(upnl);
        BigDecimal[] all = new BigDecimal[3];   // ntl, signed ntl, margin
        BigDecimal[] cross = new BigDecimal[3];
        java.util.Arrays.fill(all, BigDecimal.ZERO);
        java.util.Arrays.fill(cross, BigDecimal.ZERO);
        BigDecimal maint = BigDecimal.ZERO;
        BigDecimal isolatedMargin = BigDecimal.ZERO;
        ObjectNode out = JSON.objectNode();
        ObjectNode ms = out.putObject("marginSummary");
        ObjectNode cms = out.putObject("crossMarginSummary");
        out.put("crossMaintenanceMarginUsed", "0.0").put("withdrawable", "0.0");
        var rows = out.putArray("assetPositions");
        for (HeldPosition p : positions) {
            SmCoin coin = SmCoin.of(p.coin());
            int maxLev = coin == null ? 20 : coin.maxLeverage();
            BigDecimal mark = marks.get(p.coin());
            BigDecimal value = p.szi().abs().multiply(mark);
            BigDecimal pnl = p.szi().multiply(mark.subtract(p.entryPx()));
            BigDecimal initial = p.szi().abs().multiply(p.entryPx()).divide(BigDecimal.valueOf(p.leverage()),
                    MathContext.DECIMAL64);
            BigDecimal margin = p.isolated() ? (p.szi().signum() == 0 ? BigDecimal.ZERO : initial.add(pnl))
                    : value.divide(BigDecimal.valueOf(p.leverage()), MathContext.DECIMAL64);
            ObjectNode pos = rows.addObject().put("type", "oneWay").putObject("position");
            pos.put("coin", p.coin()).put("szi", dec(p.szi(), 8));
            ObjectNode lev = pos.putObject("leverage").put("type", p.isolated() ? "isolated" : "cross")
                    .put("value", p.leverage());
            if (p.isolated()) {
                lev.put("rawUsd", dec(margin.subtract(p.szi().multiply(mark)), 6));
                isolatedMargin = isolatedMargin.add(margin);
            }
            pos.put("entryPx", dec(p.entryPx(), 6)).put("positionValue", dec(value, 6))
                    .put("unrealizedPnl", dec(pnl, 6))
                    .put("returnOnEquity", initial.signum() == 0 ? "0.0"
                            : dec(pnl.divide(initial, MathContext.DECIMAL64), 10));
            BigDecimal liq = liquidation(p, mark, maxLev, p.isolated() ? margin : null, accountValue);
            if (liq == null) {
                pos.putNull("liquidationPx");
            } else {
                pos.put("liquidationPx", dec(liq, 6));
            }
            pos.put("marginUsed", dec(margin, 6)).put("maxLeverage", maxLev);
            pos.putObject("cumFunding").put("allTime", dec(p.fundingAllTime(), 6))
                    .put("sinceOpen", dec(p.fundingAllTime().multiply(new BigDecimal("0.1")), 6))
                    .put("sinceChange", dec(p.fundingAllTime().multiply(new BigDecimal("0.01")), 6));
            add(all, value, p.szi().multiply(mark), margin);
            if (!p.isolated()) {
                add(cross, value, p.szi().multiply(mark), margin);
                maint = maint.add(value.divide(BigDecimal.valueOf(2L * maxLev), MathContext.DECIMAL64));
            }
        }
        BigDecimal crossValue = accountValue.subtract(isolatedMargin);
        summary(ms, accountValue, all);
        summary(cms, crossValue, cross);
        out.put("crossMaintenanceMarginUsed", dec(maint, 6))
                .put("withdrawable", dec(crossValue.subtract(cross[2]).max(BigDecimal.ZERO), 6));
        out.put("time", time);
        return out;
    }

    /** Rough liquidation price; {@code null} when there is none (flat, or the account covers any move). */
    private static BigDecimal liquidation(HeldPosition p, BigDecimal mark, int maxLev, BigDecimal isolatedMargin,
                                          BigDecimal accountValue) {
        if (p.szi().signum() == 0) {
            return null;
        }
        BigDecimal cushion = isolatedMargin != null ? isolatedMargin : accountValue;
        cushion = cushion.subtract(p.szi().abs().multiply(mark).divide(BigDecimal.valueOf(2L * maxLev),
                MathContext.DECIMAL64));
        BigDecimal px = mark.subtract(cushion.divide(p.szi(), MathContext.DECIMAL64));
        return px.signum() <= 0 ? null : px;
    }

    private static void add(BigDecimal[] acc, BigDecimal ntl, BigDecimal signed, BigDecimal margin) {
        acc[0] = acc[0].add(ntl);
        acc[1] = acc[1].add(signed);
        acc[2] = acc[2].add(margin);
    }

    private static void summary(ObjectNode s, BigDecimal accountValue, BigDecimal[] acc) {
        s.put("accountValue", dec(accountValue, 6)).put("totalNtlPos", dec(acc[0], 6))
                .put("totalRawUsd", dec(accountValue.subtract(acc[1]), 6)).put("totalMarginUsed", dec(acc[2], 6));
    }

    /** A decimal string like the venue's: at most {@code scale} decimals, no exponent, {@code ".0"} when whole. */
    public static String dec(BigDecimal v, int scale) {
        BigDecimal r = v.setScale(scale, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String s = r.signum() == 0 ? "0" : r.toPlainString();
        return s.indexOf('.') < 0 ? s + ".0" : s;
    }
}
