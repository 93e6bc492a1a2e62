package io.trader.bench;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.Side;
import io.trader.core.domain.TimeInForce;
import io.trader.venue.hyperliquid.data.HlAsset;
import io.trader.venue.hyperliquid.exec.HyperliquidSigner;
import io.trader.venue.hyperliquid.exec.Network;
import io.trader.venue.hyperliquid.exec.NonceSource;
import io.trader.venue.hyperliquid.exec.OrderAction;
import io.trader.venue.hyperliquid.exec.OrderWire;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Signing one Hyperliquid limit order end to end: platform order to wire strings, msgpack action hash,
 * phantom-agent EIP-712 digest, secp256k1 signature and the JSON body (NautilusTrader publishes 42 us).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HyperliquidSignBenchmark {

    /** A throwaway key (the Python SDK's test key), never a real account. */
    private static final String KEY = "0123456789012345678901234567890123456789012345678901234567890123";
    private HyperliquidSigner signer;
    private HlAsset btc;
    private OrderRequest order;
    private final AtomicLong nonce = new AtomicLong(1_700_000_000_000L);

    @Setup
    public void setUp() {
        signer = HyperliquidSigner.fromHex(KEY.toCharArray(), Network.TESTNET, null,
                new NonceSource(nonce::incrementAndGet, 0));
        btc = new HlAsset("BTC", 0, 5, 40);
        InstrumentSpec spec = new InstrumentSpec("BTC", 1, 5);
        order = OrderRequest.limit("bench-1", spec, Side.BUY, 123, 1_055_540, TimeInForce.GTC, false, 0, "bench");
    }

    @Benchmark
    public String signOrder() {
        OrderWire wire = OrderWire.fromRequest(order, btc).orElseThrow();
        return signer.sign(OrderAction.of(wire)).toJson();
    }
}
