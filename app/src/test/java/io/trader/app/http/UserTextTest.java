package io.trader.app.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the sanitiser escapes and what it keeps. */
class UserTextTest {

    @Test
    void escapesWhatCanBreakALineATerminalOrTheStore() {
        assertEquals("a\\r\\nb\\tc\\u0000d\\u001b[31m\\u007f\\u0085", UserText.clean("a\r\nb\tc\0d\u001b[31m\u007f\u0085"));
        assertEquals("x\\u2028y\\u2029z", UserText.clean("x\u2028y\u2029z"));
        assertEquals("\\u202etxt.exe\\u2066\\u200f\\ufeff", UserText.clean("\u202Etxt.exe\u2066\u200F\uFEFF"));
        assertEquals("lone \\ud800 and \\udc00", UserText.clean("lone \uD800 and \uDC00"));
    }

    @Test
    void keepsOrdinaryTextAsItIs() {
        String text = "Réduire l'exposition: 价格 \\ path C:\\tmp \uD83D\uDE80 ok";
        assertSame(text, UserText.clean(text));
        assertEquals("\uD83D\uDE80\\n", UserText.clean("\uD83D\uDE80\n"), "a surrogate pair is kept");
        assertEquals(null, UserText.clean(null));
    }

    @Test
    void logTextIsCutAndClean() {
        String logged = UserText.forLog("x\n".repeat(1000));
        assertTrue(logged.length() < 2 * UserText.MAX_LOGGED + 10 && logged.endsWith("..."), logged);
        assertTrue(logged.chars().noneMatch(Character::isISOControl));
        assertEquals("null", UserText.forLog(null));
    }
}
