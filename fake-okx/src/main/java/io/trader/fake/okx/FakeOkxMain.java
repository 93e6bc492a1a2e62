package io.trader.fake.okx;

import io.trader.fake.spot.FakeSpotMarket;
import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake OKX v5 API standalone, as a demo-trading venue (requests need {@code x-simulated-trading: 1}).
 * Credentials from env {@code FAKE_OKX_API_KEY}, {@code FAKE_OKX_API_SECRET}, {@code FAKE_OKX_API_PASSPHRASE};
 * prints the base URL; the market starts with BTC-USDT at 50000 and 100000 USDT / 2 BTC.
 */
public final class FakeOkxMain {

    private FakeOkxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String key = env("FAKE_OKX_API_KEY", "fake-key");
        String secret = env("FAKE_OKX_API_SECRET", "fake-secret-for-local-tests");
        String pass = env("FAKE_OKX_API_PASSPHRASE", "fake-pass");
        FakeSpotMarket market = new FakeSpotMarket(FakeOkx.defaultProducts());
        market.setPrice("BTC-USDT", new BigDecimal("50000"));
        market.setBalance("USDT", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        FakeOkx fake = new FakeOkx(market, new OkxSignature(key, secret, pass, true));
        fake.start();
        System.out.println("fake OKX v5 (demo trading) on " + fake.baseUrl());
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
