package io.trader.core.venue;

import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderEventDispatcherTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final ExecutorService producers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        producers.shutdownNow();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertTrue(producers.awaitTermination(5, TimeUnit.SECONDS));
    }

    private static OrderEvent event(int producer, int i) {
        OrderRequest r = OrderRequest.limit(producer + "-" + i, new InstrumentSpec("BTC", 1, 5), Side.BUY, 1, 1,
                TimeInForce.GTC, false, i, "");
        return new OrderEvent.Accepted(OrderState.created(r).withStatus(OrderStatus.ACCEPTED, i), i);
    }

    @Test
    void eventsArriveOneAtATimeInQueueOrderEvenOnAMultiThreadedExecutor() throws Exception {
        int producersN = 4;
        int perProducer = 2_000;
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(producersN * perProducer);
        OrderEventDispatcher d = new OrderEventDispatcher(e -> {
            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            seen.add(e.clientId());
            inside.decrementAndGet();
            done.countDown();
        }, pool, e -> { });
        CountDownLatch start = new CountDownLatch(1);
        for (int p = 0; p < producersN; p++) {
            int producer = p;
            producers.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < perProducer; i++) {
                    d.dispatch(List.of(event(producer, i)));
                }
            });
        }
        start.countDown();
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(1, maxInside.get(), "never concurrent");
        for (int p = 0; p < producersN; p++) {
            String prefix = p + "-";
            List<String> mine = seen.stream().filter(s -> s.startsWith(prefix)).toList();
            for (int i = 0; i < perProducer; i++) {
                assertEquals(prefix + i, mine.get(i), "each producer's order is kept");
            }
        }
    }

    @Test
    void aThrowingListenerHaltsDelivery() throws Exception {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        CountDownLatch failed = new CountDownLatch(1);
        AtomicInteger delivered = new AtomicInteger();
        OrderEventDispatcher d = new OrderEventDispatcher(e -> {
            delivered.incrementAndGet();
            throw new IllegalStateException("boom");
        }, Runnable::run, e -> {
            failure.set(e);
            failed.countDown();
        });
        d.dispatch(List.of(event(0, 0), event(0, 1)));
        assertTrue(failed.await(5, TimeUnit.SECONDS));
        d.dispatch(List.of(event(0, 2)));
        assertEquals(1, delivered.get());
        assertEquals("boom", failure.get().getMessage());
    }
}
