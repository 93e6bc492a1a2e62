package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One instrument's part of a run.
 *
 * @param trades       closed trades
 * @param winRate      closed trades with positive net P&L over closed trades
 * @param pnl          net P&L of all its trades, the open one marked at the last close (quote units)
 * @param fees         fees of its fills (quote units)
 * @param traded       traded notional (quote units)
 * @param timeInMarket share of its bars with a position at the close
 * @param avgExposure  mean over its bars of |position notional| / equity at that bar's close
 * @param maxExposure  largest |position notional| / equity
 */
public record InstrumentStats(String symbol, int trades, double winRate, double pnl, double fees, double traded,
                              double timeInMarket, double avgExposure, double maxExposure) {

    public static List<InstrumentStats> of(List<PriceHistory.Series> prices, List<Fill> fills, List<RoundTrip> trips,
                                           EquityCurve curve) {
        List<InstrumentStats> out = new ArrayList<>();
        for (PriceHistory.Series s : prices) {
            out.add(of(s, fills, trips, curve));
        }
        return out;
    }

    static InstrumentStats of(PriceHistory.Series s, List<Fill> allFills, List<RoundTrip> trips, EquityCurve curve) {
        String symbol = s.symbol();
        List<Fill> fills = allFills.stream().filter(f -> f.instrument().symbol().equals(symbol)).toList();
        int closed = 0;
        int wins = 0;
        long pnl = 0;
        for (RoundTrip t : trips) {
            if (!t.symbol().equals(symbol)) {
                continue;
            }
            pnl += t.pnl();
            if (!t.open()) {
                closed++;
                wins += t.pnl() > 0 ? 1 : 0;
            }
        }
        long fees = 0;
        long traded = 0;
        for (Fill f : fills) {
            fees += f.feeCash();
            traded += f.notional();
        }
        long position = 0;
        int next = 0;
        int inMarket = 0;
        double sumExposure = 0;
        double maxExposure = 0;
        for (int i = 0; i < s.size(); i++) {
            long t = s.time(i);
            while (next < fills.size() && fills.get(next).time() <= t) {
                position += fills.get(next++).signedLots();
            }
            if (position == 0) {
                continue;
            }
            inMarket++;
            double equity = equityAt(curve, t);
            double x = equity > 0 ? Math.abs(Money.toDouble(Money.notional(s.spec(), s.closeTicks(i), position)))
                    / equity : 0;
            sumExposure += x;
            maxExposure = Math.max(maxExposure, x);
        }
        int n = s.size();
        return new InstrumentStats(symbol, closed, closed > 0 ? wins / (double) closed : 0, Money.toDouble(pnl),
                Money.toDouble(fees), Money.toDouble(traded), n > 0 ? inMarket / (double) n : 0,
                n > 0 ? sumExposure / n : 0, maxExposure);
    }

    /** Equity of the last point at or before t (the first point's before the curve starts). */
    static double equityAt(EquityCurve c, long t) {
        if (c.isEmpty()) {
            return 0;
        }
        int i = Arrays.binarySearch(c.times(), t);
        if (i < 0) {
            i = Math.max(0, -i - 2);
        }
        return c.equity()[i];
    }
}
