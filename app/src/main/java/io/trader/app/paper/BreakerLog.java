package io.trader.app.paper;

import io.trader.core.event.RiskEvent;
import io.trader.core.port.TradingListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/**
 * One log line when a breaker trips, clears or is reset, saying which breaker, when (the event time) and why,
 * so an operator reading the log knows why the session stopped adding risk.
 */
public final class BreakerLog implements TradingListener {

    private static final Logger LOG = LoggerFactory.getLogger(BreakerLog.class);

    private final String session;

    public BreakerLog(String session) {
        this.session = session;
    }

    @Override
    public void onRiskEvent(RiskEvent event) {
        if (event instanceof RiskEvent.BreakerTripped t) {
            LOG.warn("session '{}': breaker {} TRIPPED at {}: {}; orders that add risk are refused until it {}",
                    oneLine(session), t.breaker(), Instant.ofEpochMilli(t.time()), oneLine(t.detail()),
                    t.breaker().equals("daily_loss") ? "clears on the next UTC day or is reset"
                            : "is reset (POST /api/v1/risk/breakers/reset)");
        } else if (event instanceof RiskEvent.BreakerCleared c) {
            LOG.warn("session '{}': breaker {} cleared at {}: {}; new risk is allowed again", oneLine(session),
                    c.breaker(), Instant.ofEpochMilli(c.time()), oneLine(c.detail()));
        }
    }

    /** Control characters (CR, LF, ...) become spaces: user text never forges a second log line. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString();
    }
}
