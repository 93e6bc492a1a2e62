package io.trader.notify.channel;

import java.time.Instant;

/** Small text helpers shared by the channels' formats. */
final class Texts {

    private Texts() {
    }

    /** {@code s} cut to at most {@code max} characters, ending with an ellipsis when cut. */
    static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "\u2026";
    }

    static String iso(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }

    /** HTML-escaped text (for the email's HTML part). */
    static String html(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
