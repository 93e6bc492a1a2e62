package io.trader.layer3.core.opt;

/**
 * Which QP engine solves the mean-variance problems. AUTO runs the in-house interior point first and, if
 * it does not converge, ojAlgo (whose state then decides, e.g. INFEASIBLE).
 */
public enum QpSolver { AUTO, INTERIOR_POINT, OJALGO }
