package io.trader.app.venue.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/** One scenario's line of the fault matrix, written to {@code target/fault-matrix.md} and stdout. */
record MatrixRow(String scenario, int venueOrders, int localOrders, int rejected, int venueFills, int localFills,
                 BigDecimal localPosition, BigDecimal venuePosition, BigDecimal localEquity,
                 BigDecimal venueEquity, long flattenMillis, List<String> failures, String notes) {

    static final Path FILE = Path.of("target", "fault-matrix.md");
    private static boolean headerWritten;

    boolean passed() {
        return failures.isEmpty();
    }

    String line() {
        String flatten = flattenMillis < 0 ? "-" : flattenMillis == Long.MAX_VALUE ? "not flat" : flattenMillis + " ms";
        return "| " + scenario + " | " + venueOrders + " / " + localOrders + " (" + rejected + " rejected) | "
                + venueFills + " / " + localFills + " | " + localPosition.stripTrailingZeros().toPlainString() + " / "
                + venuePosition.stripTrailingZeros().toPlainString() + " | "
                + localEquity.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " / "
                + venueEquity.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " | " + flatten + " | "
                + (passed() ? "PASS" : "FAIL: " + String.join("; ", failures).replace("|", "/")) + " |";
    }

    /** Appends the row (the header first, once per JVM, replacing an older file) and prints it. */
    synchronized void write() {
        synchronized (MatrixRow.class) {
            try {
                Files.createDirectories(FILE.getParent());
                if (!headerWritten) {
                    Files.writeString(FILE, "# Fault matrix\n\n| scenario | orders venue / local | fills venue / local"
                            + " | position local / venue | equity local / venue | flatten | result |\n"
                            + "|---|---|---|---|---|---|---|\n", StandardCharsets.UTF_8);
                    headerWritten = true;
                }
                Files.writeString(FILE, line() + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("FAULT-MATRIX " + line() + (notes == null || notes.isBlank() ? "" : "  [" + notes + "]"));
        }
    }
}
