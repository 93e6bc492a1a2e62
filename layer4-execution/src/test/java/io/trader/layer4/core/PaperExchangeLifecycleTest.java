package io.trader.layer4.core;

import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderState;
import io.trader.core.domain.OrderStatus;
import io.trader.core.domain.OrderType;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import io.trader.core.market.Bar;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submit, cancel, restore and determinism of the paper venue. */
class PaperExchangeLifecycleTest extends PaperFixture {

    @Test
    void duplicateClientIdIsIgnored() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        knownVolume(ex, 1_000);
        OrderRequest buy = market("c1", Side.BUY, 100, 0);
        ex.submit(buy);
        ex.submit(market("c1", Side.SELL, 300, 0));
        ex.onBar(flat(0, 5_000_000));
        ex.submit(buy);

        assertEquals(List.of(
                new OrderEvent.Accepted(accepted(buy, 0), 0),
                filled(accepted(buy, 0), "c1-1", 5_000_000, 100, 225_000_000, false, 0)),
                recorder.drain());
    }

    @Test
    void invalidOrderIsRejectedAndItsIdStaysKnown() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        clock.now = 5;
        OrderRequest postOnlyMarket = new OrderRequest("bad", BTC, Side.BUY, OrderType.MARKET, 100, 0,
                TimeInForce.POST_ONLY, false, 5, "test");
        ex.submit(postOnlyMarket);
        ex.submit(postOnlyMarket);

        OrderState rejected = OrderState.created(postOnlyMarket).withStatus(OrderStatus.REJECTED, 5);
        assertEquals(List.of(new OrderEvent.Rejected(rejected, "post-only market order", 5)), recorder.drain());
        assertTrue(ex.openOrders().isEmpty());
    }

    @Test
    void cancelEmitsCancelledAndIgnoresUnknownOrClosedIds() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT);
        OrderRequest a = limit("a", Side.BUY, 100, 4_000_000, TimeInForce.GTC, 0);
        OrderRequest b = limit("b", Side.SELL, 100, 6_000_000, TimeInForce.GTC, 0);
        OrderRequest c = limit("c", Side.BUY, 100, 4_100_000, TimeInForce.GTC, 0);
        ex.submit(a);
        ex.submit(b);
        ex.submit(c);
        recorder.drain();
        assertEquals(List.of(accepted(a, 0), accepted(b, 0), accepted(c, 0)), List.copyOf(ex.openOrders()));

        clock.now = 7;
        ex.cancel("b", "user");
        ex.cancel("b", "again");
        ex.cancel("nope", "unknown");
        assertEquals(List.of(accepted(a, 0), accepted(c, 0)), List.copyOf(ex.openOrders()));
        clock.now = 9;
        ex.cancelAll("kill switch");

        assertEquals(List.of(
                cancelled(accepted(b, 0), "user", 7),
                cancelled(accepted(a, 0), "kill switch", 9),
                cancelled(accepted(c, 0), "kill switch", 9)),
                recorder.drain());
        assertTrue(ex.openOrders().isEmpty());
        ex.onBar(bar(0, 4_000_000, 4_000_000, 3_000_000, 4_000_000, 1_000));
        assertEquals(List.of(), recorder.drain());
    }

    @Test
    void participationCapIsSharedByTheOrdersOfOneBar() {
        PaperExchange ex = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        knownVolume(ex, 2);
        OrderRequest first = market("first", Side.BUY, 300, 0);
        OrderRequest second = market("second", Side.BUY, 300, 0);
        ex.submit(first);
        ex.submit(second);
        recorder.drain();
        ex.onBar(bar(0, 5_000_000, 5_000_000, 5_000_000, 5_000_000, 40)); // known 2 BTC: 500 lots for both

        OrderEvent.Filled f1 = filled(accepted(first, 0), "first-1", 5_000_000, 300, 675_000_000, false, 0);
        OrderEvent.Filled f2 = filled(accepted(second, 0), "second-1", 5_000_000, 200, 450_000_000, false, 0);
        assertEquals(List.of(f1, f2), recorder.drain());
        assertEquals(List.of(f2.state()), List.copyOf(ex.openOrders()));
    }

    @Test
    void restoredOrdersKeepFillingWithUniqueFillIds() {
        PaperExchange before = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        OrderRequest buy = limit("c1", Side.BUY, 1_000, 4_990_000, TimeInForce.GTC, 0);
        before.submit(buy);
        // a quarter of the 8 BTC traded below the limit (lower wick 200.00 deep, 100.00 of it below 49 900: weight
        // 100^2 / (2 x 200) = 25 of 100), of which 0.25: a maker fill of 500 lots
        before.onBar(bar(0, 5_000_000, 5_000_000, 4_980_000, 5_000_000, 8));
        List<OrderState> open = List.copyOf(before.openOrders());
        recorder.drain();

        PaperExchange after = exchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0));
        after.restore(open);
        after.submit(buy);
        assertEquals(open, List.copyOf(after.openOrders()));
        after.onBar(bar(1, 4_980_000, 4_990_000, 4_970_000, 4_980_000, 10)); // rests: maker at the limit

        assertEquals(List.of(filled(open.get(0), "c1-r500-1", 4_990_000, 500, 374_250_000, true, MINUTE)),
                recorder.drain());
    }

    @Test
    void ordersSubmittedFromAListenerDuringABarWaitForALaterBar() {
        List<OrderEvent> seen = new ArrayList<>();
        PaperExchange[] holder = new PaperExchange[1];
        holder[0] = new PaperExchange(PaperExchangeConfig.DEFAULT.withSlippage(0, 0), event -> {
            seen.add(event);
            if (event instanceof OrderEvent.Filled f && f.clientId().equals("c1")) {
                holder[0].submit(market("c2", Side.SELL, 100, f.time()));
            }
        }, clock);
        PaperExchange ex = holder[0];
        knownVolume(ex, 1_000);
        ex.submit(market("c1", Side.BUY, 100, 0));
        ex.onBar(flat(0, 5_000_000));
        assertEquals(List.of("Accepted c1", "Filled c1", "Accepted c2"), labels(seen));

        clock.now = MINUTE;
        ex.onBar(flat(1, 5_100_000));
        assertEquals(List.of("Accepted c1", "Filled c1", "Accepted c2", "Filled c2"), labels(seen));
        assertEquals(5_100_000, ((OrderEvent.Filled) seen.get(3)).fill().priceTicks());
    }

    private static List<String> labels(List<OrderEvent> events) {
        return events.stream().map(e -> e.getClass().getSimpleName() + " " + e.clientId()).toList();
    }

    @Test
    void sameInputsGiveTheSameEventSequence() {
        List<OrderEvent> first = randomSession(42);
        List<OrderEvent> second = randomSession(42);
        assertEquals(first.toString(), second.toString());
        assertTrue(first.stream().filter(e -> e instanceof OrderEvent.Filled).count() > 50);
        assertTrue(first.stream().anyMatch(e -> e.state().status() == OrderStatus.PARTIALLY_FILLED));
    }

    private static List<OrderEvent> randomSession(long seed) {
        PaperFixture world = new PaperFixture();
        PaperExchange ex = world.exchange(PaperExchangeConfig.DEFAULT.withLatencyMillis(30_000));
        Random random = new Random(seed);
        long price = 5_000_000;
        for (int k = 0; k < 2_000; k++) {
            long open = price;
            long close = Math.max(100_000, open + random.nextInt(20_001) - 10_000);
            long high = Math.max(open, close) + random.nextInt(5_000);
            long low = Math.min(open, close) - random.nextInt(5_000);
            double volume = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 3;
            ex.onBar(new Bar(BTC, k * MINUTE, (k + 1) * MINUTE, open, high, low, close, volume));
            world.clock.now = (k + 1) * MINUTE;
            price = close;
            int action = random.nextInt(10);
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            long lots = 1 + random.nextInt(2_000);
            String id = "o" + k;
            if (action < 3) {
                ex.submit(market(id, side, lots, world.clock.now));
            } else if (action < 6) {
                long limit = close + side.sign() * (random.nextInt(20_000) - 10_000);
                TimeInForce tif = TimeInForce.values()[random.nextInt(3)];
                ex.submit(limit(id, side, lots, Math.max(1, limit), tif, world.clock.now));
            } else if (action == 6 && !ex.openOrders().isEmpty()) {
                ex.cancel(ex.openOrders().iterator().next().clientId(), "random");
            }
        }
        return world.recorder.events;
    }
}
