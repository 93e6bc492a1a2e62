package io.trader.venue.hyperliquid.data;

import io.trader.core.testing.SharedData;
import io.trader.fake.hyperliquid.Cassette;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Response bodies of the recorded cassettes in {@code shared/hyperliquid/recorded} (tests skip when absent). */
final class Recorded {

    private Recorded() {
    }

    /** The recorded response to the first request of {@code type} in {@code cassette}. */
    static String response(String cassette, String type) {
        try {
            return Cassette.responseOf(SharedData.sharedFile("hyperliquid/recorded/" + cassette), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
