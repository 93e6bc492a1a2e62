package io.trader.fake.bybit;

import io.trader.fake.spot.FakeSpotMarket;
import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake Bybit v5 API standalone. Credentials from env {@code FAKE_BYBIT_API_KEY} and
 * {@code FAKE_BYBIT_API_SECRET}; prints the base URL; the market starts with BTCUSDT at 50000 and 100000 USDT / 2 BTC.
 */
public final class FakeBybitMain {

    private FakeBybitMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String key = env("FAKE_BYBIT_API_KEY", "fake-key");
        String secret = env("FAKE_BYBIT_API_SECRET", "fake-secret-for-local-tests");
        FakeSpotMarket market = new FakeSpotMarket(FakeBybit.defaultProducts());
        market.setPrice("BTCUSDT", new BigDecimal("50000"));
        market.setBalance("USDT", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        FakeBybit fake = new FakeBybit(market, new BybitSignature(key, secret));
        fake.start();
        System.out.println("fake Bybit v5 on " + fake.baseUrl());
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fake.close();
            forever.countDown();
        }));
        forever.await();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
