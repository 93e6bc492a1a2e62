package io.trader.app.report;

import io.trader.app.report.html.TearsheetHtml;
import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.event.EquityPoint;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Writes a backtest's files: report.json, orders.csv, fills.csv, equity.csv, trades.csv and report.html. */
public final class ReportWriter {

    private ReportWriter() {
    }

    /**
     * Writes report.json, orders.csv, fills.csv, equity.csv, trades.csv and report.html.
     *
     * @return the tearsheet the files show
     */
    public static Tearsheet write(Path dir, PerformanceReport perf, BacktestRecorder rec, Map<String, Object> run)
            throws IOException {
        return write(dir, perf, rec, run, List.of());
    }

    /**
     * As {@link #write(Path, PerformanceReport, BacktestRecorder, Map)}, with the zoo's out-of-sample scoreboard
     * rows (one map per instrument and alpha) in report.json ({@code scoreboard}) and report.html; empty for none.
     */
    public static Tearsheet write(Path dir, PerformanceReport perf, BacktestRecorder rec, Map<String, Object> run,
                                  List<Map<String, Object>> scoreboard) throws IOException {
        Files.createDirectories(dir);
        Tearsheet tearsheet = Tearsheet.of(perf, rec, run);
        Map<String, Object> json = ReportJson.of(tearsheet, rec.riskEvents());
        if (!scoreboard.isEmpty()) {
            json.put("scoreboard", scoreboard);
        }
        Files.writeString(dir.resolve("report.json"), Json.write(json), StandardCharsets.UTF_8);
        writeOrders(dir.resolve("orders.csv"), rec.orders());
        writeFills(dir.resolve("fills.csv"), rec.fills());
        writeEquity(dir.resolve("equity.csv"), rec.equity());
        writeTrades(dir.resolve("trades.csv"), tearsheet.trades());
        Files.writeString(dir.resolve("report.html"), TearsheetHtml.render(tearsheet, scoreboard), StandardCharsets.UTF_8);
        return tearsheet;
    }

    /** One row per round trip, closed ones in the order they closed, then the ones open at the end. */
    static void writeTrades(Path file, List<RoundTrip> trades) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("number,instrument,side,entry_time,avg_entry_price,exit_time,avg_exit_price,quantity,"
                    + "duration_seconds,gross_pnl,fees,net_pnl,return,exit_reason\n");
            int i = 0;
            for (RoundTrip t : trades) {
                w.write(++i + "," + t.symbol() + "," + t.side() + "," + Instant.ofEpochMilli(t.entryTime()) + ","
                        + t.avgEntryPrice().toPlainString() + "," + Instant.ofEpochMilli(t.exitTime()) + ","
                        + t.avgExitPrice().toPlainString() + "," + t.quantity().toPlainString() + ","
                        + t.durationMillis() / 1000 + "," + Money.toDecimal(t.grossPnl()).toPlainString() + ","
                        + Money.toDecimal(t.fees()).toPlainString() + "," + Money.toDecimal(t.pnl()).toPlainString()
                        + "," + Json.number(t.returnOnEntry()) + "," + csv(t.exitReason()) + "\n");
            }
        }
    }

    static void writeOrders(Path file, List<OrderRequest> orders) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,instrument,side,quantity,limit_price,type,time_in_force,reduce_only,client_id,reason\n");
            for (OrderRequest o : orders) {
                w.write(Instant.ofEpochMilli(o.decisionTime()) + "," + o.instrument().symbol() + "," + o.side() + ","
                        + o.instrument().qtyDecimal(o.quantityLots()).toPlainString() + ","
                        + (o.type() == OrderType.LIMIT ? o.instrument().priceDecimal(o.limitTicks()).toPlainString() : "")
                        + "," + o.type() + "," + o.timeInForce() + "," + o.reduceOnly() + "," + o.clientId() + ","
                        + csv(o.reason()) + "\n");
            }
        }
    }

    static void writeFills(Path file, List<Fill> fills) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,instrument,side,quantity,price,fee,liquidity,client_id,fill_id\n");
            for (Fill f : fills) {
                w.write(Instant.ofEpochMilli(f.time()) + "," + f.instrument().symbol() + "," + f.side() + ","
                        + f.instrument().qtyDecimal(f.qtyLots()).toPlainString() + ","
                        + f.instrument().priceDecimal(f.priceTicks()).toPlainString() + ","
                        + Money.toDecimal(f.feeCash()).toPlainString() + "," + (f.maker() ? "maker" : "taker") + ","
                        + f.clientId() + "," + f.fillId() + "\n");
            }
        }
    }

    static void writeEquity(Path file, List<EquityPoint> points) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("time,equity,cash,realized_pnl,unrealized_pnl,fees,gross_exposure,drawdown\n");
            StringBuilder sb = new StringBuilder(128);
            for (EquityPoint p : points) {
                sb.setLength(0);
                sb.append(Instant.ofEpochMilli(p.time())).append(',')
                        .append(Money.toDecimal(p.equity()).toPlainString()).append(',')
                        .append(Money.toDecimal(p.cash()).toPlainString()).append(',')
                        .append(Money.toDecimal(p.realizedPnl()).toPlainString()).append(',')
                        .append(Money.toDecimal(p.unrealizedPnl()).toPlainString()).append(',')
                        .append(Money.toDecimal(p.fees()).toPlainString()).append(',')
                        .append(Money.toDecimal(p.grossExposure()).toPlainString()).append(',')
                        .append(Json.number(p.drawdown())).append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
