package io.trader.app.report;

import io.trader.core.event.RiskEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The content of report.json: the figures, then what explains them, then the run's settings. */
final class ReportJson {

    private ReportJson() {
    }

    static Map<String, Object> of(Tearsheet t, List<RiskEvent> riskEvents) {
        Map<String, Object> json = new LinkedHashMap<>(t.perf().asMap());
        Map<String, Long> risk = new TreeMap<>();
        for (RiskEvent e : riskEvents) {
            String key = e instanceof RiskEvent.OrderBlocked b ? "order_blocked:" + b.code().label() : e.kind();
            risk.merge(key, 1L, Long::sum);
        }
        json.put("order_outcomes", new TreeMap<>(t.orderOutcomes()));
        json.put("risk_events", risk);
        json.put("explanations", explanations(t));
        json.put("execution", t.execution().json());
        json.put("benchmark", benchmark(t.benchmarkStats()));
        json.put("worst_drawdowns", drawdowns(t.worstDrawdowns()));
        json.put("yearly_returns", yearly(t.periods()));
        json.put("monthly_returns", monthly(t.periods()));
        json.put("instruments", instruments(t.instruments()));
        json.put("run", t.run());
        return json;
    }

    private static Map<String, Object> explanations(Tearsheet t) {
        Explanations x = t.explanations();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", t.why());
        List<Object> trips = new ArrayList<>();
        for (Explanations.Trip trip : x.trips()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("breaker", trip.breaker());
            e.put("tripped_at", Fmt.iso(trip.trippedAt()));
            e.put("detail", trip.detail());
            e.put("cleared_at", trip.clearedAt() == null ? null : Fmt.iso(trip.clearedAt()));
            e.put("cleared_detail", trip.clearedDetail());
            e.put("orders_blocked_meanwhile", trip.blocked());
            trips.add(e);
        }
        m.put("breaker_trips", trips);
        List<Object> kills = new ArrayList<>();
        for (Explanations.KillSwitchEpisode k : x.killSwitch()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("engaged_at", Fmt.iso(k.engagedAt()));
            e.put("reason", k.reason());
            e.put("flatten", k.flatten());
            e.put("reset_at", k.resetAt() == null ? null : Fmt.iso(k.resetAt()));
            e.put("reset_reason", k.resetReason());
            e.put("orders_blocked_meanwhile", k.blocked());
            kills.add(e);
        }
        m.put("kill_switch", kills);
        Map<String, Object> blocked = new LinkedHashMap<>();
        blocked.put("total", x.blocked());
        blocked.put("by_reason", x.blockedByReason());
        blocked.put("by_instrument", x.blockedByInstrument());
        blocked.put("by_instrument_and_reason", x.blockedByInstrumentAndReason());
        m.put("blocked_orders", blocked);
        m.put("halted_fraction", x.haltedFraction());
        m.put("reconciliation_differences", x.reconciliationDifferences());
        List<Map<String, Object>> drift = new ArrayList<>();
        for (Explanations.Drift d : x.drift()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("instrument", d.symbol());
            e.put("subject", d.subject());
            e.put("actions", d.actions());
            e.put("first_at", Fmt.time(d.firstAt()));
            e.put("first_detail", d.firstDetail());
            drift.add(e);
        }
        m.put("model_drift", drift);
        Map<String, Object> fallbacks = new LinkedHashMap<>();
        fallbacks.put("steps", x.fallbacks().steps());
        fallbacks.put("by_state", x.fallbacks().byState());
        fallbacks.put("first_at", x.fallbacks().steps() == 0 ? null : Fmt.time(x.fallbacks().firstAt()));
        fallbacks.put("first_detail", x.fallbacks().firstDetail());
        m.put("sizing_fallbacks", fallbacks);
        return m;
    }

    private static Map<String, Object> benchmark(CurveStats b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "equal-weight buy and hold of the run's instruments, bought at their first close, no fees");
        m.put("total_return", b.totalReturn());
        m.put("cagr", b.cagr());
        m.put("volatility", b.volatility());
        m.put("sharpe", b.sharpe());
        m.put("sortino", b.sortino());
        m.put("max_drawdown", b.maxDrawdown());
        m.put("calmar", b.calmar());
        m.put("final_equity", b.last());
        return m;
    }

    private static List<Object> drawdowns(List<Drawdowns.Period> periods) {
        List<Object> out = new ArrayList<>();
        for (Drawdowns.Period p : periods) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", Fmt.iso(p.start()));
            m.put("trough", Fmt.iso(p.trough()));
            m.put("recovery", p.recovery() == null ? null : Fmt.iso(p.recovery()));
            m.put("depth", p.depth());
            m.put("days", p.durationMillis() / 86_400_000.0);
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> yearly(PeriodReturns p) {
        Map<String, Object> m = new LinkedHashMap<>();
        p.yearly().forEach((y, r) -> m.put(Integer.toString(y), r));
        return m;
    }

    private static Map<String, Object> monthly(PeriodReturns p) {
        Map<String, Object> m = new LinkedHashMap<>();
        p.monthly().forEach((y, months) -> {
            for (int i = 0; i < 12; i++) {
                if (!Double.isNaN(months[i])) {
                    m.put(String.format(java.util.Locale.ROOT, "%d-%02d", y, i + 1), months[i]);
                }
            }
        });
        return m;
    }

    private static Map<String, Object> instruments(List<InstrumentStats> list) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (InstrumentStats s : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("trades", s.trades());
            m.put("win_rate", s.winRate());
            m.put("pnl", s.pnl());
            m.put("fees", s.fees());
            m.put("traded", s.traded());
            m.put("time_in_market", s.timeInMarket());
            m.put("avg_exposure", s.avgExposure());
            m.put("max_exposure", s.maxExposure());
            out.put(s.symbol(), m);
        }
        return out;
    }
}
