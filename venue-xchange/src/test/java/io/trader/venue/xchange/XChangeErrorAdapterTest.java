package io.trader.venue.xchange;

import org.junit.jupiter.api.Test;
import org.knowm.xchange.bybit.service.BybitException;
import org.knowm.xchange.coinbasepro.dto.CoinbaseProException;
import org.knowm.xchange.okex.dto.OkexException;
import org.knowm.xchange.exceptions.ExchangeException;
import org.knowm.xchange.exceptions.ExchangeSecurityException;
import org.knowm.xchange.exceptions.ExchangeUnavailableException;
import org.knowm.xchange.exceptions.FundsExceededException;
import org.knowm.xchange.exceptions.InternalServerException;
import org.knowm.xchange.exceptions.NonceException;
import org.knowm.xchange.exceptions.NotYetImplementedForExchangeException;
import org.knowm.xchange.exceptions.RateLimitExceededException;
import si.mazi.rescu.HttpStatusIOException;

import java.net.SocketTimeoutException;

import static io.trader.venue.xchange.XChangeError.Kind.AUTH;
import static io.trader.venue.xchange.XChangeError.Kind.DUPLICATE;
import static io.trader.venue.xchange.XChangeError.Kind.NOT_FOUND;
import static io.trader.venue.xchange.XChangeError.Kind.RATE_LIMITED;
import static io.trader.venue.xchange.XChangeError.Kind.REJECTED;
import static io.trader.venue.xchange.XChangeError.Kind.UNAVAILABLE;
import static io.trader.venue.xchange.XChangeError.Kind.UNSUPPORTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** XChange failures to the adapter's typed set. */
class XChangeErrorAdapterTest {

    private static CoinbaseProException venue(int status, String message) {
        CoinbaseProException e = new CoinbaseProException(message);
        e.setHttpStatusCode(status);
        return e;
    }

    @Test
    void typedXChangeExceptionsDecideFirst() {
        assertEquals(REJECTED, XChangeErrorAdapter.classify(new FundsExceededException("Insufficient funds")).kind());
        assertEquals(RATE_LIMITED, XChangeErrorAdapter.classify(new RateLimitExceededException("slow")).kind());
        assertEquals(AUTH, XChangeErrorAdapter.classify(new ExchangeSecurityException("bad key")).kind());
        assertEquals(AUTH, XChangeErrorAdapter.classify(new NonceException("nonce")).kind());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new ExchangeUnavailableException("down")).kind());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new InternalServerException("500")).kind());
        assertEquals(UNSUPPORTED, XChangeErrorAdapter.classify(new NotYetImplementedForExchangeException("x")).kind());
    }

    @Test
    void aPlainExchangeExceptionIsJudgedByTheHttpStatusOfItsCause() {
        assertEquals(AUTH, XChangeErrorAdapter.classify(new ExchangeException(venue(401, "invalid signature"))).kind());
        assertEquals(AUTH, XChangeErrorAdapter.classify(new ExchangeException(venue(403, "forbidden"))).kind());
        assertEquals(NOT_FOUND, XChangeErrorAdapter.classify(new ExchangeException(venue(404, "NotFound"))).kind());
        assertEquals(RATE_LIMITED, XChangeErrorAdapter.classify(new ExchangeException(venue(429, "x"))).kind());
        assertEquals(REJECTED, XChangeErrorAdapter.classify(new ExchangeException(venue(400, "size too small"))).kind());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new ExchangeException(venue(502, "gateway"))).kind());
        XChangeError e = XChangeErrorAdapter.classify(new ExchangeException(venue(400, "Post only mode")));
        assertTrue(e.reason().startsWith("rejected: 400 "), e.reason());
        assertTrue(e.reason().contains("Post only mode"), e.reason());
    }

    @Test
    void ioFailuresHaveAnUnknownFate() {
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new SocketTimeoutException("Read timed out")).kind());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(
                new HttpStatusIOException("<html>503</html>", new si.mazi.rescu.InvocationResult("<html>503</html>", 503))).kind());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new IllegalStateException("library bug")).kind());
    }

    @Test
    void longDetailsAreCut() {
        String detail = XChangeErrorAdapter.classify(new FundsExceededException("x".repeat(1000))).detail();
        assertEquals(203, detail.length());
    }

    @Test
    void bybitAndOkxCodesPassedThroughUntypedAreClassifiedByCode() {
        assertEquals(REJECTED, XChangeErrorAdapter.classify(new BybitException(170131, "Insufficient balance.", null))
                .kind());
        assertEquals(AUTH, XChangeErrorAdapter.classify(new BybitException(10004, "error sign!", null)).kind());
        assertEquals(RATE_LIMITED, XChangeErrorAdapter.classify(new BybitException(10006, "Too many visits!", null))
                .kind());
        assertEquals(NOT_FOUND, XChangeErrorAdapter.classify(new BybitException(170213, "Order does not exist.", null))
                .kind());
        assertEquals(DUPLICATE, XChangeErrorAdapter.classify(new BybitException(170141, "Duplicate", null)).kind());
        assertEquals(REJECTED, XChangeErrorAdapter.classify(new OkexException("Insufficient USDT", 51008)).kind());
        assertEquals(DUPLICATE, XChangeErrorAdapter.classify(new OkexException("Duplicated clOrdId", 51016)).kind());
        OkexException sign = new OkexException("Invalid Sign", 50113);
        sign.setHttpStatusCode(401);
        XChangeError e = XChangeErrorAdapter.classify(new ExchangeException(sign));
        assertEquals(AUTH, e.kind());
        assertEquals("auth: 401 okx 50113:Invalid Sign", e.reason());
        assertEquals(UNAVAILABLE, XChangeErrorAdapter.classify(new OkexException("System error", 50026)).kind());
    }
}
