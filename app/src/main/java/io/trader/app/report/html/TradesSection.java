package io.trader.app.report.html;

import io.trader.app.report.Fmt;
import io.trader.app.report.InstrumentStats;
import io.trader.app.report.PriceHistory;
import io.trader.app.report.RoundTrip;
import io.trader.app.report.Tearsheet;
import io.trader.core.domain.Money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Per-instrument breakdown, a price chart per instrument with its trades, and the trade list. */
final class TradesSection {

    /** Rows of the trade table: the first and last half of this; trades.csv has every trade. */
    static final int TRADE_ROWS = 500;
    /** Trades marked on one price chart; beyond it the largest by |P&L|. */
    static final int MARKED_TRADES = 300;

    private TradesSection() {
    }

    static void append(StringBuilder sb, Tearsheet t) {
        sb.append("<h2>Instruments</h2>\n<table id=\"instruments\">");
        Html.head(sb, "Instrument", "Trades", "Win rate", "Net P&L", "Fees", "Traded", "Time in market",
                "Avg exposure", "Max exposure");
        for (InstrumentStats s : t.instruments()) {
            sb.append("<tr><th>").append(Html.esc(s.symbol())).append("</th><td>").append(s.trades()).append("</td><td>")
                    .append(Fmt.pct(s.winRate())).append("</td><td class=\"").append(Html.signClass(s.pnl())).append("\">")
                    .append(Fmt.money(s.pnl())).append("</td><td>").append(Fmt.money(s.fees())).append("</td><td>")
                    .append(Fmt.money(s.traded())).append("</td><td>").append(Fmt.pct(s.timeInMarket())).append("</td><td>")
                    .append(Fmt.pct(s.avgExposure())).append("</td><td>").append(Fmt.pct(s.maxExposure()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n<p class=\"note\">Net P&amp;L after fees, the open position marked at the last close; "
                + "exposure is the position's notional over equity.</p>\n");
        for (PriceHistory.Series s : t.prices()) {
            priceChart(sb, t, s);
        }
        tradeList(sb, t.trades());
    }

    private static void priceChart(StringBuilder sb, Tearsheet t, PriceHistory.Series s) {
        int n = s.size();
        long[] times = new long[n];
        double[] close = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = s.time(i);
            close[i] = s.close(i);
        }
        List<RoundTrip> trips = new ArrayList<>(t.trades().stream().filter(r -> r.symbol().equals(s.symbol())).toList());
        String note = "";
        if (trips.size() > MARKED_TRADES) {
            note = " (the " + MARKED_TRADES + " largest of " + trips.size() + " trades by |P&L|)";
            trips.sort(Comparator.comparingLong((RoundTrip r) -> -Math.abs(r.pnl())).thenComparingLong(RoundTrip::entryTime));
            trips = trips.subList(0, MARKED_TRADES);
        }
        sb.append("<h3>").append(Html.esc(s.symbol())).append(" close</h3>\n<p class=\"note\">Each trade is marked "
                + "at its first fill and at the fill that closed it; the tooltip gives its average prices.</p>\n");
        Page.legend(sb, "#57606a", "close", "#1a7f37", "long entry \u25b2", "#cf222e", "short entry \u25bc",
                "#0969da", "exit \u25cf" + note);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double c : close) {
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        boolean log = min > 0 && max / min > 5;
        Chart c = new Chart("price-" + s.symbol().toLowerCase(Locale.ROOT), 260)
                .time(t.curve().start(), t.curve().end()).y(log, TradesSection::price, close);
        EventMarks.draw(c, t, false);
        c.line(times, close, "#57606a", s.symbol(), 1.1);
        for (RoundTrip r : trips) {
            String what = r.side() + " " + r.quantity().toPlainString() + " " + s.symbol() + ": " + Fmt.time(r.entryTime())
                    + " @ " + r.avgEntryPrice().toPlainString() + " -> " + Fmt.time(r.exitTime()) + " @ "
                    + r.avgExitPrice().toPlainString() + ", P&L " + Fmt.money(r.pnlQuote()) + " (" + r.exitReason() + ")";
            c.marker(r.entryTime(), s.spec().price(r.firstTicks()), r.direction() > 0 ? "up" : "down",
                    r.direction() > 0 ? "#1a7f37" : "#cf222e", what);
            if (!r.open()) {
                c.marker(r.exitTime(), s.spec().price(r.lastTicks()), "dot", "#0969da", what);
            }
        }
        sb.append(c.render());
    }

    private static String price(double v) {
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.4f", v);
    }

    private static void tradeList(StringBuilder sb, List<RoundTrip> trades) {
        sb.append("<h2>Trades</h2>\n");
        if (trades.isEmpty()) {
            sb.append("<p>No trade.</p>\n");
            return;
        }
        sb.append("<p class=\"note\">").append(trades.size()).append(" round trips (flat to flat), in the order they "
                + "closed, open ones last; P&amp;L net of fees; the exit reason is the reason of the order that "
                + "closed the trade. All of them are in trades.csv.</p>\n<table class=\"trades\" id=\"trades\">");
        Html.head(sb, "#", "Instrument", "Side", "Entry", "Entry price", "Exit", "Exit price", "Quantity",
                "Duration", "Net P&L", "Return", "Fees", "Exit reason");
        int half = TRADE_ROWS / 2;
        for (int i = 0; i < trades.size(); i++) {
            if (trades.size() > TRADE_ROWS && i == half) {
                sb.append("<tr><td colspan=\"13\" style=\"text-align:center\">&hellip; ")
                        .append(trades.size() - TRADE_ROWS).append(" trades not shown (all in trades.csv) &hellip;</td></tr>\n");
                i = trades.size() - half;
            }
            RoundTrip r = trades.get(i);
            sb.append("<tr><th>").append(i + 1).append("</th><td>").append(Html.esc(r.symbol())).append("</td><td>")
                    .append(r.side()).append("</td><td>").append(Fmt.time(r.entryTime())).append("</td><td>")
                    .append(r.avgEntryPrice().toPlainString()).append("</td><td>").append(Fmt.time(r.exitTime()))
                    .append("</td><td>").append(r.avgExitPrice().toPlainString()).append("</td><td>")
                    .append(r.quantity().toPlainString()).append("</td><td>").append(Fmt.duration(r.durationMillis()))
                    .append("</td><td class=\"").append(Html.signClass(r.pnl())).append("\">")
                    .append(Money.toDecimal(r.pnl()).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString())
                    .append("</td><td>").append(Fmt.signedPct(r.returnOnEntry())).append("</td><td>")
                    .append(Fmt.money(Money.toDouble(r.fees()))).append("</td><td>").append(Html.esc(r.exitReason()))
                    .append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }
}
