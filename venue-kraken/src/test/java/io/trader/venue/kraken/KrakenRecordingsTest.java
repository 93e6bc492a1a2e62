package io.trader.venue.kraken;

import io.trader.core.domain.InstrumentSpec;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parsers read every recorded Kraken answer (XChange's WireMock recordings, {@code
 * ../shared/xchange/kraken/wiremock/__files}) with exact decimals.
 */
class KrakenRecordingsTest {

    private final MalformedCounter bad = new MalformedCounter();

    private static KrakenWire.Envelope recorded(String prefix) throws IOException {
        Path dir = SharedData.root() == null ? null
                : SharedData.root().resolve("xchange/kraken/wiremock/__files");
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir), "skipped: ../shared Kraken recordings missing");
        try (Stream<Path> files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().findFirst()
                    .orElseThrow(() -> new AssertionError("no recording " + prefix));
            KrakenWire.Envelope env = KrakenWire.envelope(Files.readString(f));
            assertTrue(env.ok(), f + " has errors " + env.errors());
            return env;
        }
    }

    @Test
    void assetPairs() throws IOException {
        Map<String, KrakenDto.Pair> pairs = KrakenWire.assetPairs(recorded("0_public_assetpairs").result(), bad);
        KrakenDto.Pair eth = pairs.get("ETHUSDT");
        assertEquals("XETH", eth.base());
        assertEquals("USDT", eth.quote());
        assertEquals(2, eth.pairDecimals());
        assertEquals(8, eth.lotDecimals());
        assertEquals(5, eth.costDecimals());
        assertEquals(new BigDecimal("0.002"), eth.orderMin());
        assertEquals(new BigDecimal("0.5"), eth.costMin());
        assertEquals(new BigDecimal("0.01"), eth.tick());
        KrakenDto.Pair xbt = pairs.get("XBTUSDT");
        assertEquals(1, xbt.pairDecimals());
        assertEquals("XXBT", xbt.base());
        assertEquals(0, bad.total());
        KrakenInstruments inst = KrakenInstruments.of(List.of(new InstrumentSpec("BTCUSDT", 1, 8),
                new InstrumentSpec("ETHUSDT", 2, 8), new InstrumentSpec("DOGEUSDT", 5, 0)), pairs, Map.of());
        assertEquals("XBTUSDT", inst.bySymbol("BTCUSDT").orElseThrow().pair().altname());
        assertEquals(List.of("DOGEUSDT"), inst.unmapped());
    }

    @Test
    void openOrders() throws IOException {
        List<KrakenDto.Order> open = KrakenWire.orders(recorded("0_private_openorders").result().path("open"), bad);
        assertFalse(open.isEmpty());
        KrakenDto.Order eth = open.stream().filter(o -> o.txid().equals("OKXYTQ-BJLS2-HYJD7R")).findFirst()
                .orElseThrow();
        assertEquals("ETHUSDT", eth.pair());
        assertEquals("buy", eth.side());
        assertEquals("limit", eth.orderType());
        assertEquals(new BigDecimal("4065.54"), eth.limitPrice());
        assertEquals(new BigDecimal("0.00200000"), eth.volume());
        assertEquals(new BigDecimal("0.00000000"), eth.volumeExec());
        assertEquals(1756934300624L, eth.openTime());
        assertEquals("open", eth.status());
        assertEquals(0, bad.total());
    }

    @Test
    void tradesHistory() throws IOException {
        KrakenWire.Envelope env = recorded("0_private_tradeshistory");
        List<KrakenDto.Trade> trades = KrakenWire.trades(env.result().path("trades"), bad);
        assertEquals(4, trades.size());
        KrakenDto.Trade t = trades.stream().filter(x -> x.tradeId().equals("T7FJQW-EBPSX-R5RK3J")).findFirst()
                .orElseThrow();
        assertEquals("OP2S3K-2SEPL-XTZNO4", t.orderTxid());
        assertEquals(new BigDecimal("110153.60000"), t.price());
        assertEquals(new BigDecimal("5.50768"), t.cost());
        assertEquals(new BigDecimal("0.01377"), t.fee());
        assertEquals(new BigDecimal("0.00005000"), t.volume());
        assertEquals(new BigDecimal("1756994672.591762"), t.timeExact());
        assertEquals(1756994672591L, t.time());
        assertTrue(t.maker());
        var fill = KrakenMapping.fill(t, "c1", new InstrumentSpec("BTCUSDT", 1, 8));
        assertEquals(1101536, fill.priceTicks());
        assertEquals(5000, fill.qtyLots());
        assertEquals(1_377_000, fill.feeCash());
        assertEquals(0, bad.total());
    }

    @Test
    void balances() throws IOException {
        assertEquals(Map.of("USDT", new BigDecimal("100.00000000")),
                KrakenWire.balance(recorded("0_private_balance-").result(), bad));
        Map<String, KrakenDto.BalanceEntry> ex = KrakenWire.balanceEx(recorded("0_private_balanceex").result(), bad);
        assertEquals(new BigDecimal("0.0001339400"), ex.get("XXBT").balance());
        assertEquals(new BigDecimal("0.0000500000"), ex.get("XXBT").holdTrade());
        assertEquals(new BigDecimal("0.0000839400"), ex.get("XXBT").available());
        assertEquals(new BigDecimal("60.90852000"), ex.get("USDT").balance());
        assertEquals(new BigDecimal("1.00000"), ex.get("AMBRx.T").balance());
        KrakenDto.TradeBalance tb = KrakenWire.tradeBalance(recorded("0_private_tradebalance").result());
        assertEquals(new BigDecimal("99.9940"), tb.eb());
        assertEquals(new BigDecimal("99.4940"), tb.e());
        assertEquals(new BigDecimal("0.0000"), tb.m());
        assertEquals(9_999_400_000L, KrakenMapping.cash(tb.eb()));
        assertEquals(0, bad.total());
    }

    @Test
    void addAndCancel() throws IOException {
        KrakenDto.AddOrderResult add = KrakenWire.addOrder(
                recorded("0_private_addorder-226b85aa").result());
        assertEquals(List.of("OHMFXD-DVWOT-XTF4AU"), add.txids());
        assertEquals("sell 0.00005 XBTUSDT @ limit 130000.5", add.description());
        assertEquals(1, KrakenWire.cancelCount(recorded("0_private_cancelorder").result()));
    }

    @Test
    void assetsAndLedgers() throws IOException {
        Map<String, KrakenDto.Asset> assets = KrakenWire.assets(recorded("0_public_assets").result(), bad);
        assertEquals(10, assets.get("XETH").decimals());
        assertEquals("ETH", assets.get("XETH").altname());
        assertEquals(8, assets.get("USDT").decimals());
        List<KrakenDto.LedgerEntry> ledger = KrakenWire.ledgers(recorded("0_private_ledgers").result().path("ledger"),
                bad);
        assertEquals(3, ledger.size());
        KrakenDto.LedgerEntry l = ledger.get(0);
        assertEquals("L2344R-JVEUJ-SBYX5H", l.id());
        assertEquals("TSVZ66-RESHM-IDZGCE", l.refid());
        assertEquals(1756935121565L, l.time());
        assertEquals(new BigDecimal("0.0020000000"), l.amount());
        assertEquals(new BigDecimal("0.00171000"), ledger.get(1).fee());
        assertEquals(0, bad.total());
    }

    /** Every recording of the folder parses with its parser, nothing dropped. */
    @Test
    void everyRecordingParses() throws IOException {
        recorded("0_public_assets"); // skips when ../shared is missing
        Path dir = SharedData.root().resolve("xchange/kraken/wiremock/__files");
        int parsed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                var r = KrakenWire.envelope(Files.readString(f)).result();
                int before = (int) bad.total();
                if (name.startsWith("0_public_assetpairs")) {
                    assertFalse(KrakenWire.assetPairs(r, bad).isEmpty());
                } else if (name.startsWith("0_public_assets")) {
                    assertFalse(KrakenWire.assets(r, bad).isEmpty());
                } else if (name.startsWith("0_private_addorder")) {
                    assertEquals(1, KrakenWire.addOrder(r).txids().size());
                } else if (name.startsWith("0_private_balanceex")) {
                    assertFalse(KrakenWire.balanceEx(r, bad).isEmpty());
                } else if (name.startsWith("0_private_balance")) {
                    assertFalse(KrakenWire.balance(r, bad).isEmpty());
                } else if (name.startsWith("0_private_openorders")) {
                    assertFalse(KrakenWire.orders(r.path("open"), bad).isEmpty());
                } else if (name.startsWith("0_private_tradeshistory")) {
                    assertEquals(r.path("count").asInt(), KrakenWire.trades(r.path("trades"), bad).size());
                } else if (name.startsWith("0_private_tradebalance")) {
                    KrakenWire.tradeBalance(r);
                } else if (name.startsWith("0_private_cancelorder")) {
                    assertEquals(1, KrakenWire.cancelCount(r));
                } else if (name.startsWith("0_private_ledgers")) {
                    assertFalse(KrakenWire.ledgers(r.path("ledger"), bad).isEmpty());
                } else {
                    continue; // OpenPositions: margin positions, not read by the spot adapter
                }
                assertEquals(before, bad.total(), name);
                parsed++;
            }
        }
        assertEquals(14, parsed); // the 15 recordings but OpenPositions
    }

    @Test
    void malformedEntriesAreDroppedAndCounted() {
        var env = KrakenWire.envelope("{\"error\":[],\"result\":{\"trades\":{"
                + "\"T1\":{\"ordertxid\":\"O1\",\"pair\":\"XBTUSDT\",\"time\":1.5,\"type\":\"buy\",\"price\":\"1\","
                + "\"cost\":\"1\",\"fee\":\"0\",\"vol\":\"1\"},"
                + "\"T2\":{\"ordertxid\":\"O1\",\"pair\":\"XBTUSDT\",\"time\":1.5,\"type\":\"buy\",\"price\":\"x\","
                + "\"cost\":\"1\",\"fee\":\"0\",\"vol\":\"1\"},"
                + "\"T3\":{\"ordertxid\":\"O1\",\"pair\":\"XBTUSDT\",\"time\":1.5,\"type\":\"hold\",\"price\":\"1\","
                + "\"cost\":\"1\",\"fee\":\"0\",\"vol\":\"1\"}}}}");
        List<KrakenDto.Trade> trades = KrakenWire.trades(env.result().path("trades"), bad);
        assertEquals(List.of("T1"), trades.stream().map(KrakenDto.Trade::tradeId).toList());
        assertEquals(Map.of("trade: bad price", 1L, "trade: bad side", 1L), bad.snapshot());
    }
}
