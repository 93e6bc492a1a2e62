package io.trader.app.report.html;

/** HTML escaping and small table helpers. */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }

    static void row(StringBuilder sb, String... cells) {
        sb.append("<tr>");
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "<th>" : "<td>").append(esc(cells[i])).append(i == 0 ? "</th>" : "</td>");
        }
        sb.append("</tr>\n");
    }

    static void head(StringBuilder sb, String... cells) {
        sb.append("<thead><tr>");
        for (String c : cells) {
            sb.append("<th>").append(esc(c)).append("</th>");
        }
        sb.append("</tr></thead>\n");
    }

    /** Class for a signed number: positive green, negative red. */
    static String signClass(double x) {
        return x > 0 ? "pos" : x < 0 ? "neg" : "";
    }
}
