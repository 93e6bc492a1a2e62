package io.trader.venue.hyperliquid.exec;

/** Names an existing order in modify actions: the venue's {@code oid} or the client's {@link Cloid}. */
public sealed interface OrderRef permits OrderRef.Oid, Cloid {

    /** The value as it goes into the action: a number for an oid, the hex string for a cloid. */
    Object wireValue();

    /** The venue's numeric order id. */
    record Oid(long oid) implements OrderRef {
        public Oid {
            if (oid < 0) {
                throw new IllegalArgumentException("oid must not be negative: " + oid);
            }
        }

        @Override
        public Object wireValue() {
            return oid;
        }
    }
}
