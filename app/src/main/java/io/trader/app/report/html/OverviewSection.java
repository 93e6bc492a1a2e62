package io.trader.app.report.html;

import io.trader.app.report.CurveStats;
import io.trader.app.report.Fmt;
import io.trader.app.report.PerformanceReport;
import io.trader.app.report.Tearsheet;

import java.util.List;

/** Title, "why the result looks like this", and the key figures next to the benchmark's. */
final class OverviewSection {

    private OverviewSection() {
    }

    static void append(StringBuilder sb, Tearsheet t) {
        PerformanceReport p = t.perf();
        Object instruments = t.run().get("instruments");
        String names = instruments instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList())
                : String.valueOf(instruments);
        sb.append("<h1>Backtest report</h1>\n<p class=\"sub\">").append(Html.esc(names)).append(" &middot; strategy ")
                .append(Html.esc(String.valueOf(t.run().get("strategy")))).append(" &middot; ")
                .append(Fmt.time(p.start())).append(" &rarr; ").append(Fmt.time(p.end())).append(" UTC &middot; ")
                .append(p.bars()).append(" bars</p>\n");

        sb.append("<div class=\"why").append(t.explanations().quiet() ? " quiet" : "").append("\" id=\"why\">")
                .append("<strong>Why the result looks like this</strong><ul>\n");
        for (String s : t.why()) {
            sb.append("<li>").append(Html.esc(s)).append("</li>\n");
        }
        sb.append("</ul></div>\n");

        CurveStats b = t.benchmarkStats();
        sb.append("<h2>Key figures</h2>\n<table id=\"figures\">");
        Html.head(sb, "", "Strategy", "Buy & hold");
        Html.row(sb, "Total return", Fmt.signedPct(p.totalReturn()), Fmt.signedPct(b.totalReturn()));
        Html.row(sb, "CAGR", Fmt.signedPct(p.cagr()), Fmt.signedPct(b.cagr()));
        Html.row(sb, "Final equity", Fmt.money(p.finalEquity()), Fmt.money(b.last()));
        Html.row(sb, "Volatility (annualised)", Fmt.pct(p.volatility()), Fmt.pct(b.volatility()));
        Html.row(sb, "Sharpe (annualised)", Fmt.num(p.sharpe(), 3), Fmt.num(b.sharpe(), 3));
        Html.row(sb, "Sortino (annualised)", Fmt.num(p.sortino(), 3), Fmt.num(b.sortino(), 3));
        Html.row(sb, "Max drawdown", Fmt.pct(p.maxDrawdown()), Fmt.pct(b.maxDrawdown()));
        Html.row(sb, "Calmar", Fmt.num(p.calmar(), 3), Fmt.num(b.calmar(), 3));
        Html.row(sb, "Time in market", Fmt.pct(p.timeInMarket()), "100.00%");
        Html.row(sb, "Exposure, average / max", Fmt.pct(p.avgExposure()) + " / " + Fmt.pct(p.maxExposure()),
                "100.00%");
        Html.row(sb, "Time halted (breaker or kill switch)", Fmt.pct(t.explanations().haltedFraction()), "");
        Html.row(sb, "Trades (closed round trips)", Integer.toString(p.trades()), "");
        Html.row(sb, "Win rate", Fmt.pct(p.winRate()), "");
        Html.row(sb, "Profit factor", Fmt.num(p.profitFactor(), 3), "");
        Html.row(sb, "Orders / fills", p.orders() + " / " + p.fills(), "");
        Html.row(sb, "Orders refused by the risk layer", Long.toString(t.explanations().blocked()), "");
        Html.row(sb, "Fees", Fmt.money(p.fees()), "0.00");
        Html.row(sb, "Turnover (x initial equity)", Fmt.num(p.turnover(), 2), "");
        sb.append("</table>\n<p class=\"note\">Buy &amp; hold: the run's instruments in equal parts, bought at "
                + "their first close and held, no fees. Ratios use per-step returns annualised with a 365.25-day "
                + "year, risk-free rate 0; Sortino divides by the downside deviation over all steps. Win rate and "
                + "profit factor count closed trades net of fees.</p>\n");
    }
}
