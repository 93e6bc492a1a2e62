package io.trader.app.cli;

import io.trader.layer0.core.CandleDecoder;
import io.trader.layer0.core.CandleSeries;
import io.trader.layer0.core.SourceNames;

/** Decoding a file's bytes the way the reader does (format inference, parse, validate), for timing. */
final class ParseBench {

    private ParseBench() {
    }

    static CandleSeries decode(byte[] bytes, String name) {
        return CandleDecoder.decode(bytes, name, SourceNames.symbolOf(name), SourceNames.intervalOf(name));
    }
}
