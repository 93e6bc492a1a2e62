package io.trader.app.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Which version a rollback re-promotes, from an alpha's history: promotions stack up, a rollback takes
 * the top off, so successive rollbacks walk back through the promoted versions.
 */
final class Rollbacks {

    private Rollbacks() {
    }

    /** The version promoted before {@code current}, or 0 when there is none. */
    static int previous(List<Promotion> history, int current) {
        List<Integer> stack = new ArrayList<>();
        for (Promotion p : history) {
            if (p.to() != ModelStatus.PROMOTED) {
                continue;
            }
            if ("rollback".equals(p.action())) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1); // the version rolled back
                }
                if (stack.isEmpty() || stack.get(stack.size() - 1) != p.version()) {
                    stack.add(p.version());
                }
            } else {
                stack.add(p.version());
            }
        }
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i) != current) {
                return stack.get(i);
            }
        }
        return 0;
    }
}
