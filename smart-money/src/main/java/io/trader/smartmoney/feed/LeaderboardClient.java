package io.trader.smartmoney.feed;

import io.trader.core.port.TimeSource;
import io.trader.smartmoney.core.TrackedWallet;
import io.trader.smartmoney.core.WalletSelection;
import io.trader.smartmoney.data.LeaderboardRead;
import io.trader.smartmoney.data.LeaderboardReader;
import io.trader.smartmoney.data.MalformedDataException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Reads Hyperliquid's leaderboard ({@link SmartMoneyConfig#leaderboardUrl}, ~25 MB) into the tracked wallets: the
 * body is streamed, a few chunks at a time, into a {@link LeaderboardReader} on a worker thread that offers each row
 * to a fresh {@link WalletSelection}, so memory stays bounded by the selection, not the document. A body over
 * {@link SmartMoneyConfig#leaderboardMaxBytes}, a download over {@link SmartMoneyConfig#leaderboardTimeout}, a
 * non-200 answer, a broken document or a transport error ends the read as a {@link Result.Failed} value (the future
 * never fails); a failed read's selection is discarded, so nothing changes.
 */
public final class LeaderboardClient implements AutoCloseable {

    /** The outcome of one read. */
    public sealed interface Result {
        /**
         * @param wallets the selection's wallets, Tier 1 first
         * @param read    rows seen, accepted and dropped per reason
         * @param bytes   body bytes read (after decompression)
         * @param millis  download and parse time
         */
        record Ok(List<TrackedWallet> wallets, LeaderboardRead read, long bytes, long millis) implements Result {
        }

        /** Why the read failed. */
        record Failed(String reason) implements Result {
        }
    }

    /** Chunks queued between the event loop and the parser (chunks are a few KiB to 64 KiB). */
    private static final int MAX_CHUNKS = 16;

    private final Vertx vertx;
    private final SmartMoneyConfig config;
    private final Supplier<WalletSelection> selections;
    private final TimeSource clock;
    private final HttpClientAgent http;
    private final LeaderboardReader reader = new LeaderboardReader();

    /**
     * @param selections a fresh selection per read (the core's {@code WalletSelection} with its tier rules)
     * @param clock      for the read's duration
     */
    public LeaderboardClient(Vertx vertx, SmartMoneyConfig config, Supplier<WalletSelection> selections,
                             TimeSource clock) {
        if (vertx == null || config == null || selections == null || clock == null) {
            throw new IllegalArgumentException("all arguments are required");
        }
        this.vertx = vertx;
        this.config = config;
        this.selections = selections;
        this.clock = clock;
        this.http = vertx.createHttpClient(new HttpClientOptions().setDecompressionSupported(true)
                .setConnectTimeout((int) Math.min(30_000, config.leaderboardTimeout().toMillis())));
    }

    /** Reads the leaderboard once. */
    public Future<Result> fetch() {
        Context ctx = vertx.getOrCreateContext();
        long start = clock.millis();
        AtomicReference<HttpClientResponse> response = new AtomicReference<>();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        AtomicLong bytes = new AtomicLong();
        BodyPipe pipe = new BodyPipe(MAX_CHUNKS, () -> ctx.runOnContext(v -> {
            HttpClientResponse r = response.get();
            if (r != null) {
                r.resume();
            }
        }));
        long timer = vertx.setTimer(config.leaderboardTimeout().toMillis(), id -> {
            pipe.fail("no complete leaderboard within " + config.leaderboardTimeout().toMillis() + " ms");
            abort(request.get());
        });
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET)
                .setAbsoluteURI(config.leaderboardUrl()).putHeader("User-Agent", "trader");
        http.request(options).compose(req -> {
            request.set(req);
            return req.send();
        }).onComplete(ar -> {
            if (ar.failed()) {
                pipe.fail("leaderboard request failed: " + ar.cause().getMessage());
                return;
            }
            HttpClientResponse r = ar.result();
            response.set(r);
            r.exceptionHandler(t -> pipe.fail("leaderboard download failed: " + t.getMessage()));
            if (r.statusCode() != 200) {
                pipe.fail("leaderboard answered HTTP " + r.statusCode());
                abort(request.get());
                return;
            }
            r.handler(buf -> {
                if (bytes.addAndGet(buf.length()) > config.leaderboardMaxBytes()) {
                    pipe.fail("leaderboard body larger than " + config.leaderboardMaxBytes() + " bytes");
                    abort(request.get());
                } else if (pipe.push(buf.getBytes())) {
                    r.pause();
                }
            });
            r.endHandler(v -> pipe.end());
        });
        Promise<Result> result = Promise.promise();
        vertx.<Result>executeBlocking(() -> parse(pipe, bytes, start), false).onComplete(ar -> {
            vertx.cancelTimer(timer);
            if (ar.succeeded()) {
                result.complete(ar.result());
            } else {
                result.complete(new Result.Failed("leaderboard read failed: " + ar.cause()));
            }
            if (!(ar.succeeded() && ar.result() instanceof Result.Ok)) {
                abort(request.get());
            }
        });
        return result.future();
    }

    private Result parse(BodyPipe pipe, AtomicLong bytes, long start) {
        WalletSelection selection = selections.get();
        try {
            LeaderboardRead read = reader.read(pipe, selection::offer);
            List<TrackedWallet> wallets = selection.finish();
            return new Result.Ok(wallets, read, bytes.get(), clock.millis() - start);
        } catch (IOException e) {
            pipe.fail("parser stopped");
            return new Result.Failed(e.getMessage());
        } catch (MalformedDataException e) {
            pipe.fail("parser stopped");
            return new Result.Failed("malformed leaderboard: " + e.getMessage());
        } catch (RuntimeException e) {
            pipe.fail("parser stopped");
            return new Result.Failed("leaderboard selection failed: " + e);
        }
    }

    private static void abort(HttpClientRequest req) {
        if (req != null) {
            req.reset();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
