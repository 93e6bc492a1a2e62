package io.trader.layer0.core.aux;

/**
 * An auxiliary data file that is refused: unknown header, a value that is not a number, dates out of order or
 * repeated, a capture line that is not JSON. The message names the file, the line and the reason; nothing of the
 * file is used.
 */
public final class AuxInputException extends IllegalArgumentException {

    public AuxInputException(String source, long line, String reason) {
        super(source + (line > 0 ? ":" + line : "") + ": " + reason);
    }
}
