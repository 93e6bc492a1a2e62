package io.trader.correlation.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The correlation core is pure (no I/O, no clock, no framework, no AWT); only {@code image} draws PNGs. */
class CorrelationArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.correlation");

    @Test
    void coreIsPure() {
        CorePurity.assertPure("io.trader.correlation.core");
        noClasses().that().resideInAPackage("io.trader.correlation.core..").should().dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.imageio..", "io.trader.correlation.image..")
                .because("the SVG is a string; pixels are the image package's").check(MAIN);
    }

    @Test
    void noLayerNoAppNoFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.trader.layer0..",
                        "io.trader.layer1..", "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..",
                        "io.trader.layer5..", "io.trader.app..", "io.trader.smartmoney..")
                .because("correlation depends on core only; the app wires it").check(MAIN);
    }
}
