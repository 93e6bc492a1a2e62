package io.trader.app.http;

/**
 * The one place where text that came from outside (a kill-switch reason, a request path or query, a
 * header, an exception message that may echo them) is made safe before it reaches a log line or the
 * store. Every character that could end a line, corrupt a terminal or the database, or reorder what a
 * reader sees becomes a visible escape; everything else (other scripts, emoji, backslashes) is kept.
 *
 * <p>Escaped: C0 and C1 controls (NUL, CR, LF, TAB, ESC, NEL, ...) and DEL; the Unicode line and
 * paragraph separators U+2028/U+2029; bidirectional embeddings, overrides and isolates
 * (U+202A..U+202E, U+2066..U+2069) and the marks U+200E/U+200F; the byte-order mark U+FEFF; unpaired
 * surrogates. CR, LF and TAB become {@code \r}, {@code \n}, {@code \t}; the others {@code \}{@code uXXXX}.
 */
public final class UserText {

    /** Longest kill-switch or reset reason accepted over the API, in characters (code points). */
    public static final int MAX_REASON = 500;
    /** Longest user text written to a log line, in characters, before it is cut with an ellipsis. */
    static final int MAX_LOGGED = 300;

    private UserText() {
    }

    /** {@code text} with every unsafe character escaped (null stays null). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(n + 16).append(text, 0, i);
                }
                escape(out, c);
            } else if (out != null) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(++i));
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@link #clean} text cut to {@value #MAX_LOGGED} characters: for a log line ("null" for null). */
    public static String forLog(Object text) {
        String s = String.valueOf(text);
        if (s.length() > MAX_LOGGED) {
            int end = Character.isHighSurrogate(s.charAt(MAX_LOGGED - 1)) ? MAX_LOGGED - 1 : MAX_LOGGED;
            s = s.substring(0, end) + "...";
        }
        return clean(s);
    }

    /** Number of characters (code points) of {@code text}. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\uFEFF';
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04x", (int) c));
        }
    }
}
