package io.trader.signals.core;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README's promise that a consumer in another language can verify a signal: Python's standard library
 * (json.dumps with sorted keys, no spaces, UTF-8; hmac) recomputes the signature of a signed signal, and of one whose
 * strings need escaping, from the JSON text alone; a tampered copy fails there too.
 */
class OtherLanguageVerifyTest {

    private static final String SCRIPT = String.join("\n",
            "import base64, hashlib, hmac, json, sys",
            "key = base64.b64decode(sys.argv[1])",
            "for line in open(sys.argv[2], encoding='utf-8'):",
            "    doc = json.loads(line)",
            "    sig = doc.pop('signature')",
            "    text = json.dumps(doc, sort_keys=True, separators=(',', ':'), ensure_ascii=False)",
            "    mac = hmac.new(key, text.encode('utf-8'), hashlib.sha256).hexdigest()",
            "    print('OK' if hmac.compare_digest(mac, sig) else 'FAILED')");

    @Test
    void pythonRecomputesTheSignature(@TempDir Path dir) throws Exception {
        String secret = SignalSignerTest.K1.substring(3);
        SignalSigner signer = new SignalSigner(KeyRing.parse(SignalSignerTest.K1));
        Signal s = Fixtures.emitted(new SignalPolicy(SignalConfig.defaults()),
                Fixtures.inputs(Fixtures.BTC, Fixtures.T0, 0.9, 0), List.of());
        Map<String, Object> plain = signer.sign(s.tree());
        Map<String, Object> odd = new java.util.LinkedHashMap<>(s.tree());
        odd.put("ensemble_version", "tab\there \"quoted\" back\\slash \u0001 é \uD83D\uDE00 line\nend");
        Map<String, Object> escaped = signer.sign(odd);
        Map<String, Object> tampered = new java.util.LinkedHashMap<>(plain);
        tampered.put("stop_loss", "1.00");
        Path file = dir.resolve("signals.jsonl");
        Files.writeString(file, CanonicalJson.write(plain) + "\n" + CanonicalJson.write(escaped) + "\n"
                + CanonicalJson.write(tampered) + "\n", StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", SCRIPT, secret, file.toString()).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("skipped: python3 is not installed");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        assertEquals(List.of("OK", "OK", "FAILED"), out.lines().toList(), out);
    }
}
