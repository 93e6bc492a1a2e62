package io.trader.bench;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.venue.kraken.KrakenDto;
import io.trader.venue.kraken.KrakenInstruments;
import io.trader.venue.kraken.KrakenMapping;
import io.trader.venue.kraken.KrakenRest;
import io.trader.venue.kraken.KrakenSigner;
import io.trader.venue.kraken.NonceSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One Kraken AddOrder made ready to send: platform order to Kraken's form fields (exact decimals, cl_ord_id),
 * the url-encoded post data with a fresh nonce, and the API-Sign (SHA-256 then HMAC-SHA512, base64).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KrakenSignBenchmark {

    /** The example secret of Kraken's REST authentication guide, never a real account. */
    private static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";

    private KrakenSigner signer;
    private NonceSource nonces;
    private KrakenInstruments.Entry entry;
    private final AtomicLong ids = new AtomicLong();

    @Setup
    public void setup() {
        signer = new KrakenSigner("bench-key", SECRET.toCharArray());
        nonces = new NonceSource(System::currentTimeMillis);
        InstrumentSpec btc = new InstrumentSpec("BTCUSDT", 1, 8);
        entry = new KrakenInstruments.Entry(btc, new KrakenDto.Pair("XBTUSDT", "XBTUSDT", "XBT/USDT", "XXBT", "USDT",
                1, 8, 5, new BigDecimal("0.00005"), new BigDecimal("0.5"), new BigDecimal("0.1"), "online"));
    }

    @Benchmark
    public String buildAndSignAddOrder() {
        long id = ids.incrementAndGet();
        OrderRequest r = OrderRequest.limit("bench-" + id, entry.spec(), Side.BUY, 125_000_000, 375_000,
                TimeInForce.GTC, false, 0, "bench");
        var params = KrakenMapping.addOrder(r, entry, "0b6e4d52-6f3a-3b1c-9a7e-" + String.format("%012d", id));
        long nonce = nonces.next();
        String body = "nonce=" + nonce + "&" + KrakenRest.form(params);
        return signer.sign("/0/private/AddOrder", nonce, body);
    }

    /** The signature alone over a fixed body (the documented example), for the split of the figure above. */
    @Benchmark
    public String signOnly() {
        return signer.sign("/0/private/AddOrder", 1616492376594L,
                "nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25");
    }
}
