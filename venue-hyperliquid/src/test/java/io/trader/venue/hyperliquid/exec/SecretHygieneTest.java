package io.trader.venue.hyperliquid.exec;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The private key shows up in no toString, JSON body or exception message, and no public method hands it out. */
class SecretHygieneTest {

    private static final String KEY = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";

    private static void assertNoSecret(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains(KEY.substring(0, 16)), "key hex leaked: " + text);
        assertFalse(lower.contains(KEY.substring(48)), "key hex leaked: " + text);
        assertFalse(text.contains(new BigInteger(KEY, 16).toString()), "key decimal leaked: " + text);
    }

    private static HyperliquidSigner signer() {
        return HyperliquidSigner.fromHex(("0x" + KEY).toCharArray(), Network.MAINNET,
                "0x1719884eb866cb12b2287399b15f7db5e7d775ea", new NonceSource(() -> 1_000, 0));
    }

    @Test
    void toStringAndBodiesDoNotContainTheKey() {
        HyperliquidSigner signer = signer();
        assertTrue(signer.toString().contains(signer.address()));
        assertNoSecret(signer.toString());
        SignedRequest signed = signer.sign(new L1Action.ScheduleCancel(5_000L));
        assertNoSecret(signed.toString());
        assertNoSecret(signed.toJson());
        SignedRequest transfer = signer.sign(UserSignedAction.usdSend(
                "0x5e9ee1089755c3435139848e47e6635505d5a13a", "1", signer.nextNonce()));
        assertNoSecret(transfer.toJson());
    }

    @Test
    void malformedKeysFailWithoutEchoingTheKey() {
        List<char[]> bad = new ArrayList<>();
        bad.add((KEY.substring(0, 63) + "g").toCharArray());          // non-hex digit
        bad.add((KEY + "00").toCharArray());                          // too long
        bad.add(KEY.substring(2).toCharArray());                      // too short
        bad.add(Secp256k1.N.toString(16).toCharArray());              // out of range
        bad.add("0".repeat(64).toCharArray());                        // zero
        for (char[] key : bad) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> HyperliquidSigner.fromHex(key, Network.TESTNET, null, new NonceSource(() -> 0, 0)));
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertNoSecret(String.valueOf(t.getMessage()));
                assertFalse(String.valueOf(t.getMessage()).contains(new String(key)), t.getMessage());
                assertNoSecret(t.toString());
            }
        }
    }

    @Test
    void theCallersCharArrayIsLeftAsGivenAndNothingReturnsTheKey() {
        char[] key = KEY.toCharArray();
        HyperliquidSigner.fromHex(key, Network.MAINNET, null, new NonceSource(() -> 0, 0));
        assertArrayEquals(KEY.toCharArray(), key);
        for (Method m : HyperliquidSigner.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers())) {
                assertNotEquals(BigInteger.class, m.getReturnType(), m.getName());
                assertNotEquals(byte[].class, m.getReturnType(), m.getName());
                assertFalse(m.getReturnType().getName().startsWith("org.web3j"), m.getName());
            }
        }
    }
}
