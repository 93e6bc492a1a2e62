package io.trader.fake.kraken;

/** Faults the fake can inject into the next calls of a method (private; public ones take the "before" kinds). */
public enum FakeFault {
    /** Apply the call, then answer {@code {"error":["EService:Unavailable"]}}. */
    UNAVAILABLE_AFTER_APPLY,
    /** Apply the call, then answer HTTP 502 with an HTML body (a proxy in front of a slow engine). */
    HTTP_502_AFTER_APPLY,
    /** Answer HTTP 502 without applying the call. */
    HTTP_502_BEFORE,
    /** Apply the call and answer after the fault's delay. */
    DELAY,
    /** Answer {@code {"error":["EAPI:Rate limit exceeded"]}} without applying the call (a rate-limit storm). */
    RATE_LIMITED
}
