package io.trader.app.signals;

import io.trader.signals.core.CanonicalJson;
import io.trader.signals.core.Signal;
import io.trader.signals.core.SignalSigner;

import java.util.Map;

/**
 * An emitted signal with its signed document: {@code json} is the canonical text of the whole document including
 * {@code key_id} and {@code signature}, the exact bytes the file, the stream, the webhooks and the store carry.
 */
public record SignedSignal(Signal signal, Map<String, Object> document, String json) {

    public static SignedSignal sign(Signal signal, SignalSigner signer) {
        Map<String, Object> doc = signer.sign(signal.tree());
        return new SignedSignal(signal, doc, CanonicalJson.write(doc));
    }

    public String keyId() {
        return (String) document.get(SignalSigner.KEY_ID);
    }

    public String signature() {
        return (String) document.get(SignalSigner.SIGNATURE);
    }
}
