package io.trader.app.store;

import io.trader.app.report.Json;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * {@code [{"alpha":..,"score":..,"confidence":..,"weight":..,"contribution":..}]}; non-finite numbers become
     * null.
     */
    static String alphasJson(List<Decision.AlphaScore> alphas) {
        List<Map<String, Object>> rows = new ArrayList<>(alphas.size());
        for (Decision.AlphaScore a : alphas) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("alpha", a.alphaId());
            row.put("score", a.score());
            row.put("confidence", a.confidence());
            row.put("weight", a.weight());
            row.put("contribution", a.contribution());
            rows.add(row);
        }
        return Json.write(rows).trim();
    }
}
