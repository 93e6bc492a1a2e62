package io.trader.layer0.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core package stays plain Java: no framework, no I/O, no clock. */
class CoreArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.layer0");

    @Test
    void coreUsesNoFrameworkAndNoIo() {
        noClasses().that().resideInAPackage("io.trader.layer0.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "jakarta..", "org.slf4j..",
                        "java.io..", "java.nio.file..", "java.net..", "io.trader.layer0.service..")
                .check(MAIN);
    }

    @Test
    void coreReadsNoClock() {
        noClasses().that().resideInAPackage("io.trader.layer0.core..")
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(MAIN);
    }
}
