package io.trader.layer5.core.divergence;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The default symbol-to-asset mapping, symbol by symbol. */
class AssetMapperTest {

    @Test
    void venueSymbolsOfOneAssetMapToIt() {
        for (String symbol : List.of("BTC", "BTCUSDT", "binance:BTCUSDT", "hyperliquid:BTC", "BTC-PERP", "BTCUSDC",
                "BTCFDUSD", "BTCBUSD", "BTC/USDT:USDT", "btc-usd", "BTCUSDT-PERP", "BTC_USDT", "BTCEUR", " BTC ")) {
            assertEquals("BTC", AssetMapper.DEFAULT.assetOf(symbol), symbol);
        }
        assertEquals("ETH", AssetMapper.DEFAULT.assetOf("replay:ETHUSDT"));
        assertEquals("1000PEPE", AssetMapper.DEFAULT.assetOf("1000PEPEUSDT"));
    }

    @Test
    void aQuoteCurrencyAloneAndUnknownSuffixesStay() {
        assertEquals("USDT", AssetMapper.DEFAULT.assetOf("USDT"));
        assertEquals("USDC", AssetMapper.DEFAULT.assetOf("USDCUSDT"));
        assertEquals("BTCJPY", AssetMapper.DEFAULT.assetOf("BTCJPY"));
        assertEquals("BINANCE:BTC", AssetMapper.DEFAULT.assetOf("BINANCE:BTC"), "only a lower-case venue prefix");
    }

    @Test
    void otherSuffixesKeepTheQuoteCurrencyWhenAsked() {
        AssetMapper usdOnly = AssetMapper.stripping(List.of("usdt", "usd"));
        assertEquals("BTCEUR", usdOnly.assetOf("BTCEUR"));
        assertEquals("BTC", usdOnly.assetOf("BTCUSDT"));
        assertThrows(IllegalArgumentException.class, () -> usdOnly.assetOf(" "));
    }
}
