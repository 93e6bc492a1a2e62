package io.trader.fake.hyperliquid;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/** Stream messages collected under the lock and published after it. */
final class Outbox {

    private final List<String[]> messages = new ArrayList<>();
    boolean drop;

    interface Publisher {
        void publish(String channel, String key, String data);
    }

    void add(SimulatedAccount acct, SimMatcher.Result r) {
        if (!r.fills().isEmpty()) {
            ArrayNode fills = SimulatedAccount.JSON.arrayNode();
            r.fills().forEach(fills::add);
            ObjectNode uf = SimulatedAccount.JSON.objectNode().put("user", acct.user);
            uf.set("fills", fills);
            messages.add(new String[]{"userFills", SubscriptionKeys.userFills(acct.user), uf.toString()});
            ObjectNode ev = SimulatedAccount.JSON.objectNode();
            ev.set("fills", fills);
            messages.add(new String[]{"user", SubscriptionKeys.userEvents(acct.user), ev.toString()});
        }
        r.changed().forEach(o -> update(acct, o));
    }

    void update(SimulatedAccount acct, SimOrder o) {
        ArrayNode arr = SimulatedAccount.JSON.arrayNode();
        arr.add(acct.orderUpdate(o));
        messages.add(new String[]{"orderUpdates", SubscriptionKeys.orderUpdates(acct.user), arr.toString()});
    }

    void publish(Publisher p) {
        messages.forEach(m -> p.publish(m[0], m[1], m[2]));
    }
}
