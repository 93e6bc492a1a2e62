package io.trader.layer4.core.exec;

/**
 * One execution algorithm (TWAP, VWAP, POV, iceberg, Almgren-Chriss, the RL agent): a factory of per-parent
 * policies. Chosen per parent order or by configuration, by {@link #name()}.
 */
public interface ExecutionAlgorithm {

    String name();

    ExecutionPolicy start(ExecParent parent);
}
