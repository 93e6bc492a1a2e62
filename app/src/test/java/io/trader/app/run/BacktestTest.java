package io.trader.app.run;

import io.trader.app.Main;
import io.trader.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backtest command end to end on real data: files, figures, determinism. */
class BacktestTest {

    @Test
    void backtestWritesEveryFileAndIsByteIdenticalOnASecondRun(@TempDir Path tmp) throws Exception {
        String btc = SharedData.file(SharedData.BTC_1H).toString();
        String eth = SharedData.file(SharedData.ETH_1H).toString();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, Main.run("backtest", "--data", btc, "--data", eth, "--out", a.toString()));
        assertEquals(0, Main.run("backtest", "--data", btc, "--data", eth, "--out", b.toString()));

        for (String f : List.of("report.json", "orders.csv", "fills.csv", "equity.csv", "trades.csv", "report.html")) {
            assertTrue(Files.size(a.resolve(f)) > 0, f + " is written");
        }
        for (String f : List.of("report.json", "orders.csv", "report.html", "trades.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " is byte-identical");
        }

        String json = Files.readString(a.resolve("report.json"));
        for (String key : List.of("total_return", "sharpe", "sortino", "max_drawdown", "win_rate", "profit_factor",
                "trades", "fees", "turnover", "bars")) {
            assertTrue(json.contains("\"" + key + "\": "), "report.json has " + key);
        }
        List<String> orders = Files.readAllLines(a.resolve("orders.csv"));
        assertEquals("time,instrument,side,quantity,limit_price,type,time_in_force,reduce_only,client_id,reason",
                orders.get(0));
        assertTrue(orders.size() > 10, "the strategy trades on two years of 1h data: " + orders.size());
        String first = orders.get(1);
        assertTrue(first.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,(BTCUSDT|ETHUSDT),(BUY|SELL),[0-9.]+,,"
                + "MARKET,IOC,(true|false),bt-\\w+-\\d+,rebalance"), first);
        List<String> equity = Files.readAllLines(a.resolve("equity.csv"));
        assertEquals(SharedDataBars.distinctCloseTimes(btc, eth) + 1, equity.size(), "one equity point per time step");
        String html = Files.readString(a.resolve("report.html"));
        assertTrue(html.contains("<svg") && html.contains("<path class=\"series\"") && html.contains("Drawdown"));
    }

    @Test
    void badConfigStopsWithTheKeyNamed(@TempDir Path tmp) {
        String btc = SharedData.file(SharedData.BTC_1H).toString();
        assertEquals(2, Main.run("backtest", "--data", btc, "--out", tmp.toString(), "--set",
                "trader.risk.max-leverage=lots"));
        assertEquals(2, Main.run("backtest", "--data", btc, "--out", tmp.toString(), "--set",
                "trader.risk.no-such-key=1"));
        assertEquals(2, Main.run("backtest", "--data", tmp.resolve("missing.csv").toString(), "--out",
                tmp.toString()));
    }
}
