package io.trader.layer4.core.exec;

/**
 * Works one parent order: asked once per decision, it returns the next child. Stateful per parent (created by
 * {@link ExecutionAlgorithm#start}); pure and single-threaded. The same policy object runs in the execution
 * simulator, in backtests, paper and live.
 */
public interface ExecutionPolicy {

    ChildDecision decide(ExecState state);

    /** Lots of an earlier child filled (policies that refill, such as an iceberg, use it); default ignores it. */
    default void onFill(long lots) {
    }
}
