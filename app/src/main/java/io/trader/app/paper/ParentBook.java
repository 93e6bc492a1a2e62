package io.trader.app.paper;

import io.trader.app.http.Views;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.event.OrderEvent;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import io.trader.core.port.TradingListener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session's parent orders for the API: the working ones with their fills so far and the most recent
 * {@value #KEEP_ENDED} ended ones with their execution quality. Engine thread only; the session publishes copies.
 */
final class ParentBook implements TradingListener {

    static final int KEEP_ENDED = 200;

    private final Map<String, ParentOrder> working = new LinkedHashMap<>();
    private final Map<String, Long> filled = new LinkedHashMap<>();
    private final Map<String, Integer> children = new LinkedHashMap<>();
    private final ArrayDeque<ParentReport> ended = new ArrayDeque<>();

    @Override
    public void onParentOrder(ParentOrder parent) {
        working.put(parent.parentId(), parent);
    }

    @Override
    public void onOrderSubmitted(io.trader.core.domain.OrderRequest request) {
        if (working.containsKey(request.parentId())) {
            children.merge(request.parentId(), 1, Integer::sum);
        }
    }

    @Override
    public void onOrderEvent(OrderEvent event) {
        String parent = event.state().request().parentId();
        if (event instanceof OrderEvent.Filled f && working.containsKey(parent)) {
            filled.merge(parent, f.fill().qtyLots(), Long::sum);
        }
    }

    @Override
    public void onParentDone(ParentReport report) {
        String id = report.parent().parentId();
        working.remove(id);
        filled.remove(id);
        children.remove(id);
        ended.addFirst(report);
        while (ended.size() > KEEP_ENDED) {
            ended.removeLast();
        }
    }

    List<Views.ParentOrder> views() {
        List<Views.ParentOrder> out = new ArrayList<>(working.size() + ended.size());
        for (ParentOrder p : working.values()) {
            out.add(view(p, "WORKING", filled.getOrDefault(p.parentId(), 0L),
                    children.getOrDefault(p.parentId(), 0), null));
        }
        for (Iterator<ParentReport> it = ended.iterator(); it.hasNext(); ) {
            ParentReport r = it.next();
            out.add(view(r.parent(), r.status().name(), r.filledLots(), r.children(), r));
        }
        return out;
    }

    private static Views.ParentOrder view(ParentOrder p, String status, long filledLots, int children,
                                          ParentReport r) {
        InstrumentSpec spec = p.instrument();
        return new Views.ParentOrder(p.parentId(), spec.symbol(), p.side().name(),
                spec.qtyDecimal(p.lots()).toPlainString(), p.algorithm(), status,
                spec.qtyDecimal(filledLots).toPlainString(), p.decisions(), children, time(p.createdMillis()),
                time(p.deadlineMillis()), p.reason(),
                r == null ? null : spec.priceDecimal(r.arrivalTicks()).toPlainString(),
                r == null || Double.isNaN(r.averageTicks()) ? null : price(spec, r.averageTicks()),
                r == null ? null : finite(r.shortfallBps()), r == null ? null : finite(r.vsTwapBps()),
                r == null ? null : finite(r.participation()), r == null ? null : time(r.endMillis()),
                r == null ? null : r.reason());
    }

    /** An average price in ticks as a decimal, to the tick's scale plus 4 digits (an average lies between ticks). */
    private static String price(InstrumentSpec spec, double ticks) {
        return BigDecimal.valueOf(ticks).movePointLeft(spec.priceScale())
                .setScale(spec.priceScale() + 4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String time(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
