package io.trader.app.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * The body of every error answer the framework builds itself (its exception handlers: a bad argument,
 * a body over the size limit, an oversized cookie, ...) in the API's {@code {"error","reason"}} shape,
 * as JSON whatever the client accepts. A 5xx says nothing about the internals.
 */
@Singleton
public class ErrorBodies implements ErrorResponseProcessor<Views.Error> {

    @Override
    public MutableHttpResponse<Views.Error> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        String reason = status.getCode() >= 500 ? ApiErrors.UNEXPECTED : context.getErrors().stream().findFirst()
                .map(e -> ApiErrors.firstLine(e.getMessage())).orElse(status.getReason());
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new Views.Error(status.name().toLowerCase(Locale.ROOT), reason));
    }
}
