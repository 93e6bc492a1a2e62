package io.trader.layer1.core.tune;

import java.util.List;

/** One dimension of a {@link SearchSpace}. */
public sealed interface Param permits Param.Int, Param.Real, Param.Choice {

    String name();

    /** An integer in {@code [lo, hi]}, optionally searched on a log scale (then lo >= 1). */
    record Int(String name, int lo, int hi, boolean log) implements Param {
        public Int {
            checkName(name);
            if (hi < lo) {
                throw new IllegalArgumentException("parameter " + name + ": hi " + hi + " < lo " + lo);
            }
            if (log && lo < 1) {
                throw new IllegalArgumentException("parameter " + name + ": a log scale needs lo >= 1, got " + lo);
            }
        }
    }

    /** A real number in {@code [lo, hi]}, optionally searched on a log scale (then lo > 0). */
    record Real(String name, double lo, double hi, boolean log) implements Param {
        public Real {
            checkName(name);
            if (!(hi > lo) || Double.isInfinite(lo) || Double.isInfinite(hi)) {
                throw new IllegalArgumentException("parameter " + name + ": need finite lo < hi, got [" + lo + ", " + hi + "]");
            }
            if (log && !(lo > 0)) {
                throw new IllegalArgumentException("parameter " + name + ": a log scale needs lo > 0, got " + lo);
            }
        }
    }

    /** One of a list of distinct choices. */
    record Choice(String name, List<String> choices) implements Param {
        public Choice {
            checkName(name);
            choices = List.copyOf(choices);
            if (choices.isEmpty() || choices.stream().distinct().count() != choices.size()) {
                throw new IllegalArgumentException("parameter " + name + ": choices must be non-empty and distinct, got "
                        + choices);
            }
            for (String c : choices) {
                if (c.isBlank() || c.chars().anyMatch(Character::isWhitespace) || c.contains("=")) {
                    throw new IllegalArgumentException("parameter " + name + ": choice '" + c
                            + "' must be a non-blank word without spaces or '='");
                }
            }
        }
    }

    private static void checkName(String name) {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
            throw new IllegalArgumentException("parameter name must be a word like fast_period, got '" + name + "'");
        }
    }
}
