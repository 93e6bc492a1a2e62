package io.trader.layer4.core.plan;

import io.trader.core.domain.Side;
import io.trader.core.exec.ParentOrder;
import io.trader.core.exec.ParentReport;
import io.trader.layer4.core.exec.ExecutionPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** One parent order being worked: its policy, its working children and what has filled. Engine thread. */
final class WorkingParent {

    final ParentOrder parent;
    final ExecutionPolicy policy;
    final long arrivalTicks;
    final Map<String, Long> workingChildren = new LinkedHashMap<>(); // client id -> lots not yet filled
    long filledLots;
    double filledNotionalTicks; // sum of price ticks x lots
    int decision;
    long nextDecisionBar;
    int children;
    double twapSum;
    int twapCount;
    double marketVolumeUnits;
    double intervalVolumeUnits;
    double lastIntervalVolumeUnits;

    WorkingParent(ParentOrder parent, ExecutionPolicy policy, long arrivalTicks, long firstBar) {
        this.parent = parent;
        this.policy = policy;
        this.arrivalTicks = arrivalTicks;
        this.nextDecisionBar = firstBar;
    }

    long workingLots() {
        long sum = 0;
        for (long lots : workingChildren.values()) {
            sum += lots;
        }
        return sum;
    }

    /** Lots no child carries yet and that have not filled. */
    long unsentLots() {
        return Math.max(0, parent.lots() - filledLots - workingLots());
    }

    boolean decisionsDone() {
        return decision >= parent.decisions();
    }

    void fill(String childId, long lots, long priceTicks) {
        filledLots += lots;
        filledNotionalTicks += (double) priceTicks * lots;
        workingChildren.computeIfPresent(childId, (id, left) -> left - lots > 0 ? left - lots : null);
    }

    ParentReport report(ParentReport.Status status, long endMillis, double unitsPerLot, String reason) {
        double average = filledLots > 0 ? filledNotionalTicks / filledLots : Double.NaN;
        double twap = twapCount > 0 ? twapSum / twapCount : Double.NaN;
        double participation = marketVolumeUnits > 0 ? filledLots * unitsPerLot / marketVolumeUnits : Double.NaN;
        return new ParentReport(parent, status, filledLots, arrivalTicks, average,
                cost(parent.side(), average, arrivalTicks), cost(parent.side(), average, twap), participation,
                children, endMillis, reason);
    }

    /** Cost in bps of {@code price} against {@code benchmark}: positive = paid more (buy) / received less (sell). */
    static double cost(Side side, double price, double benchmark) {
        if (!(benchmark > 0) || Double.isNaN(price)) {
            return Double.NaN;
        }
        return io.trader.layer4.core.algo.ExecutionMetrics.shortfallBps(side, price, benchmark);
    }
}
