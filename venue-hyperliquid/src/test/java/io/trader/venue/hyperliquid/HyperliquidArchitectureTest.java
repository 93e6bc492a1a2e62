package io.trader.venue.hyperliquid;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The venue module's shape: the wire decoders ({@code data}) and the signing, tracking and reconciliation
 * ({@code exec}) are pure (no framework, no I/O, no logging, no wall clock); only the shells ({@code stream}, the
 * root package) do I/O; nothing here uses Micronaut or reaches into a layer or the app.
 */
class HyperliquidArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.venue.hyperliquid");

    @Test
    void decodersAndExecutionLogicArePure() {
        CorePurity.assertPure("io.trader.venue.hyperliquid.data");
        CorePurity.assertPure("io.trader.venue.hyperliquid.exec");
    }

    @Test
    void pureCoresDoNotReachTheShells() {
        noClasses().that().resideInAnyPackage("io.trader.venue.hyperliquid.data..",
                        "io.trader.venue.hyperliquid.exec..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..",
                        "io.trader.venue.hyperliquid.stream..")
                .check(MAIN);
    }

    @Test
    void noMicronautNoLayerNoApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.trader.layer0..",
                        "io.trader.layer1..", "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..",
                        "io.trader.layer5..", "io.trader.app..")
                .because("a venue module implements core's contracts; the app wires it to the layers")
                .check(MAIN);
    }
}
