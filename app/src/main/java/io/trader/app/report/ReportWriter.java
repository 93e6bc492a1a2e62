package io.trader.app.report;

import io.trader.core.domain.Fill;
import io.trader.core.domain.Money;
import io.trader.core.domain.OrderRequest;
import io.trader.core.domain.OrderType;
import io.trader.core.event.EquityPoint;
import io.trader.core.event.RiskEvent;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes a backtest's files: report.json, orders.csv, fills.csv, equity.csv and report.html. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void write(Path dir, PerformanceReport perf, BacktestRecorder rec, Map<String, Object> run)
            throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>(perf.asMap());
        Map<String, Long> risk = new TreeMap<>();
        for (RiskEvent e : rec.riskEvents()) {
            String key = e instanceof RiskEvent.OrderBlocked b ? "order_blocked:" + b.code().label() : e.kind();
            risk.merge(key, 1L, Long::sum);
        }
        json.put("order_outcomes", new TreeMap<>(rec.orderOutcomes()));
        json.put("risk_events", risk);
        json.put("run", run);
        Files.writeString(dir.resolve("report.json"), Json.write(json), StandardCharsets.UTF_8);
        writeOrders(dir.resolve("orders.csv"), rec.orders());
        writeFills(dir.resolve("fills.csv"), rec.fills());
        writeEquity(dir.resolve("equity.csv"), rec.equity());
        Files.writeString(dir.resolve("report.html"), HtmlReport.render(perf, rec, run), StandardCharsets.UTF_8);
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
