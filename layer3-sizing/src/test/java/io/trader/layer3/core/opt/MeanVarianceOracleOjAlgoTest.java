package io.trader.layer3.core.opt;

/** Every case of {@link MeanVarianceOracleTest} solved by ojAlgo instead of the in-house interior point. */
class MeanVarianceOracleOjAlgoTest extends MeanVarianceOracleTest {

    @Override
    QpSolver solver() {
        return QpSolver.OJALGO;
    }
}
