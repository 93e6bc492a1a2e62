package io.trader.layer3.core.book;

import io.trader.core.signal.BookOutcome;
import io.trader.core.signal.BookSizer;
import io.trader.core.signal.BookSlot;
import io.trader.core.signal.BookStep;
import io.trader.layer3.core.LimitReason;

/**
 * The book sized one instrument at a time: each fresh instrument by its own {@link io.trader.core.signal.Sizer}
 * (Kelly, fixed fraction, volatility target, ATR risk), as if alone, against the whole account's equity. A stale
 * instrument (no bar in this step) keeps its position ({@code stale}). Allocation-free.
 */
public final class EachInstrument implements BookSizer {

    private final String method;
    private final BookOutcome ok;

    /** @param method the per-instrument sizer's name, for reports and metrics */
    public EachInstrument(String method) {
        this.method = method;
        this.ok = BookOutcome.ok(method, "");
    }

    @Override
    public BookOutcome size(BookStep step) {
        for (BookSlot s : step.slots()) {
            if (s.fresh()) {
                s.sizer().size(s.forecast(), s.features(), s.currentLots(), step.equityCash(), s.decision());
            } else {
                s.decision().set(s.currentLots(), 0, s.decision().appliedFraction(), LimitReason.STALE);
            }
        }
        return ok;
    }

    @Override
    public String method() {
        return method;
    }
}
