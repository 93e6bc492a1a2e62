package io.trader.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.trader.app.signals.SessionSignals;
import io.trader.app.signals.SignalListener;
import io.trader.app.signals.SignedSignal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code ws://HOST/api/v1/signals/stream}: every signal the session emits from the moment the client connects, one
 * text message each, the signed document exactly as in the JSONL file. Read-only like the GETs; a client's own
 * messages are ignored. Without signals the connection is closed at once with the reason.
 */
@ServerWebSocket("/api/v1/signals/stream")
public class SignalStream implements SignalListener {

    private final Set<WebSocketSession> open = ConcurrentHashMap.newKeySet();
    private final SessionSignals signals;

    public SignalStream(@Nullable SessionSignals signals) {
        this.signals = signals;
        if (signals != null) {
            signals.addListener(this);
        }
    }

    @OnOpen
    public void onOpen(WebSocketSession session) {
        if (signals == null) {
            session.close(new CloseReason(CloseReason.UNSUPPORTED_DATA.getCode(), "signals are off in this session"));
            return;
        }
        open.add(session);
    }

    @OnMessage
    public void onMessage(String message, WebSocketSession session) {
        // the stream is one way; what a client sends is ignored
    }

    @OnClose
    public void onClose(WebSocketSession session) {
        open.remove(session);
    }

    @Override
    public void onSignal(SignedSignal signal) {
        for (WebSocketSession s : open) {
            if (s.isOpen()) {
                s.sendAsync(signal.json());
            }
        }
    }
}
