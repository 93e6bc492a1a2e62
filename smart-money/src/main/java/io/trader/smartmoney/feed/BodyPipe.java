package io.trader.smartmoney.feed;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;

/**
 * Hands an HTTP body from the event loop (which {@link #push}es chunks) to a blocking reader on a worker thread (which
 * reads this stream), holding at most {@code maxChunks} chunks: when full, the producer is told to pause, and
 * {@code resume} runs once the reader has drained half. A failure or the end is delivered after the queued chunks;
 * a failure makes the reader's next read throw.
 */
final class BodyPipe extends InputStream {

    private final int maxChunks;
    private final Runnable resume;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private byte[] current;
    private int pos;
    private boolean ended;
    private String failure;
    private boolean paused;

    BodyPipe(int maxChunks, Runnable resume) {
        this.maxChunks = maxChunks;
        this.resume = resume;
    }

    /** Queues a chunk; returns true when the producer should pause. */
    synchronized boolean push(byte[] chunk) {
        if (ended || failure != null) {
            return false;
        }
        chunks.add(chunk);
        notifyAll();
        paused = chunks.size() >= maxChunks;
        return paused;
    }

    synchronized void end() {
        ended = true;
        notifyAll();
    }

    /** Fails the reader with {@code reason} (the first failure wins; chunks still queued are discarded). */
    synchronized void fail(String reason) {
        if (failure == null && !ended) {
            failure = reason;
            chunks.clear();
        }
        notifyAll();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        boolean wake = false;
        synchronized (this) {
            while (current == null || pos == current.length) {
                if (failure != null) {
                    throw new IOException(failure);
                }
                byte[] next = chunks.poll();
                if (next != null) {
                    current = next;
                    pos = 0;
                    if (paused && chunks.size() <= maxChunks / 2) {
                        paused = false;
                        wake = true;
                    }
                    continue;
                }
                if (ended) {
                    return -1;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the body", e);
                }
            }
            if (failure != null) {
                throw new IOException(failure);
            }
        }
        if (wake) {
            resume.run();
        }
        int n = Math.min(len, current.length - pos);
        System.arraycopy(current, pos, b, off, n);
        pos += n;
        return n;
    }
}
