package io.trader.fake.binance;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/** Builds user-data {@code executionReport} events (Binance "User Data Streams", Order Update) for the sink. */
final class FakeReports {

    private final Consumer<String> sink;

    FakeReports(Consumer<String> sink) {
        this.sink = sink;
    }

    void report(FakeOrder o, String execType, FakeTrade t, long now) {
        ObjectNode e = FakeJson.M.createObjectNode();
        boolean cancel = execType.equals("CANCELED");
        e.put("e", "executionReport").put("E", now).put("s", o.symbol)
                .put("c", cancel ? "cancel-" + o.orderId : o.clientOrderId).put("S", o.side).put("o", o.type)
                .put("f", o.timeInForce).put("q", o.origQty.toPlainString()).put("p", o.price.toPlainString())
                .put("P", "0.00000000").put("F", "0.00000000").put("g", -1)
                .put("C", cancel ? o.clientOrderId : "").put("x", execType).put("X", statusAfter(o, execType))
                .put("r", "NONE").put("i", o.orderId)
                .put("l", t == null ? "0.00000000" : t.qty().toPlainString())
                .put("z", o.executedQty.toPlainString())
                .put("L", t == null ? "0.00000000" : t.price().toPlainString())
                .put("n", t == null ? "0" : t.commission().toPlainString())
                .putNull("N");
        if (t != null) {
            e.put("N", t.commissionAsset());
        }
        e.put("T", now).put("t", t == null ? -1 : t.id()).put("I", 0).put("w", o.open()).put("m", t != null && t.maker())
                .put("M", false).put("O", o.time).put("Z", o.cumQuote.toPlainString())
                .put("Y", t == null ? "0.00000000" : t.quoteQty().toPlainString()).put("Q", "0.00000000")
                .put("W", o.time).put("V", "EXPIRE_MAKER");
        sink.accept(e.toString());
    }

    private static String statusAfter(FakeOrder o, String execType) {
        return execType.equals("NEW") ? "NEW" : o.status;
    }
}
