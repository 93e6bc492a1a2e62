package io.trader.layer3.core.opt;

/** Every case of {@link MeanVarianceReferenceTest} solved by ojAlgo instead of the in-house interior point. */
class MeanVarianceReferenceOjAlgoTest extends MeanVarianceReferenceTest {

    @Override
    QpSolver solver() {
        return QpSolver.OJALGO;
    }
}
