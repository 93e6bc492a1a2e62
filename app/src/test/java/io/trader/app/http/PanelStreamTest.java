package io.trader.app.http;

import io.micronaut.http.sse.Event;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stream honours its subscriber's demand: nothing is sent before it asks, what waits goes out as soon as it
 * asks for more (not a tick later), only changed documents are sent again, and nothing after a cancel.
 */
class PanelStreamTest {

    @Test
    void sendsWhatChangedAsTheSubscriberAsks() throws Exception {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            AtomicReference<String> status = new AtomicReference<>("{\"bars\":1}");
            PanelStream stream = new PanelStream(scheduler, 60_000, () -> List.of(
                    new PanelStream.Doc("status", status.get()), new PanelStream.Doc("pnl", "{}"),
                    new PanelStream.Doc("orders", "[]")));
            List<String> got = new CopyOnWriteArrayList<>();
            AtomicReference<Subscription> sub = new AtomicReference<>();
            stream.subscribe(new Subscriber<Event<String>>() {
                @Override
                public void onSubscribe(Subscription s) {
                    sub.set(s);
                }

                @Override
                public void onNext(Event<String> e) {
                    got.add(e.getName() + "=" + e.getData());
                }

                @Override
                public void onError(Throwable t) {
                    got.add("error " + t);
                }

                @Override
                public void onComplete() {
                    got.add("complete");
                }
            });
            Thread.sleep(300); // the first tick ran (the next is a minute away)
            assertEquals(List.of(), got, "no demand, nothing sent");
            sub.get().request(1);
            assertEquals(List.of("status={\"bars\":1}"), got);
            sub.get().request(5);
            assertEquals(List.of("status={\"bars\":1}", "pnl={}", "orders=[]"), got, "sent at once, not a tick later");
            sub.get().cancel();
            status.set("{\"bars\":2}");
            Thread.sleep(100);
            assertEquals(3, got.size(), "nothing after the cancel");
        } finally {
            scheduler.shutdownNow();
        }
    }
}
