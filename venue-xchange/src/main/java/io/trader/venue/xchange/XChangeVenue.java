package io.trader.venue.xchange;

import org.knowm.xchange.BaseExchange;
import org.knowm.xchange.Exchange;
import org.knowm.xchange.ExchangeFactory;
import org.knowm.xchange.ExchangeSpecification;
import org.knowm.xchange.coinbasepro.CoinbaseProExchange;

import java.net.URI;
import java.util.Map;

/**
 * Builds an XChange {@link Exchange} for a venue name: the module's default specification, keys (env or a key file
 * outside the repo, see {@link XChangeCredentials}), the venue's sandbox / testnet unless {@link Options#mainnet()}
 * says otherwise, or a base URL override (a local fake) that wins over both (a sandbox's other settings, such as
 * OKX's demo-trading header, still apply to it unless mainnet is asked for). XChange's own retries stay off: a
 * resent order must be decided by the adapter after a query, never by the library.
 */
public final class XChangeVenue {

    /**
     * @param mainnet            trade on the real venue (explicit flag; default is the sandbox)
     * @param baseUrl            base URL override ({@code http://127.0.0.1:port} for a fake), null for none
     * @param loadRemoteMetaData let XChange read products when the exchange is created (off in tests; the adapter
     *                           loads them itself on its I/O thread at start)
     * @param httpTimeoutMillis  connect and read timeout of each call; a call past it has an UNKNOWN fate
     */
    public record Options(boolean mainnet, String baseUrl, boolean loadRemoteMetaData, int httpTimeoutMillis) {

        /** Sandbox, no override, metadata loaded by the adapter, 10 s timeouts. */
        public static final Options SANDBOX = new Options(false, null, false, 10_000);

        public Options {
            if (httpTimeoutMillis <= 0) {
                throw new IllegalArgumentException("httpTimeoutMillis must be positive");
            }
            if (baseUrl != null) {
                URI u = URI.create(baseUrl);
                if (u.getScheme() == null || u.getHost() == null) {
                    throw new IllegalArgumentException("baseUrl needs a scheme and a host: " + baseUrl);
                }
            }
        }

        public Options withBaseUrl(String url) {
            return new Options(mainnet, url, loadRemoteMetaData, httpTimeoutMillis);
        }
    }

    /**
     * rescu sends through the JDK's HttpURLConnection, which by default sends a POST again, unseen, when the
     * connection drops before the answer: an order placed twice (seen on fake-okx: the resend was refused as a
     * duplicate client order id). Off here unless the operator set it; it is read once, when the JDK's HTTP client
     * class loads, so a process that made HttpURLConnection calls before this class loaded must pass
     * {@code -Dsun.net.http.retryPost=false} itself.
     */
    static {
        if (System.getProperty("sun.net.http.retryPost") == null) {
            System.setProperty("sun.net.http.retryPost", "false");
        }
    }

    private XChangeVenue() {
    }

    /** The exchange of a venue name; keys from the process environment when set. */
    public static Exchange create(String venue, Options options) {
        VenueProfile profile = profile(venue);
        return create(profile, XChangeCredentials.fromEnv(profile, System.getenv()).orElse(null), options);
    }

    public static VenueProfile profile(String venue) {
        return VenueProfiles.of(venue).orElseThrow(() -> new IllegalArgumentException(
                "unknown XChange venue '" + venue + "'; known: " + VenueProfiles.names()));
    }

    /**
     * @param credentials null for public data only
     * @throws IllegalArgumentException when the venue has no sandbox and mainnet was not asked for, or a required
     *                                  passphrase is missing
     */
    public static Exchange create(VenueProfile profile, XChangeCredentials credentials, Options options) {
        ExchangeSpecification spec = specification(profile, credentials, options);
        return ExchangeFactory.INSTANCE.createExchange(spec);
    }

    /** The specification {@link #create} uses (tests read it; it holds the keys, so never log it). */
    public static ExchangeSpecification specification(VenueProfile profile, XChangeCredentials credentials,
                                                      Options options) {
        ExchangeSpecification spec;
        try {
            BaseExchange template = profile.exchangeClass().getDeclaredConstructor().newInstance();
            spec = template.getDefaultExchangeSpecification();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate " + profile.exchangeClass().getName(), e);
        }
        if (credentials != null) {
            if (profile.needsPassphrase() && credentials.passphrase() == null) {
                throw new IllegalArgumentException(profile.name() + " needs " + profile.envPrefix()
                        + "_API_PASSPHRASE as well");
            }
            spec.setApiKey(credentials.apiKey());
            spec.setSecretKey(credentials.secret());
            if (credentials.passphrase() != null) {
                spec.setExchangeSpecificParametersItem("passphrase", credentials.passphrase());
            }
        }
        if (options.baseUrl() != null) {
            if (!options.mainnet() && profile.hasSandbox()) {
                // the sandbox's own settings first (OKX's demo-trading header), then the URL override wins
                profile.sandbox().accept(spec);
            }
            URI u = URI.create(options.baseUrl());
            spec.setExchangeSpecificParametersItem(Exchange.USE_SANDBOX, false);
            spec.setExchangeSpecificParametersItem(CoinbaseProExchange.Parameters.PARAM_USE_PRIME, false);
            spec.setSslUri(options.baseUrl().replaceAll("/+$", ""));
            spec.setHost(u.getHost());
            spec.setPort(u.getPort() > 0 ? u.getPort() : 443);
        } else if (!options.mainnet()) {
            if (!profile.hasSandbox()) {
                throw new IllegalArgumentException(profile.name() + " has no sandbox; mainnet needs the explicit flag");
            }
            profile.sandbox().accept(spec);
        } else if (profile.exchangeClass() == CoinbaseProExchange.class) {
            // api.pro.coinbase.com (the module's default) is retired; the Exchange API lives on the "prime" host
            spec.setExchangeSpecificParametersItem(CoinbaseProExchange.Parameters.PARAM_USE_PRIME, true);
        }
        spec.setShouldLoadRemoteMetaData(options.loadRemoteMetaData());
        spec.setHttpConnTimeout(options.httpTimeoutMillis());
        spec.setHttpReadTimeout(options.httpTimeoutMillis());
        spec.getResilience().setRetryEnabled(false);
        spec.getResilience().setRateLimiterEnabled(false);
        return spec;
    }

    /** Where the specification points, for a log line (no keys). */
    public static String describe(ExchangeSpecification spec) {
        Map<String, Object> p = spec.getExchangeSpecificParameters();
        return spec.getExchangeName() + " at " + spec.getSslUri() + (p == null ? "" : " sandbox="
                + p.get(Exchange.USE_SANDBOX));
    }
}
