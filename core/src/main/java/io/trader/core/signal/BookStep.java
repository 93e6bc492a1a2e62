package io.trader.core.signal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One portfolio step: every instrument known so far (in the order of their first bar), the account equity and
 * the step's time. Reused by the engine from step to step.
 */
public final class BookStep {

    private final List<BookSlot> slots = new ArrayList<>();
    private final List<BookSlot> view = Collections.unmodifiableList(slots);
    private long time;
    private long equityCash;

    /** The engine: a new instrument joins the book (its index is its position). */
    public void add(BookSlot slot) {
        if (slot.index() != slots.size()) {
            throw new IllegalArgumentException("slot index " + slot.index() + " != " + slots.size());
        }
        slots.add(slot);
    }

    /** The engine, before sizing. */
    public void begin(long time, long equityCash) {
        this.time = time;
        this.equityCash = equityCash;
    }

    public long time() {
        return time;
    }

    /** Account equity in cash units ({@link io.trader.core.domain.Money}). */
    public long equityCash() {
        return equityCash;
    }

    public List<BookSlot> slots() {
        return view;
    }

    /** How many instruments have no bar of this step (late or not trading). */
    public int staleCount() {
        int n = 0;
        for (BookSlot s : slots) {
            if (!s.fresh()) {
                n++;
            }
        }
        return n;
    }
}
