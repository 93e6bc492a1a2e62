package io.trader.signals.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The signals core is pure (no I/O, no clock, no framework) and uses no layer or app code. */
class SignalsArchitectureTest {

    @Test
    void coreIsPure() {
        CorePurity.assertPure("io.trader.signals.core");
    }

    @Test
    void noLayerNoApp() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.trader.signals");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.trader.layer0..",
                        "io.trader.layer1..", "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..",
                        "io.trader.layer5..", "io.trader.app..", "com.fasterxml..")
                .because("signals is a product module; the app wires it to the engine")
                .check(main);
    }
}
