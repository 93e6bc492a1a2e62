package io.trader.core.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rule for pure core packages, shared by every module's purity test and the app's
 * architecture test: plain Java, no framework, no I/O, no logging, no wall clock.
 */
public final class CorePurity {

    /** Packages a pure core must not touch. */
    public static final String[] FORBIDDEN = {"io.micronaut..", "jakarta..", "javax.inject..", "io.vertx..",
            "io.netty..", "java.io..", "java.nio.file..", "java.net..", "java.sql..", "javax.sql..", "org.slf4j..",
            "io.prometheus.."};

    private CorePurity() {
    }

    /** Fails when a class of {@code corePackage} (and below) breaks the rule. */
    public static void assertPure(String corePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages(corePackage);
        if (classes.stream().noneMatch(c -> c.getPackageName().startsWith(corePackage))) {
            throw new AssertionError("no classes found in " + corePackage + ": the purity check would be empty");
        }
        assertPure(classes, corePackage + "..");
    }

    /** Fails when a class of {@code classes} in any of {@code packages} breaks the rule. */
    public static void assertPure(JavaClasses classes, String... packages) {
        noClasses().that().resideInAnyPackage(packages).should().dependOnClassesThat()
                .resideInAnyPackage(FORBIDDEN)
                .because("a core package is plain Java: the shell does framework, I/O and logging")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAnyPackage(packages).should()
                .callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .because("time is an input: cores take it from events or a TimeSource")
                .allowEmptyShould(true).check(classes);
    }
}
