package io.trader.app.smartmoney;

import io.trader.smartmoney.core.WhaleAlert;

import java.util.List;

/**
 * One page of the stored whale-alert history.
 *
 * @param alerts newest first
 * @param next   the cursor of the next (older) page, or null when this page is the last
 */
public record AlertPage(List<WhaleAlert> alerts, AlertQuery.Cursor next) {

    public AlertPage {
        alerts = List.copyOf(alerts);
    }
}
