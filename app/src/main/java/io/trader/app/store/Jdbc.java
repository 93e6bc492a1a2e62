package io.trader.app.store;

import io.trader.core.event.Decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Conversions between the domain's fixed-point longs and epoch millis and their SQL forms. */
final class Jdbc {

    private Jdbc() {
    }

    /** An epoch-millisecond time as a timestamptz parameter. */
    static OffsetDateTime ts(long epochMillis) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }

    static long millis(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t == null) {
            throw new SQLException("column " + column + " is null");
        }
        return t.toInstant().toEpochMilli();
    }

    /** The fixed-point long of an exact decimal at {@code scale}; throws when the value is off that grid. */
    static long unscaled(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    static void setDecimalOrNull(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    static void setTextOrNull(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    /** {@code [{"alpha":..,"score":..,"confidence":..,"weight":..}]}; non-finite numbers become null. */
    static String alphasJson(List<Decision.AlphaScore> alphas) {
        StringBuilder sb = new StringBuilder(32 + alphas.size() * 96).append('[');
        for (int i = 0; i < alphas.size(); i++) {
            Decision.AlphaScore a = alphas.get(i);
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"alpha\":");
            jsonString(sb, a.alphaId());
            sb.append(",\"score\":").append(jsonNumber(a.score()))
                    .append(",\"confidence\":").append(jsonNumber(a.confidence()))
                    .append(",\"weight\":").append(jsonNumber(a.weight())).append('}');
        }
        return sb.append(']').toString();
    }

    private static String jsonNumber(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    private static void jsonString(StringBuilder sb, String s) {
        if (s == null) {
            sb.append("null");
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
