package io.trader.app.http;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Every error the API answers is {@code {"error": "<code>", "reason": "<why>"}} with its status: 400
 * (bad request or argument), 401/403 (see {@link ApiToken}), 404, 405 (with {@code Allow}), 406, 413,
 * 414, 415, 431, 503 (the kill switch could not be made durable) and 500 for anything unexpected, which says nothing
 * about the internals (no stack trace, no SQL) and is logged on one line. These handlers give the
 * common cases their reasons; {@link UnexpectedErrors} catches any other exception and
 * {@link ErrorBodies} puts the framework's own error answers in the same shape.
 */
@Controller
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    static final String UNEXPECTED = "unexpected server error; the server log has the details";
    /**
     * A request attribute with the reason of a 404 an endpoint answers itself (e.g. an unknown coin): the global 404
     * handler below replaces any 404's body, and keeps this reason instead of "no such endpoint".
     */
    static final String NOT_FOUND_REASON = "trader.not-found-reason";
    private final long maxRequestSize;

    public ApiErrors(HttpServerConfiguration server) {
        this.maxRequestSize = server.getMaxRequestSize();
    }

    @Error(global = true, exception = ConversionErrorException.class)
    public HttpResponse<Views.Error> conversion(HttpRequest<?> request, ConversionErrorException e) {
        return error(HttpStatus.BAD_REQUEST, "cannot read '" + e.getArgument().getName() + "': "
                + firstLine(e.getMessage()));
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    public HttpResponse<Views.Error> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return error(HttpStatus.BAD_REQUEST, firstLine(e.getMessage()));
    }

    @Error(global = true, exception = io.micronaut.json.JsonSyntaxException.class)
    public HttpResponse<Views.Error> json(HttpRequest<?> request, io.micronaut.json.JsonSyntaxException e) {
        return error(HttpStatus.BAD_REQUEST, "malformed JSON body");
    }

    @Error(global = true, exception = io.micronaut.http.codec.CodecException.class)
    public HttpResponse<Views.Error> codec(HttpRequest<?> request, io.micronaut.http.codec.CodecException e) {
        return error(HttpStatus.BAD_REQUEST, "cannot read the request body as JSON");
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<Views.Error> notFound(HttpRequest<?> request) {
        return error(HttpStatus.NOT_FOUND, request.getAttribute(NOT_FOUND_REASON, String.class)
                .orElseGet(() -> "no such endpoint: " + UserText.forLog(request.getPath())));
    }

    @Error(global = true, exception = NotAllowedException.class)
    public HttpResponse<Views.Error> notAllowed(HttpRequest<?> request, NotAllowedException e) {
        TreeSet<String> allowed = new TreeSet<>(e.getAllowedMethods());
        return error(HttpStatus.METHOD_NOT_ALLOWED, UserText.forLog(request.getMethodName()) + " is not allowed on "
                + UserText.forLog(request.getPath()) + "; allowed: " + String.join(", ", allowed))
                .header("Allow", String.join(", ", allowed));
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    public HttpResponse<Views.Error> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return error(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "the request body is larger than the " + maxRequestSize
                + " bytes the server accepts (micronaut.server.max-request-size)");
    }

    @Error(global = true, status = HttpStatus.REQUEST_ENTITY_TOO_LARGE)
    public HttpResponse<Views.Error> tooLargeStatus(HttpRequest<?> request) {
        return tooLarge(request, null);
    }

    /** Netty refuses a request line over 4 KiB (414) or headers over 8 KiB (431) before any route. */
    @Error(global = true, exception = io.netty.handler.codec.TooLongFrameException.class)
    public HttpResponse<Views.Error> tooLongHead(HttpRequest<?> request, io.netty.handler.codec.TooLongFrameException e) {
        if (e instanceof io.netty.handler.codec.http.TooLongHttpLineException) {
            return error(HttpStatus.REQUEST_URI_TOO_LONG, "the request line (method, path and query) is too long");
        }
        if (e instanceof io.netty.handler.codec.http.TooLongHttpHeaderException) {
            return error(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "the request headers are too large");
        }
        return tooLarge(request, null);
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    public HttpResponse<Views.Error> mediaType(HttpRequest<?> request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send JSON with Content-Type: application/json");
    }

    @Error(global = true, exception = HttpStatusException.class)
    public HttpResponse<Views.Error> status(HttpRequest<?> request, HttpStatusException e) {
        if (e.getStatus().getCode() >= 500) {
            return unexpected(request, e);
        }
        if (e.getStatus() == HttpStatus.UNSUPPORTED_MEDIA_TYPE) {
            return mediaType(request);
        }
        return error(e.getStatus(), firstLine(e.getMessage()));
    }

    /** 500 with no detail for the client; the error is logged on one line (its stack trace at DEBUG). */
    static HttpResponse<Views.Error> unexpected(HttpRequest<?> request, Throwable e) {
        LOG.error("unexpected error answering {} {}: {}", UserText.forLog(request.getMethodName()),
                UserText.forLog(request.getUri()), UserText.forLog(e));
        LOG.debug("stack trace of the unexpected error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
    }

    static MutableHttpResponse<Views.Error> error(HttpStatus status, String reason) {
        return HttpResponse.<Views.Error>status(status)
                .body(new Views.Error(status.name().toLowerCase(Locale.ROOT), reason));
    }

    static String firstLine(String message) {
        String m = message == null || message.isBlank() ? "invalid value" : message.strip();
        int nl = m.indexOf('\n');
        return UserText.forLog(nl > 0 ? m.substring(0, nl) : m);
    }
}
