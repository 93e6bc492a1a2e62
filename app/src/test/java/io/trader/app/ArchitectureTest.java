package io.trader.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules, checked on the compiled classes of every module: pure cores import no framework,
 * no I/O and read no wall clock; layers do not depend on each other; one configuration scheme.
 */
class ArchitectureTest {

    /** The pure packages: the shared core, each layer's core, and the engine. */
    private static final String[] PURE = {"io.trader.core..", "io.trader.layer0.core..", "io.trader.layer1.core..",
            "io.trader.layer2.core..", "io.trader.layer3.core..", "io.trader.layer4.core..",
            "io.trader.layer5.core..", "io.trader.app.engine..", "io.trader.venue.hyperliquid.data..",
            "io.trader.venue.hyperliquid.exec.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.trader");
    }

    @Test
    void pureCoresImportNoFrameworkNoIoAndReadNoClock() {
        CorePurity.assertPure(classes, PURE);
    }

    @Test
    void layersDoNotDependOnEachOther() {
        String[] layers = {"layer0", "layer1", "layer2", "layer3", "layer4", "layer5"};
        for (String layer : layers) {
            String[] others = java.util.Arrays.stream(layers).filter(l -> !l.equals(layer))
                    .map(l -> "io.trader." + l + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("io.trader." + layer + "..").should().dependOnClassesThat()
                    .resideInAnyPackage(others).orShould().dependOnClassesThat()
                    .resideInAnyPackage("io.trader.app..", "io.trader.monitoring..")
                    .because("layers talk through contracts in core; app wires them").check(classes);
        }
        noClasses().that().resideInAPackage("io.trader.core..").should().dependOnClassesThat()
                .resideInAnyPackage("io.trader.layer0..", "io.trader.layer1..", "io.trader.layer2..",
                        "io.trader.layer3..", "io.trader.layer4..", "io.trader.layer5..", "io.trader.app..",
                        "io.trader.monitoring..").check(classes);
    }

    /**
     * Venue-specific code lives in venue modules ({@code io.trader.venue.<name>}) and layers keep only
     * venue-independent logic; a venue module implements core's contracts and never reaches into a layer.
     */
    @Test
    void layersAndVenuesDoNotDependOnEachOther() {
        noClasses().that().resideInAnyPackage("io.trader.layer0..", "io.trader.layer1..", "io.trader.layer2..",
                        "io.trader.layer3..", "io.trader.layer4..", "io.trader.layer5..")
                .should().dependOnClassesThat().resideInAnyPackage("io.trader.venue..")
                .because("layers keep venue-independent logic; the app wires venues to them").check(classes);
        noClasses().that().resideInAPackage("io.trader.venue..")
                .should().dependOnClassesThat().resideInAnyPackage("io.trader.layer0..", "io.trader.layer1..",
                        "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..", "io.trader.layer5..",
                        "io.trader.app..", "io.trader.monitoring..")
                .because("a venue module implements core's contracts").check(classes);
    }

    /**
     * One configuration scheme: every setting is a {@code trader.*} key of {@code TraderSettings}, read by
     * the app and handed to the layers as plain records. No module declares Micronaut configuration beans
     * (they would bind keys of their own that the app never reads).
     */
    @Test
    void oneConfigurationSchemeNoMicronautConfigurationBeans() {
        noClasses().that().resideInAPackage("io.trader..").should()
                .beAnnotatedWith("io.micronaut.context.annotation.ConfigurationProperties")
                .orShould().beAnnotatedWith("io.micronaut.context.annotation.EachProperty")
                .orShould().beAnnotatedWith("io.micronaut.context.annotation.Factory")
                .because("settings come only from TraderSettings (README: Configuration)").check(classes);
    }
}
