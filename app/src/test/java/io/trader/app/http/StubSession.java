package io.trader.app.http;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A session for the HTTP tests that need no engine: records the control calls it gets, and can be told
 * to fail the way a broken store does (an exception whose message is raw SQL).
 */
final class StubSession implements SessionControl {

    /** What a broken database says; must never reach an API client. */
    static final String SQL_MESSAGE = "ERROR: relation \"kill_switch\" does not exist\n  Position: 15";

    final List<String> engaged = new CopyOnWriteArrayList<>();
    final List<String> resets = new CopyOnWriteArrayList<>();
    volatile boolean failing;

    private void maybeFail() {
        if (failing) {
            throw new IllegalStateException(SQL_MESSAGE);
        }
    }

    @Override
    public Views.Status status() {
        maybeFail();
        return new Views.Status("paper", "stub", "running", "paper", List.of("BTCUSDT"), 0, null, "0",
                killSwitch(), false, List.of(), "1970-01-01T00:00:00Z", "stub");
    }

    @Override
    public List<Views.Position> positions() {
        maybeFail();
        return List.of();
    }

    @Override
    public List<Views.ParentOrder> parentOrders() {
        return List.of();
    }

    @Override
    public List<Views.Order> orders(boolean openOnly, int limit) {
        maybeFail();
        return List.of();
    }

    @Override
    public Views.Pnl pnl() {
        maybeFail();
        return new Views.Pnl("0", "0", "0", "0", "0", "0", "0", 0, null);
    }

    @Override
    public Views.KillSwitch killSwitch() {
        maybeFail();
        return new Views.KillSwitch(!engaged.isEmpty(), engaged.isEmpty() ? null : engaged.get(0), null, false);
    }

    @Override
    public KillSwitchResult engageKillSwitch(String reason, boolean flatten) {
        maybeFail();
        engaged.add(reason + "|flatten=" + flatten);
        return KillSwitchResult.durable(killSwitch());
    }

    @Override
    public KillSwitchResult resetKillSwitch(String reason) {
        maybeFail();
        resets.add(reason);
        engaged.clear();
        return KillSwitchResult.durable(killSwitch());
    }

    @Override
    public String metrics() {
        maybeFail();
        return "";
    }

    @Override
    public Views.Health health() {
        return new Views.Health("UP", Map.of());
    }

    @Override
    public Views.Breakers breakers() {
        maybeFail();
        return new Views.Breakers(false, List.of());
    }

    @Override
    public Views.Breakers resetBreakers(String reason) {
        maybeFail();
        resets.add("breakers:" + reason);
        return breakers();
    }

    @Override
    public PanelViews.Trading tradingState() {
        return new PanelViews.Trading("trading", null, null);
    }

    @Override
    public PanelViews.Trading pause(String reason) {
        maybeFail();
        resets.add("pause:" + reason);
        return tradingState();
    }

    @Override
    public PanelViews.Trading resume(String reason) {
        maybeFail();
        resets.add("resume:" + reason);
        return tradingState();
    }

    @Override
    public PanelViews.Alphas alphas() {
        return new PanelViews.Alphas(List.of());
    }

    @Override
    public List<PanelViews.EquityPoint> equityHistory() {
        return List.of();
    }
}
