package io.trader.venue.kraken;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KrakenSignerTest {

    /** The worked example of Kraken's "Spot REST Authentication" guide (docs.kraken.com, section Examples). */
    private static final String DOC_SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    private static final long DOC_NONCE = 1616492376594L;
    private static final String DOC_BODY =
            "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25";
    private static final String DOC_SIGN =
            "4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==";

    @Test
    void documentedExample() {
        KrakenSigner signer = new KrakenSigner("key", DOC_SECRET.toCharArray());
        assertEquals(DOC_SIGN, signer.sign("/0/private/AddOrder", DOC_NONCE, DOC_BODY));
        // every part is signed: path, nonce and body
        assertNotEquals(DOC_SIGN, signer.sign("/0/private/CancelOrder", DOC_NONCE, DOC_BODY));
        assertNotEquals(DOC_SIGN, signer.sign("/0/private/AddOrder", DOC_NONCE + 1, DOC_BODY));
        assertNotEquals(DOC_SIGN, signer.sign("/0/private/AddOrder", DOC_NONCE, DOC_BODY.replace("1.25", "1.26")));
    }

    @Test
    void secretIsValidatedAndNeverShown() {
        assertThrows(IllegalArgumentException.class, () -> new KrakenSigner("k", "not base64 !".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> new KrakenSigner(" ", DOC_SECRET.toCharArray()));
        KrakenSigner signer = new KrakenSigner("ABCDEFGH", DOC_SECRET.toCharArray());
        assertFalse(signer.toString().contains("EFGH"));
        assertFalse(signer.toString().contains(DOC_SECRET.substring(0, 8)));
    }

    @Test
    void noncesStrictlyIncreaseWithinOneMillisecondAndAcrossClockSteps() {
        AtomicLong wall = new AtomicLong(1_700_000_000_000L);
        NonceSource nonces = new NonceSource(wall::get);
        Set<Long> seen = new HashSet<>();
        long prev = 0;
        for (int i = 0; i < 5000; i++) {
            if (i == 2500) {
                wall.addAndGet(-10_000); // the clock steps back 10 s
            }
            long n = nonces.next();
            assertTrue(n > prev, "nonce " + n + " after " + prev);
            assertTrue(seen.add(n));
            prev = n;
        }
        assertEquals(1_700_000_000_000_000L, new NonceSource(() -> 1_700_000_000_000L).next());
        wall.set(1_800_000_000_000L);
        assertEquals(1_800_000_000_000_000L, nonces.next(), "a later wall clock restarts above earlier nonces");
    }
}
