package io.trader.layer3.core.opt;

/** Every case of {@link MeanVarianceConstraintsTest} solved by ojAlgo instead of the in-house interior point. */
class MeanVarianceConstraintsOjAlgoTest extends MeanVarianceConstraintsTest {

    @Override
    QpSolver solver() {
        return QpSolver.OJALGO;
    }
}
