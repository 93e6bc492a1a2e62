package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.ForwardingOrderListener;
import io.trader.app.engine.SimulatedClock;
import io.trader.app.engine.TradingEngine;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The parts of a trading session on the paper exchange, wired the same way for backtests and paper
 * sessions: simulated clock, portfolio (L5), kill switch and risk engine (L5), paper exchange (L4) and
 * the engine that runs L0 to L3 per bar.
 */
public final class SessionParts {

    public final SimulatedClock clock;
    public final Portfolio portfolio;
    public final KillSwitch killSwitch;
    public final RiskEngine risk;
    public final PaperExchange exchange;
    public final TradingEngine engine;

    private SessionParts(SimulatedClock clock, Portfolio portfolio, KillSwitch killSwitch, RiskEngine risk,
                         PaperExchange exchange, TradingEngine engine) {
        this.clock = clock;
        this.portfolio = portfolio;
        this.killSwitch = killSwitch;
        this.risk = risk;
        this.exchange = exchange;
        this.engine = engine;
    }

    /**
     * @param engineThread runs a task on the engine thread: kill-switch events raised by other threads
     *                     (HTTP) reach the listener there. A backtest passes {@code Runnable::run}.
     */
    public static SessionParts paper(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                     TradingListener listener, Executor engineThread) {
        SimulatedClock clock = new SimulatedClock(0);
        Portfolio portfolio = new Portfolio(Assembly.initialCash(s));
        TradingEngine[] holder = new TradingEngine[1];
        Consumer<RiskEvent> onEngineThread = e -> holder[0].onRiskEvent(e);
        KillSwitch killSwitch = new KillSwitch(e -> engineThread.execute(() -> holder[0].onRiskEvent(e)));
        RiskEngine risk = new RiskEngine(Assembly.risk(s), killSwitch, onEngineThread);
        ForwardingOrderListener orders = new ForwardingOrderListener();
        PaperExchange exchange = new PaperExchange(Assembly.paper(s), orders, clock);
        TradingEngine engine = new TradingEngine(Assembly.engine(s, clientIdPrefix),
                Assembly.strategy(strategy, s, instruments), exchange, exchange, risk, portfolio, listener);
        holder[0] = engine;
        orders.setTarget(engine);
        return new SessionParts(clock, portfolio, killSwitch, risk, exchange, engine);
    }
}
