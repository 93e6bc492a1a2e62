package io.trader.venue.xchange;

import org.knowm.xchange.exceptions.CurrencyPairNotValidException;
import org.knowm.xchange.exceptions.ExchangeSecurityException;
import org.knowm.xchange.exceptions.ExchangeUnavailableException;
import org.knowm.xchange.exceptions.FrequencyLimitExceededException;
import org.knowm.xchange.exceptions.FundsExceededException;
import org.knowm.xchange.exceptions.InstrumentNotValidException;
import org.knowm.xchange.exceptions.InternalServerException;
import org.knowm.xchange.exceptions.MarketSuspendedException;
import org.knowm.xchange.exceptions.NonceException;
import org.knowm.xchange.exceptions.NotAvailableFromExchangeException;
import org.knowm.xchange.exceptions.NotYetImplementedForExchangeException;
import org.knowm.xchange.exceptions.OperationTimeoutException;
import org.knowm.xchange.exceptions.OrderNotValidException;
import org.knowm.xchange.exceptions.RateLimitExceededException;
import si.mazi.rescu.HttpStatusExceptionSupport;
import si.mazi.rescu.HttpStatusIOException;

import java.io.IOException;
import java.util.Locale;

/**
 * Translates what an XChange call threw into an {@link XChangeError}. Typed XChange exceptions decide first
 * (funds, order-not-valid and instrument → REJECTED; rate limit → RATE_LIMITED; security and nonce → AUTH;
 * unavailable, internal server error and operation timeout → UNAVAILABLE; not-implemented → UNSUPPORTED); then a
 * venue code that a module passes through untyped ({@link VenueErrorCodes}: Bybit retCode, OKX code); a plain
 * {@code ExchangeException} is judged by the HTTP status found in its cause chain (401/403 AUTH, 404 NOT_FOUND, 429
 * RATE_LIMITED, other 4xx REJECTED, 5xx UNAVAILABLE); I/O failures (timeouts, resets) are UNAVAILABLE, because the
 * request may have been applied. Anything else is UNAVAILABLE too: an order's fate is then settled by a query,
 * never guessed. Pure and stateless.
 */
public final class XChangeErrorAdapter {

    private XChangeErrorAdapter() {
    }

    public static XChangeError classify(Throwable t) {
        String detail = detail(t);
        if (t instanceof NotAvailableFromExchangeException || t instanceof NotYetImplementedForExchangeException
                || t instanceof UnsupportedOperationException) {
            return new XChangeError(XChangeError.Kind.UNSUPPORTED, detail);
        }
        if (t instanceof RateLimitExceededException || t instanceof FrequencyLimitExceededException
                || t.getClass().getName().equals("io.github.resilience4j.ratelimiter.RequestNotPermitted")) {
            return new XChangeError(XChangeError.Kind.RATE_LIMITED, detail);
        }
        if (t instanceof ExchangeSecurityException || t instanceof NonceException) {
            return new XChangeError(XChangeError.Kind.AUTH, detail);
        }
        if (t instanceof OperationTimeoutException || t instanceof ExchangeUnavailableException
                || t instanceof InternalServerException) {
            return new XChangeError(XChangeError.Kind.UNAVAILABLE, detail);
        }
        if (t instanceof FundsExceededException || t instanceof OrderNotValidException
                || t instanceof InstrumentNotValidException || t instanceof CurrencyPairNotValidException
                || t instanceof MarketSuspendedException) {
            return new XChangeError(XChangeError.Kind.REJECTED, detail);
        }
        XChangeError coded = VenueErrorCodes.classify(t);
        int status = httpStatus(t);
        if (coded != null) {
            return status > 0 ? new XChangeError(coded.kind(), status + " " + coded.detail()) : coded;
        }
        if (status > 0) {
            return new XChangeError(byStatus(status), status + " " + detail);
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException) {
                return new XChangeError(XChangeError.Kind.UNAVAILABLE, c.getClass().getSimpleName() + ": " + detail);
            }
        }
        if (detail.toLowerCase(Locale.ROOT).contains("not found")) {
            return new XChangeError(XChangeError.Kind.NOT_FOUND, detail);
        }
        return new XChangeError(XChangeError.Kind.UNAVAILABLE, t.getClass().getSimpleName() + ": " + detail);
    }

    static XChangeError.Kind byStatus(int status) {
        if (status == 401 || status == 403) {
            return XChangeError.Kind.AUTH;
        }
        if (status == 404) {
            return XChangeError.Kind.NOT_FOUND;
        }
        if (status == 429 || status == 418) {
            return XChangeError.Kind.RATE_LIMITED;
        }
        return status >= 500 || status == 408 ? XChangeError.Kind.UNAVAILABLE : XChangeError.Kind.REJECTED;
    }

    /** The first HTTP status in the cause chain, 0 when none. */
    static int httpStatus(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpStatusExceptionSupport h && h.getHttpStatusCode() > 0) {
                return h.getHttpStatusCode();
            }
            if (c instanceof HttpStatusIOException h && h.getHttpStatusCode() > 0) {
                return h.getHttpStatusCode();
            }
        }
        return 0;
    }

    private static String detail(Throwable t) {
        String m = t.getMessage();
        if ((m == null || m.isBlank()) && t.getCause() != null) {
            m = t.getCause().getMessage();
        }
        m = m == null ? t.getClass().getSimpleName() : m.strip();
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }
}
