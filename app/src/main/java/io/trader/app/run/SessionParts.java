package io.trader.app.run;

import io.trader.app.config.TraderSettings;
import io.trader.app.engine.ForwardingOrderListener;
import io.trader.app.engine.SimulatedClock;
import io.trader.app.engine.InstrumentPipeline;
import io.trader.app.engine.TradingEngine;
import io.trader.app.zoo.PromotedZoo;
import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;
import io.trader.layer4.core.PaperExchange;
import io.trader.layer5.core.KillSwitch;
import io.trader.layer5.core.Portfolio;
import io.trader.layer5.core.RiskEngine;

import io.trader.core.port.ExchangePort;
import io.trader.core.port.OrderEventListener;

import io.trader.core.port.MarketContextSource;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
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
    /** The venue the engine trades on. */
    public final ExchangePort exchange;
    /** The paper exchange when the venue is simulated, else null. */
    public final PaperExchange paper;
    public final TradingEngine engine;
    /**
     * The zoo on registry versions ({@code --strategy zoo} with {@code trader.zoo.models=promoted}), else
     * null: a session makes it follow the registry, a backtest fixes the versions promoted at its start.
     */
    public final PromotedZoo zoo;

    private SessionParts(SimulatedClock clock, Portfolio portfolio, KillSwitch killSwitch, RiskEngine risk,
                         ExchangePort exchange, PaperExchange paper, TradingEngine engine, PromotedZoo zoo) {
        this.zoo = zoo;
        this.clock = clock;
        this.portfolio = portfolio;
        this.killSwitch = killSwitch;
        this.risk = risk;
        this.exchange = exchange;
        this.paper = paper;
        this.engine = engine;
    }

    /**
     * @param engineThread runs a task on the engine thread: kill-switch events raised by other threads
     *                     (HTTP) reach the listener there. A backtest passes {@code Runnable::run}.
     */
    public static SessionParts paper(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                     TradingListener listener, Executor engineThread) {
        return paper(s, strategy, instruments, clientIdPrefix, listener, engineThread, Map.of());
    }

    /** @param aux a live feed's auxiliary data per symbol, replacing the files' (empty: files or none) */
    public static SessionParts paper(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                     TradingListener listener, Executor engineThread,
                                     Map<String, MarketContextSource> aux) {
        PaperExchange[] paper = new PaperExchange[1];
        SimulatedClock clock = new SimulatedClock(0);
        return build(s, strategy, instruments, clientIdPrefix, listener, engineThread, clock, orders -> {
            paper[0] = new PaperExchange(Assembly.paper(s), orders, clock);
            return paper[0];
        }, paper, aux);
    }

    /**
     * The same parts on a live venue: {@code venue} builds the exchange adapter around the listener that
     * must receive its order events (on the engine thread).
     */
    public static SessionParts venue(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                     TradingListener listener, Executor engineThread,
                                     Function<OrderEventListener, ExchangePort> venue) {
        return venue(s, strategy, instruments, clientIdPrefix, listener, engineThread, venue, Map.of());
    }

    /** @param aux a live feed's auxiliary data per symbol, replacing the files' (empty: files or none) */
    public static SessionParts venue(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                     TradingListener listener, Executor engineThread,
                                     Function<OrderEventListener, ExchangePort> venue,
                                     Map<String, MarketContextSource> aux) {
        SessionParts parts = build(s, strategy, instruments, clientIdPrefix, listener, engineThread,
                new SimulatedClock(0), venue, new PaperExchange[1], aux);
        parts.engine.appliedFills().keep(io.trader.app.engine.AppliedFills.LIVE_CAPACITY); // for reconciliation
        return parts;
    }

    private static SessionParts build(TraderSettings s, String strategy, int instruments, String clientIdPrefix,
                                      TradingListener listener, Executor engineThread, SimulatedClock clock,
                                      Function<OrderEventListener, ExchangePort> venue, PaperExchange[] paper,
                                      Map<String, MarketContextSource> aux) {
        Portfolio portfolio = new Portfolio(Assembly.initialCash(s));
        TradingEngine[] holder = new TradingEngine[1];
        Consumer<RiskEvent> onEngineThread = e -> holder[0].onRiskEvent(e);
        KillSwitch killSwitch = new KillSwitch(e -> engineThread.execute(() -> holder[0].onRiskEvent(e)));
        RiskEngine risk = new RiskEngine(Assembly.risk(s), killSwitch, onEngineThread);
        risk.useDivergence(Assembly.divergence(s), Assembly.ASSETS);
        ForwardingOrderListener orders = new ForwardingOrderListener();
        ExchangePort exchange = venue.apply(orders);
        PaperExchange simulated = paper[0];
        PromotedZoo zoo = Assembly.ZOO.equals(strategy) && PromotedZoo.enabled(s) ? new PromotedZoo(s) : null;
        TradingEngine engine = new TradingEngine(Assembly.engine(s, clientIdPrefix),
                Assembly.strategy(strategy, s, instruments, zoo, aux), exchange, simulated, risk, portfolio, listener,
                Portfolios.bookSizer(s), Assembly.execution(s));
        Runnable selections = io.trader.app.config.EnsembleSettings.from(s).learner()
                == io.trader.app.config.EnsembleSettings.Learner.AUTO ? new AutoSelectionLog(engine::pipelines) : null;
        if (zoo != null || selections != null) {
            engine.beforeEachBar(() -> {
                if (selections != null) {
                    selections.run();
                }
                if (zoo != null && zoo.sync()) { // promotions and rollbacks take effect between bars
                    engine.pipelines().forEach(InstrumentPipeline::refreshAlphaIds); // decisions name the version
                }
            });
        }
        holder[0] = engine;
        orders.setTarget(engine);
        return new SessionParts(clock, portfolio, killSwitch, risk, exchange, simulated, engine, zoo);
    }
}
