package io.trader.bench;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.venue.binance.BinanceClientIds;
import io.trader.venue.binance.BinanceOrderParams;
import io.trader.venue.binance.BinanceSigner;
import io.trader.venue.binance.SignedQuery;
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

import java.util.concurrent.TimeUnit;

/**
 * Building and signing one Binance new-order request: platform order to query string (exact decimals, client id
 * mapping), then recvWindow/timestamp and the HMAC-SHA256 hex signature.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BinanceSignBenchmark {

    /** The Binance docs' example secret, never a real account. */
    private static final String SECRET = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
    private BinanceSigner signer;
    private OrderRequest order;
    private long timestamp = 1_499_827_319_559L;

    @Setup
    public void setUp() {
        signer = new BinanceSigner("bench-key", SECRET.toCharArray());
        InstrumentSpec spec = new InstrumentSpec("BTCUSDT", 2, 5);
        order = OrderRequest.limit("bench-order-1", spec, Side.BUY, 123, 6_055_432, TimeInForce.GTC, false, 0,
                "bench");
    }

    @Benchmark
    public String buildAndSign() {
        String params = BinanceOrderParams.newOrder(order, BinanceClientIds.toVenue(order.clientId()));
        return SignedQuery.sign(signer, params, 5000, timestamp++);
    }
}
