package io.trader.app.correlation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.trader.correlation.core.Cell;
import io.trader.correlation.core.Component;
import io.trader.correlation.core.CorrelationMatrix;
import io.trader.correlation.core.ScoreSeries;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * The correlation answers as JSON, the same for the API and the CLI's files. A matrix: {@code labels}, {@code values}
 * (null where undefined), {@code n} (pairwise-complete observations per cell), {@code reasons} (why a cell is null),
 * {@code missing} (labels with no value in the window, with the reason), the method, the window's first and last
 * bar close times (ISO-8601 UTC) and its number of bars. Coefficients are written with full double precision.
 */
public final class CorrelationJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private CorrelationJson() {
    }

    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String json(Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    public static String matrix(CorrelationMatrix m, String source, int minN) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("subject", m.subject());
            g.writeStringField("method", m.method().wire());
            g.writeStringField("source", source);
            g.writeStringField("windowStart", Instant.ofEpochMilli(m.windowStart()).toString());
            g.writeStringField("windowEnd", Instant.ofEpochMilli(m.windowEnd()).toString());
            g.writeNumberField("bars", m.bars());
            g.writeNumberField("minObservations", minN);
            g.writeArrayFieldStart("labels");
            for (String l : m.labels()) {
                g.writeString(l);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("values");
            for (Cell[] row : m.cells()) {
                g.writeStartArray();
                for (Cell c : row) {
                    if (c.defined()) {
                        g.writeNumber(c.value());
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("n");
            for (Cell[] row : m.cells()) {
                g.writeStartArray();
                for (Cell c : row) {
                    g.writeNumber(c.n());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("reasons");
            for (Cell[] row : m.cells()) {
                g.writeStartArray();
                for (Cell c : row) {
                    g.writeString(c.reason());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("missing");
            for (Map.Entry<String, String> e : m.missing().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Each asset's components against the forward return. */
    public static String signals(Map<String, Map<Component, Cell>> cells, String method, int window, int horizon,
                                 String source, int minN) {
        return json(g -> {
            g.writeStartObject();
            g.writeStringField("method", method);
            g.writeStringField("source", source);
            g.writeNumberField("bars", window);
            g.writeNumberField("horizonBars", horizon);
            g.writeNumberField("minObservations", minN);
            g.writeStringField("forwardReturn", "ln(close[i + horizon] / close[i]): only bars after the score's");
            g.writeObjectFieldStart("assets");
            for (Map.Entry<String, Map<Component, Cell>> a : cells.entrySet()) {
                g.writeArrayFieldStart(a.getKey());
                for (Map.Entry<Component, Cell> e : a.getValue().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("component", e.getKey().name());
                    if (e.getValue().defined()) {
                        g.writeNumberField("value", e.getValue().value());
                    } else {
                        g.writeNullField("value");
                    }
                    g.writeNumberField("n", e.getValue().n());
                    g.writeStringField("reason", e.getValue().reason());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** The scores as CSV: close time, close, the eleven components and the forward return (NaN = missing). */
    public static String csv(ScoreSeries s, int horizon) {
        StringBuilder b = new StringBuilder(s.size() * 200);
        b.append("time,close_time_ms,close");
        for (Component c : Component.values()) {
            b.append(',').append(c.name());
        }
        b.append(",FORWARD_RETURN_").append(horizon).append('\n');
        double[] fwd = s.forwardReturns(horizon);
        for (int i = 0; i < s.size(); i++) {
            b.append(Instant.ofEpochMilli(s.time(i))).append(',').append(s.time(i)).append(',').append(s.close(i));
            for (Component c : Component.values()) {
                b.append(',').append(s.scores(c)[i]);
            }
            b.append(',').append(fwd[i]).append('\n');
        }
        return b.toString();
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
