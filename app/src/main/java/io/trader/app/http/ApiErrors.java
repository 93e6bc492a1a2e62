package io.trader.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;

/** Malformed requests get a 4xx with a JSON reason, never a stack trace. */
@Controller
public class ApiErrors {

    @Error(global = true, exception = ConversionErrorException.class)
    public HttpResponse<Views.Error> conversion(HttpRequest<?> request, ConversionErrorException e) {
        return HttpResponse.badRequest(new Views.Error("bad_request",
                "cannot read '" + e.getArgument().getName() + "': " + shortMessage(e)));
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    public HttpResponse<Views.Error> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return HttpResponse.badRequest(new Views.Error("bad_request", e.getMessage()));
    }

    @Error(global = true, exception = io.micronaut.json.JsonSyntaxException.class)
    public HttpResponse<Views.Error> json(HttpRequest<?> request, io.micronaut.json.JsonSyntaxException e) {
        return HttpResponse.badRequest(new Views.Error("bad_request", "malformed JSON body"));
    }

    @Error(global = true, exception = io.micronaut.http.codec.CodecException.class)
    public HttpResponse<Views.Error> codec(HttpRequest<?> request, io.micronaut.http.codec.CodecException e) {
        return HttpResponse.badRequest(new Views.Error("bad_request", "cannot read the request body as JSON"));
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    public HttpResponse<Views.Error> notFound(HttpRequest<?> request) {
        return HttpResponse.notFound(new Views.Error("not_found", "no such endpoint: " + request.getPath()));
    }

    @Error(global = true, status = HttpStatus.METHOD_NOT_ALLOWED)
    public HttpResponse<Views.Error> notAllowed(HttpRequest<?> request) {
        return HttpResponse.<Views.Error>status(HttpStatus.METHOD_NOT_ALLOWED)
                .body(new Views.Error("method_not_allowed", request.getMethod() + " is not allowed on "
                        + request.getPath()));
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    public HttpResponse<Views.Error> mediaType(HttpRequest<?> request) {
        return HttpResponse.<Views.Error>status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new Views.Error("unsupported_media_type", "send JSON with Content-Type: application/json"));
    }

    @Error(global = true, exception = HttpStatusException.class)
    public HttpResponse<Views.Error> status(HttpRequest<?> request, HttpStatusException e) {
        return HttpResponse.<Views.Error>status(e.getStatus())
                .body(new Views.Error(e.getStatus().name().toLowerCase(java.util.Locale.ROOT), e.getMessage()));
    }

    private static String shortMessage(Exception e) {
        String m = e.getMessage() == null ? "invalid value" : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl > 0 ? m.substring(0, nl) : m;
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
