package io.trader.venue.xchange;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.core.event.OrderEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.knowm.xchange.Exchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Against the real Coinbase Exchange <b>sandbox</b> (api-public.sandbox.exchange.coinbase.com), skipped unless
 * {@code COINBASE_API_KEY}, {@code COINBASE_API_SECRET} and {@code COINBASE_API_PASSPHRASE} (sandbox keys) are set.
 * Not run by surefire (an {@code *IT}); run it with {@code -Dtest=CoinbaseLiveIT}. Places a post-only buy far below
 * the market, sees it accepted and listed, and cancels it.
 */
class CoinbaseLiveIT {

    @Test
    void postOnlyOrderRoundTripOnTheSandbox() throws Exception {
        VenueProfile profile = XChangeVenue.profile("coinbase");
        var keys = XChangeCredentials.fromEnv(profile, System.getenv());
        Assumptions.assumeTrue(keys.isPresent(), "skipped: COINBASE_API_KEY/_SECRET/_PASSPHRASE not set");
        Exchange xchange = XChangeVenue.create(profile, keys.get(), XChangeVenue.Options.SANDBOX);
        EventRecorder events = new EventRecorder();
        ExecutorService engine = Executors.newSingleThreadExecutor();
        try (XChangeExchange ex = new XChangeExchange(xchange, profile, RateBudget.of(profile), events, engine,
                System::currentTimeMillis, XChangeExchange.Settings.DEFAULT)) {
            XChangeInstruments map = ex.start().get();
            InstrumentSpec btc = map.bySymbol("BTC-USD").orElseThrow().spec();
            var ticker = xchange.getMarketDataService().getTicker(org.knowm.xchange.currency.CurrencyPair.BTC_USD);
            long px = btc.ticks(ticker.getBid().multiply(new BigDecimal("0.5")).setScale(btc.priceScale(),
                    RoundingMode.DOWN));
            long lots = btc.lots(0.001, RoundingMode.HALF_EVEN);
            String id = "live-" + System.currentTimeMillis();
            ex.submit(OrderRequest.limit(id, btc, Side.BUY, lots, px, TimeInForce.POST_ONLY, false, 0, "live IT"));
            OrderEvent.Accepted acc = events.awaitEvent(id, OrderEvent.Accepted.class);
            assertNotNull(acc.state().venueOrderId());
            assertFalse(ex.openOrders().isEmpty());
            ex.cancel(id, "live IT done");
            events.awaitEvent(id, OrderEvent.Cancelled.class);
            assertEquals(null, ex.haltReason());
        } finally {
            engine.shutdownNow();
        }
    }
}
