package io.trader.smartmoney.analysis;

import io.trader.smartmoney.data.Window;
import io.trader.smartmoney.data.WindowStats;

import java.util.List;

/**
 * The trader metrics the analysis tests for predictive power, computed from one {@link TraderSnapshot} (only what
 * was known at its time). NaN when the input is missing.
 * <ul>
 *   <li>{@code roi_day, roi_week, roi_month, roi_all_time}: the leaderboard window's ROI;</li>
 *   <li>{@code pnl_month_over_account}: the month's P&amp;L over the account value;</li>
 *   <li>{@code log10_account}: log10 of the account value in USD (NaN when not positive);</li>
 *   <li>{@code turnover_month}: the month's traded volume over the account value;</li>
 *   <li>{@code consistency}: the share of the four windows with a positive ROI (of those present);</li>
 *   <li>{@code mean_leverage, holding_hours, trades_per_day}: behaviour from the recorded position changes.</li>
 * </ul>
 */
public final class TraderFeatures {

    /** Feature names, in row order. */
    public static final List<String> NAMES = List.of("roi_day", "roi_week", "roi_month", "roi_all_time",
            "pnl_month_over_account", "log10_account", "turnover_month", "consistency", "mean_leverage",
            "holding_hours", "trades_per_day");
    /** Index of {@code roi_month}, the naive reference's score. */
    public static final int ROI_MONTH = 2;
    /** Indices of the behaviour features the traders are clustered on. */
    public static final int[] BEHAVIOUR = {8, 9, 10};

    private TraderFeatures() {
    }

    /** The feature row of a snapshot. */
    public static double[] of(TraderSnapshot s) {
        double account = s.accountValue().doubleValue();
        double[] row = new double[NAMES.size()];
        row[0] = roi(s, Window.DAY);
        row[1] = roi(s, Window.WEEK);
        row[2] = roi(s, Window.MONTH);
        row[3] = roi(s, Window.ALL_TIME);
        WindowStats month = s.windows().get(Window.MONTH);
        row[4] = month != null && account > 0 ? month.pnl().doubleValue() / account : Double.NaN;
        row[5] = account > 0 ? Math.log10(account) : Double.NaN;
        row[6] = month != null && account > 0 ? month.volume().doubleValue() / account : Double.NaN;
        int present = 0;
        int positive = 0;
        for (Window w : Window.values()) {
            WindowStats ws = s.windows().get(w);
            if (ws != null) {
                present++;
                positive += ws.roi().signum() > 0 ? 1 : 0;
            }
        }
        row[7] = present == 0 ? Double.NaN : (double) positive / present;
        row[8] = s.meanLeverage();
        row[9] = s.holdingHours();
        row[10] = s.tradesPerDay();
        return row;
    }

    private static double roi(TraderSnapshot s, Window w) {
        WindowStats ws = s.windows().get(w);
        return ws == null ? Double.NaN : ws.roi().doubleValue();
    }
}
