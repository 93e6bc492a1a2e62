package io.trader.layer0.core.hyperliquid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The Hyperliquid parsing core stays pure: no vert.x, no netty, no venue shell, no I/O. */
class HyperliquidArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.layer0");

    @Test
    void coreHasNoTransportAndNoShell() {
        noClasses().that().resideInAPackage("io.trader.layer0.core.hyperliquid..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..", "io.micronaut..",
                        "java.io..", "java.nio.file..", "java.net..", "io.trader.layer0.venue..",
                        "io.trader.layer0.service..")
                .check(MAIN);
    }

    @Test
    void venueShellDoesNotUseMicronaut() {
        noClasses().that().resideInAPackage("io.trader.layer0.venue..")
                .should().dependOnClassesThat().resideInAnyPackage("io.micronaut..")
                .check(MAIN);
    }
}
