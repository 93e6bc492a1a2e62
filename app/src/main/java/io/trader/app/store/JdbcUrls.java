package io.trader.app.store;

import java.util.regex.Pattern;

/** Makes JDBC URLs safe to log: removes passwords in the query string and in user-info. */
final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?]*):[^/@?]*@");

    private JdbcUrls() {
    }

    static String redact(String url) {
        if (url == null) {
            return null;
        }
        String s = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(s).replaceAll("$1:***@");
    }
}
