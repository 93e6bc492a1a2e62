package io.trader.venue.hyperliquid.exec;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HyperliquidErrorAdapterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Too many cumulative requests sent (10001 > 10000) for cumulative volume traded $0.|RATE_LIMITED",
            "User or API Wallet 0x2cb5f6358e530a68801fc11cbe17698ab9d43d47 does not exist.|AUTHENTICATION",
            "Must deposit before performing actions. User: 0xabc|AUTHENTICATION",
            "Invalid nonce: duplicate nonce|INVALID_NONCE",
            "Insufficient margin to place order. asset=0|INSUFFICIENT_MARGIN",
            "Insufficient spot balance asset=10001|INSUFFICIENT_MARGIN",
            "Price must be divisible by tick size. asset=0|INVALID_PRICE",
            "Order has invalid price.|INVALID_PRICE",
            "Order price cannot be more than 80% away from the reference price|INVALID_PRICE",
            "Invalid TP/SL price. asset=0|INVALID_PRICE",
            "Order has invalid size.|INVALID_SIZE",
            "Order must have minimum value of $10. asset=0|INVALID_SIZE",
            "Post only order would have immediately matched, bbo was 30000@30001. asset=0|POST_ONLY_WOULD_CROSS",
            "Reduce only order would increase position. asset=0|REDUCE_ONLY_REJECTED",
            "Order could not immediately match against any resting orders. asset=0|NO_LIQUIDITY",
            "No liquidity available for market order.|NO_LIQUIDITY",
            "Order was never placed, already canceled, or filled. asset=0|UNKNOWN_ORDER",
            "Duplicate cloid: an order with cloid 0x01 was placed already.|DUPLICATE_ORDER",
            "Something new the venue says|REJECTED"})
    void venueTextsMapToTheSmallTypedSet(String text, HyperliquidErrorCode expected) {
        assertEquals(expected, HyperliquidErrorAdapter.classify(text));
        String reason = HyperliquidErrorAdapter.reason(expected, text);
        assertEquals(expected, HyperliquidErrorAdapter.codeOf(reason).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"tickRejected,INVALID_PRICE", "minTradeNtlRejected,INVALID_SIZE", "perpMarginRejected,INSUFFICIENT_MARGIN",
            "reduceOnlyRejected,REDUCE_ONLY_REJECTED", "badAloPxRejected,POST_ONLY_WOULD_CROSS",
            "iocCancelRejected,NO_LIQUIDITY", "oracleRejected,INVALID_PRICE", "rejected,REJECTED"})
    void orderStatusNamesMapToo(String status, HyperliquidErrorCode expected) {
        assertEquals(expected, HyperliquidErrorAdapter.classifyStatus(status));
    }

    @ParameterizedTest
    @CsvSource({"429,,RATE_LIMITED", "422,Failed to deserialize the JSON body,REJECTED", "500,oops,REJECTED"})
    void httpStatuses(int status, String body, HyperliquidErrorCode expected) {
        assertEquals(expected, HyperliquidErrorAdapter.classifyHttp(status, body));
    }
}
