package io.trader.smartmoney.data;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The decoders are pure: the house rule ({@link CorePurity}) with one stated exception, the
 * {@link InputStream} (and its {@link IOException}) {@link LeaderboardReader} reads the document from (the brief asks
 * for a streaming reader: the ~25 MB leaderboard must not be materialised); no clock, no framework, never the feed.
 */
class DataPurityTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.trader.smartmoney");
    private static final Set<String> ALLOWED = Set.of(InputStream.class.getName(), IOException.class.getName());

    @Test
    void decodersArePureButForTheStreamTheyAreGiven() {
        DescribedPredicate<JavaClass> forbidden = new DescribedPredicate<>("forbidden by CorePurity, but the input stream") {
            @Override
            public boolean test(JavaClass c) {
                if (ALLOWED.contains(c.getName())) {
                    return false;
                }
                for (String p : CorePurity.FORBIDDEN) {
                    String prefix = p.substring(0, p.length() - 2);
                    if (c.getPackageName().equals(prefix) || c.getPackageName().startsWith(prefix + ".")) {
                        return true;
                    }
                }
                return false;
            }
        };
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..").should().dependOnClassesThat(forbidden)
                .check(MAIN);
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..").should()
                .callMethod(System.class, "currentTimeMillis").orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(java.time.Instant.class, "now").check(MAIN);
    }

    @Test
    void dataDoesNotReachTheFeed() {
        noClasses().that().resideInAPackage("io.trader.smartmoney.data..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..",
                        "io.trader.smartmoney.feed..", "io.trader.venue..")
                .check(MAIN);
    }
}
