package io.trader.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Any exception no closer handler (the framework's own, for its 4xx, or {@link ApiErrors}) takes: 500
 * {@code {"error","reason"}} that says nothing about the internals, and one clean log line.
 */
@Produces
@Singleton
public class UnexpectedErrors implements ExceptionHandler<Throwable, HttpResponse<Views.Error>> {

    @Override
    public HttpResponse<Views.Error> handle(HttpRequest request, Throwable exception) {
        return ApiErrors.unexpected(request, exception);
    }
}
