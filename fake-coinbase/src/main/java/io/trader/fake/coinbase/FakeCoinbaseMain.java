package io.trader.fake.coinbase;

import java.math.BigDecimal;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake Coinbase Exchange standalone. Credentials from env {@code FAKE_COINBASE_API_KEY},
 * {@code FAKE_COINBASE_API_SECRET} (base64), {@code FAKE_COINBASE_API_PASSPHRASE}; prints the base URL; the
 * market starts with BTC-USD at 50000 and 100000 USD / 2 BTC.
 */
public final class FakeCoinbaseMain {

    private FakeCoinbaseMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        String key = env("FAKE_COINBASE_API_KEY", "fake-key");
        String secret = env("FAKE_COINBASE_API_SECRET", "ZmFrZS1zZWNyZXQtZm9yLWxvY2FsLXRlc3Rz");
        String pass = env("FAKE_COINBASE_API_PASSPHRASE", "fake-pass");
        FakeCoinbaseMarket market = new FakeCoinbaseMarket(FakeCoinbase.defaultProducts());
        market.setPrice("BTC-USD", new BigDecimal("50000"));
        market.setBalance("USD", new BigDecimal("100000"));
        market.setBalance("BTC", new BigDecimal("2"));
        FakeCoinbase fake = new FakeCoinbase(market, new CoinbaseSignature(key, secret, pass));
        fake.start();
        System.out.println("fake Coinbase Exchange on " + fake.baseUrl());
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
