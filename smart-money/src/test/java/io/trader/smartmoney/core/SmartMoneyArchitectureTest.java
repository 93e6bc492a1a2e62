package io.trader.smartmoney.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The smart-money module's shape, the way the venue modules check theirs: the core ({@code core}) is pure by the
 * house rule (no framework, no I/O of any kind, no logging, no wall clock). The wire records and decoders
 * ({@code data}) are pure too except that a decoder may read a stream it is handed (the leaderboard is ~25 MB and
 * is stream-parsed), so {@code java.io} streams are allowed there but files, {@code java.nio.file} and the network
 * are not. Neither reaches the feed's shell, and nothing in the module uses Micronaut, a layer or the app.
 */
class SmartMoneyArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.trader.smartmoney");

    @Test
    void coreIsPure() {
        CorePurity.assertPure("io.trader.smartmoney.core");
    }

    @Test
    void dataReadsOnlyWhatItIsHanded() {
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..").should().dependOnClassesThat()
                .resideInAnyPackage("io.micronaut..", "jakarta..", "javax.inject..", "io.vertx..", "io.netty..",
                        "java.nio.file..", "java.net..", "java.sql..", "javax.sql..", "org.slf4j..",
                        "io.prometheus..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("decoders read a stream or a string they are given; opening files or sockets is the shell's")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..").should()
                .callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .because("time is an input")
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void pureCoresDoNotReachTheShell() {
        noClasses().that().resideInAnyPackage("io.trader.smartmoney.data..", "io.trader.smartmoney.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.trader.smartmoney.feed..",
                        "io.trader.smartmoney.store..", "io.trader.smartmoney.api..")
                .allowEmptyShould(true)
                .check(MAIN);
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..").should().dependOnClassesThat()
                .resideInAPackage("io.trader.smartmoney.core..")
                .because("the wire records come first; the core builds on them, not the reverse")
                .check(MAIN);
    }

    @Test
    void noMicronautNoLayerNoApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "io.trader.layer0..",
                        "io.trader.layer1..", "io.trader.layer2..", "io.trader.layer3..", "io.trader.layer4..",
                        "io.trader.layer5..", "io.trader.app..")
                .because("smart money is a feed module; the app wires it to the layers")
                .check(MAIN);
    }
}
