package io.trader.layer2.core.drift;

/**
 * A small bounded FIFO of drift events: {@link #offer} keeps the newest {@code capacity} events (the
 * oldest unread one is dropped when full, and counted), {@link #poll} drains them in order.
 * Allocation-free; only the events themselves are allocated, when they are created.
 */
public final class EventRing {

    private final DriftEvent[] slots;
    private int head;
    private int size;
    private long dropped;

    public EventRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.slots = new DriftEvent[capacity];
    }

    public void offer(DriftEvent event) {
        if (size == slots.length) {
            slots[head] = null;
            head = (head + 1) % slots.length;
            size--;
            dropped++;
        }
        slots[(head + size) % slots.length] = event;
        size++;
    }

    /** The oldest unread event, or null. */
    public DriftEvent poll() {
        if (size == 0) {
            return null;
        }
        DriftEvent e = slots[head];
        slots[head] = null;
        head = (head + 1) % slots.length;
        size--;
        return e;
    }

    public int size() {
        return size;
    }

    /** Events dropped unread because the ring was full. */
    public long dropped() {
        return dropped;
    }
}
