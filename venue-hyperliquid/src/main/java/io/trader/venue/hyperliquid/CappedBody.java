package io.trader.venue.hyperliquid;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import io.vertx.ext.web.codec.BodyCodec;
import io.vertx.ext.web.codec.spi.BodyStream;

/**
 * A response body collected up to a cap: a body that grows past {@code maxBytes} fails the request with
 * {@link TooLarge} as soon as the excess arrives, so no more than the cap is ever buffered or parsed.
 */
public final class CappedBody implements BodyCodec<Buffer> {

    /** The body outgrew the cap. */
    public static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge(long bytes) {
            super("response body larger than " + bytes + " bytes", null, false, false);
        }
    }

    private final int maxBytes;

    public CappedBody(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public BodyStream<Buffer> stream() {
        return new BodyStream<>() {
            private final Buffer body = Buffer.buffer();
            private final Promise<Buffer> state = Promise.promise();

            @Override
            public Future<Buffer> result() {
                return state.future();
            }

            @Override
            public void handle(Throwable cause) {
                state.tryFail(cause);
            }

            @Override
            public WriteStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
                return this;
            }

            @Override
            public Future<Void> write(Buffer data) {
                if (!state.future().isComplete()) {
                    if (body.length() + (long) data.length() > maxBytes) {
                        state.tryFail(new TooLarge(maxBytes));
                    } else {
                        body.appendBuffer(data);
                    }
                }
                return Future.succeededFuture();
            }

            @Override
            public Future<Void> end() {
                state.tryComplete(body);
                return Future.succeededFuture();
            }

            @Override
            public WriteStream<Buffer> setWriteQueueMaxSize(int maxSize) {
                return this;
            }

            @Override
            public boolean writeQueueFull() {
                return false;
            }

            @Override
            public WriteStream<Buffer> drainHandler(Handler<Void> handler) {
                return this;
            }
        };
    }
}
