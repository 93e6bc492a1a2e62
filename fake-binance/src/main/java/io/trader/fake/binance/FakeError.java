package io.trader.fake.binance;

/** A Binance error answer: HTTP status and the {@code {"code":..,"msg":..}} body. */
record FakeError(int status, int code, String msg) {

    String json() {
        return "{\"code\":" + code + ",\"msg\":\"" + msg.replace("\"", "'") + "\"}";
    }
}
