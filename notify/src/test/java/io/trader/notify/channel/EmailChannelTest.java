package io.trader.notify.channel;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.trader.notify.core.Backoff;
import io.trader.notify.core.Notification;
import io.trader.notify.core.Severity;
import io.trader.notify.core.Source;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Email through a real SMTP server in-process (GreenMail) on a free local port. */
class EmailChannelTest {

    private static final long T = 1_764_806_400_000L;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** True once {@code n} messages arrived (GreenMail's own wait counts differently), within 5 s. */
    private static boolean received(GreenMail mail, int n) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (mail.getReceivedMessages().length < n && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        return mail.getReceivedMessages().length >= n;
    }

    private static EmailChannel.Config config(int port, String user, String password) {
        return new EmailChannel.Config("127.0.0.1", port, EmailChannel.Security.NONE, user, password,
                "trader@example.org", List.of("ops@example.org", "oncall@example.org"), Duration.ofSeconds(5));
    }

    private static Notification breaker() {
        return new Notification("br-1", T, Source.BREAKER, Severity.WARNING, "breaker", "Breaker max_drawdown tripped",
                "drawdown 12.5% > 10% <limit>", Map.of("breaker", "max_drawdown"), 1);
    }

    @Test
    void deliversSubjectPlainTextAndHtmlToEveryRecipientWithALogin() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("trader@example.org", "trader",
                        "s3cret-pw"));
        mail.start();
        try (ChannelWorker w = new ChannelWorker(new EmailChannel("email", config(port, "trader", "s3cret-pw")),
                new Backoff(10, 50, 3, 1_000), 10, null)) {
            w.offer(breaker());
            assertTrue(received(mail, 2), w.counters().toString());
            MimeMessage[] got = mail.getReceivedMessages();
            assertEquals(2, got.length, "one copy per recipient");
            MimeMessage m = got[0];
            assertEquals("[trader WARNING] Breaker max_drawdown tripped", m.getSubject());
            assertEquals("trader@example.org", m.getFrom()[0].toString());
            Multipart parts = (Multipart) m.getContent();
            assertEquals(2, parts.getCount());
            String plain = GreenMailUtil.getBody(parts.getBodyPart(0));
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertTrue(plain.contains("drawdown 12.5% > 10% <limit>"), plain);
            assertTrue(plain.contains("breaker: max_drawdown"), plain);
            assertTrue(plain.contains("time: 2025-12-04T00:00:00Z"), plain);
            assertTrue(parts.getBodyPart(1).isMimeType("text/html"));
            String html = (String) parts.getBodyPart(1).getContent();
            assertTrue(html.contains("<h3>Breaker max_drawdown tripped</h3>"), html);
            assertTrue(html.contains("&lt;limit&gt;"), html);
            assertEquals(1, w.counters().delivered());
            assertFalse(w.channel().toString().contains("s3cret"));
            assertEquals("email(127.0.0.1)", w.channel().describe());
        } finally {
            mail.stop();
        }
    }

    @Test
    void aRefusedLoginIsGivenUpWithoutRetry() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("trader@example.org", "trader",
                        "right-pw"));
        mail.start();
        try (ChannelWorker w = new ChannelWorker(new EmailChannel("email", config(port, "trader", "wrong-pw")),
                new Backoff(10, 50, 5, 1_000), 10, null)) {
            w.offer(breaker());
            long end = System.nanoTime() + 5_000_000_000L;
            while (w.counters().givenUp() < 1 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals(new ChannelCounters(0, 1, 1, 0, 0), w.counters(), "one attempt, given up");
            assertEquals(0, mail.getReceivedMessages().length);
        } finally {
            mail.stop();
        }
    }

    @Test
    void serverDownThenUpIsDeliveredByARetry() throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (ChannelWorker w = new ChannelWorker(new EmailChannel("email", config(port, "", "")),
                new Backoff(100, 400, 20, 1_000), 10, null)) {
            w.offer(breaker());
            long end = System.nanoTime() + 5_000_000_000L;
            while (w.counters().attemptsFailed() < 2 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertTrue(w.counters().attemptsFailed() >= 2, "no server: attempts fail");
            assertEquals(0, w.counters().delivered());
            mail.start();
            assertTrue(received(mail, 2));
            end = System.nanoTime() + 5_000_000_000L;
            while (w.counters().delivered() < 1 && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertEquals(1, w.counters().delivered());
            assertEquals(0, w.counters().givenUp());
            assertEquals("[trader WARNING] Breaker max_drawdown tripped", mail.getReceivedMessages()[0].getSubject());
        } finally {
            mail.stop();
        }
    }
}
