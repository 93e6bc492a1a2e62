package io.trader.venue.kraken.book;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.trader.core.testing.CorePurity;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The book package is plain Java: no framework, no I/O, no logging, no wall clock. The two wire parsers are the
 * exception by necessity: Jackson's streaming API declares {@code java.io.IOException}; they do no I/O.
 */
class BookPurityTest {

    @Test
    void bookPackageIsPureApartFromTheJacksonParsers() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.trader.venue.kraken.book");
        JavaClasses book = all.that(DescribedPredicate.describe("not a wire parser",
                (JavaClass c) -> !c.getName().contains("BookParser")));
        assertTrue(book.contain(KrakenBook.class) && !book.contain(KrakenBookParser.class));
        CorePurity.assertPure(book, "io.trader.venue.kraken.book..");
    }
}
