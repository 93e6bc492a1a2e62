package io.trader.notify;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The notify module's shape: the alert manager ({@code core}) is pure by the house rule (no framework, no I/O, no
 * logging, no wall clock: time is passed in); the channels may do I/O but never reach Micronaut or the app.
 */
class NotifyArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.trader.notify");

    @Test
    void coreIsPure() {
        CorePurity.assertPure("io.trader.notify.core");
    }

    @Test
    void coreDoesNotReachTheChannels() {
        noClasses().that().resideInAPackage("io.trader.notify.core..").should().dependOnClassesThat()
                .resideInAPackage("io.trader.notify.channel..").check(MAIN);
    }

    @Test
    void noMicronautNoLayerNoApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.trader.layer0..",
                        "io.trader.layer1..", "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..",
                        "io.trader.layer5..", "io.trader.app..")
                .because("notify is a module of its own; the app wires it to the session").check(MAIN);
    }
}
