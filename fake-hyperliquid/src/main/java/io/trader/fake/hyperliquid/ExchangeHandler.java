package io.trader.fake.hyperliquid;

/**
 * Simulates {@code POST /exchange} (and websocket {@code post} requests of type {@code action}). The fake calls it
 * on its event-loop thread for every request that passed fault injection, with the body exactly as received; the
 * handler returns the response to send. It must not block. To emit user-stream messages (order updates, fills)
 * call {@link ExchangeContext#publish} from inside {@link #handle}: they are written at once, so (as on the venue)
 * a websocket client may see them before the HTTP response.
 *
 * <p>The default handler answers every request with {@code {"status":"err","response":"exchange not simulated"}}.
 */
@FunctionalInterface
public interface ExchangeHandler {

    /** The default: every action is rejected as not simulated. */
    ExchangeHandler NOT_SIMULATED = (request, context) -> ExchangeResponse.err("exchange not simulated");

    /**
     * @param request the request body ({@code {"action":..,"nonce":..,"signature":..,"vaultAddress":..}})
     * @param context the fake market, its clock and the publisher for user streams
     * @return the response (HTTP 200 with a JSON body, as the venue answers even rejected actions)
     */
    ExchangeResponse handle(ExchangeRequest request, ExchangeContext context);
}
