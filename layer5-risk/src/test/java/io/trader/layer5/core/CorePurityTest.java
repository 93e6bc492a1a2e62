package io.trader.layer5.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The core package stays plain Java: no framework, no I/O, no wall clock. */
class CorePurityTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.layer5.core");

    @Test
    void coreUsesNoFrameworkAndNoIo() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "jakarta..", "java.io..", "java.nio..", "java.net..",
                        "java.sql..", "io.trader.layer4..")
                .check(CORE);
    }

    @Test
    void coreNeverReadsTheWallClock() {
        noClasses().should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(Instant.class, "now")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .check(CORE);
    }
}
