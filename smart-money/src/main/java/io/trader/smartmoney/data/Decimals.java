package io.trader.smartmoney.data;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;

/** Exact decimals from the venue's JSON: decimal strings (as sent) or, exactly, JSON numbers. Never via double. */
final class Decimals {

    private Decimals() {
    }

    /** The decimal at {@code node}, or null when it is absent or JSON null. */
    static BigDecimal orNull(JsonNode node, String what) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isTextual()) {
            String s = node.asText().trim();
            if (s.isEmpty() || !s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                throw new NumberFormatException(what + " is not a decimal number: \"" + node.asText() + "\"");
            }
            return new BigDecimal(s);
        }
        if (node.isNumber() && !node.isDouble() && !node.isFloat()) {
            return node.decimalValue();
        }
        if (node.isNumber()) {
            // a float parsed without USE_BIG_DECIMAL_FOR_FLOATS: its text form is the wire's shortest round trip
            return new BigDecimal(node.asText());
        }
        throw new NumberFormatException(what + " is not a decimal number: " + node);
    }

    /** The decimal at {@code node}; a {@link MalformedDataException} when absent or not a number. */
    static BigDecimal required(JsonNode node, String what) {
        BigDecimal v;
        try {
            v = orNull(node, what);
        } catch (NumberFormatException e) {
            throw new MalformedDataException(e.getMessage(), e);
        }
        if (v == null) {
            throw new MalformedDataException(what + " is missing");
        }
        return v;
    }
}
