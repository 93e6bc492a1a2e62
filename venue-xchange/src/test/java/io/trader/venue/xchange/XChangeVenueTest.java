package io.trader.venue.xchange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;
import org.knowm.xchange.okex.OkexExchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exchanges built from venue names, offline (no remote metadata): the modules load against the pinned xchange-core,
 * the sandbox is the default, mainnet needs the flag, a base URL override wins, keys never show.
 */
class XChangeVenueTest {

    private static final XChangeCredentials KEYS = new XChangeCredentials("k", "c2VjcmV0", "p");

    private static ExchangeSpecification built(String venue, XChangeVenue.Options o) {
        Exchange e = XChangeVenue.create(XChangeVenue.profile(venue), KEYS, o);
        return e.getExchangeSpecification();
    }

    @Test
    void coinbaseDefaultsToTheExchangeSandbox() {
        Exchange e = XChangeVenue.create(XChangeVenue.profile("coinbase"), KEYS, XChangeVenue.Options.SANDBOX);
        assertInstanceOf(CoinbaseProExchange.class, e);
        assertEquals("https://api-public.sandbox.exchange.coinbase.com", e.getExchangeSpecification().getSslUri());
        assertEquals("p", e.getExchangeSpecification().getExchangeSpecificParametersItem("passphrase"));
    }

    @Test
    void coinbaseMainnetOnlyWithTheFlag() {
        var o = new XChangeVenue.Options(true, null, false, 1000);
        assertEquals("https://api.exchange.coinbase.com", built("coinbase", o).getSslUri());
    }

    @Test
    void bybitDefaultsToTestnetAndOkxToSimulatedTrading() {
        Exchange bybit = XChangeVenue.create(XChangeVenue.profile("bybit"), KEYS, XChangeVenue.Options.SANDBOX);
        assertInstanceOf(BybitExchange.class, bybit);
        assertEquals("https://api-testnet.bybit.com", bybit.getExchangeSpecification().getSslUri());
        Exchange okx = XChangeVenue.create(XChangeVenue.profile("okex"), KEYS, XChangeVenue.Options.SANDBOX);
        assertInstanceOf(OkexExchange.class, okx);
        assertEquals("1", okx.getExchangeSpecification().getExchangeSpecificParametersItem(OkexExchange.PARAM_SIMULATED));
        assertEquals("https://www.okx.com", okx.getExchangeSpecification().getSslUri());
    }

    @Test
    void aBaseUrlOverrideWinsOverTheSandbox() {
        for (String venue : new String[] {"coinbase", "bybit", "okx"}) {
            var spec = built(venue, XChangeVenue.Options.SANDBOX.withBaseUrl("http://127.0.0.1:18080/"));
            assertEquals("http://127.0.0.1:18080", spec.getSslUri(), venue);
            assertFalse(spec.isShouldLoadRemoteMetaData(), venue);
            assertFalse(spec.getResilience().isRetryEnabled(), venue);
        }
    }

    @Test
    void passphraseVenuesNeedOneAndUnknownVenuesAreNamed() {
        var noPass = new XChangeCredentials("k", "c2VjcmV0", null);
        var e = assertThrows(IllegalArgumentException.class, () -> XChangeVenue.create(XChangeVenue.profile("okx"),
                noPass, XChangeVenue.Options.SANDBOX));
        assertTrue(e.getMessage().contains("OKX_API_PASSPHRASE"), e.getMessage());
        var u = assertThrows(IllegalArgumentException.class, () -> XChangeVenue.profile("mtgox"));
        assertTrue(u.getMessage().contains("coinbase"), u.getMessage());
    }

    @Test
    void keysComeFromEnvOrAKeyFileOutsideTheRepoAndNeverShow(@TempDir Path dir) throws Exception {
        var profile = XChangeVenue.profile("coinbase");
        assertTrue(XChangeCredentials.fromEnv(profile, Map.of()).isEmpty());
        var env = XChangeCredentials.fromEnv(profile, Map.of("COINBASE_API_KEY", "key1",
                "COINBASE_API_SECRET", "sec1", "COINBASE_API_PASSPHRASE", "pp")).orElseThrow();
        assertEquals("pp", env.passphrase());
        assertFalse(env.toString().contains("key1") || env.toString().contains("sec1") || env.toString().contains("pp"));

        Path file = dir.resolve("coinbase.properties");
        Files.writeString(file, "apiKey=fk\nsecret=fs\npassphrase=fp\n");
        assertEquals("fk", XChangeCredentials.fromFile(file, Path.of("").toAbsolutePath()).apiKey());
        assertThrows(IllegalArgumentException.class, () -> XChangeCredentials.fromFile(file, dir));
    }
}
