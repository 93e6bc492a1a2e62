package io.trader.core.signal;

/**
 * Layer 3: sizes the whole book once per time step, after every instrument's forecast for the step is in
 * (or its wait timed out). Writes each slot's {@link BookSlot#decision()}; the engine then turns the moves into
 * orders for the fresh instruments. Engine thread; pure.
 */
public interface BookSizer {

    /**
     * @return how the step was sized: {@link BookOutcome#fallback()} when the method failed (a solver that did
     *         not converge, too little history) and every target was held at its previous value; the engine
     *         records it as a risk event
     */
    BookOutcome size(BookStep step);

    /** The method's name, e.g. {@code kelly} or {@code max-sharpe}. */
    String method();
}
