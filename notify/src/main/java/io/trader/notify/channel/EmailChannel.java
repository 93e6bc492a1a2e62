package io.trader.notify.channel;

import io.trader.notify.core.Notification;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Email over SMTP (Jakarta Mail): one message per notification to every recipient, subject
 * {@code [trader SEVERITY] title}, a plain-text body and a short HTML one (multipart/alternative). STARTTLS
 * (required), SSL/TLS from the first byte, or none; a login when a user is given. A refused login or address is given
 * up at once; a connection error or other SMTP failure is retried. The password never leaves this class.
 */
public final class EmailChannel implements Channel {

    /** How the connection is secured. */
    public enum Security { NONE, STARTTLS, SSL }

    /**
     * @param username the SMTP login, or empty for none
     * @param password the login's password (a secret: never shown by {@link #toString()})
     */
    public record Config(String host, int port, Security security, String username, String password, String from,
                         List<String> to, Duration timeout) {

        public Config {
            if (host == null || host.isBlank() || port < 1 || port > 65535 || security == null || from == null
                    || from.isBlank() || to == null || to.isEmpty()) {
                throw new IllegalArgumentException("email needs a host, a port in [1, 65535], a security mode, "
                        + "a from address and at least one recipient");
            }
            username = username == null ? "" : username;
            password = password == null ? "" : password;
            to = List.copyOf(to);
        }

        @Override
        public String toString() {
            return "email(" + host + ":" + port + ", " + security + ")";
        }
    }

    private final String name;
    private final Config config;
    private final Session session;
    private final InternetAddress from;
    private final Address[] to;

    public EmailChannel(String name, Config config) {
        this.name = name;
        this.config = config;
        Properties p = new Properties();
        String proto = config.security() == Security.SSL ? "smtps" : "smtp";
        p.put("mail.transport.protocol", proto);
        p.put("mail." + proto + ".host", config.host());
        p.put("mail." + proto + ".port", Integer.toString(config.port()));
        p.put("mail." + proto + ".auth", Boolean.toString(!config.username().isEmpty()));
        String ms = Long.toString(config.timeout().toMillis());
        p.put("mail." + proto + ".connectiontimeout", ms);
        p.put("mail." + proto + ".timeout", ms);
        p.put("mail." + proto + ".writetimeout", ms);
        if (config.security() == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (config.security() == Security.SSL) {
            p.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        this.session = Session.getInstance(p);
        try {
            this.from = new InternetAddress(config.from(), true);
            this.to = new Address[config.to().size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(config.to().get(i), true);
            }
        } catch (MessagingException e) {
            throw new IllegalArgumentException("email channel '" + name + "': bad address: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String describe() {
        return "email(" + config.host() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }

    /** The subject line of {@code n}. */
    static String subject(Notification n) {
        return Texts.cut("[trader " + n.severity() + "] " + n.title().replaceAll("[\\r\\n]+", " "), 200);
    }

    @Override
    public Delivery send(Notification n) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(from);
            m.setRecipients(Message.RecipientType.TO, to);
            m.setSubject(subject(n), StandardCharsets.UTF_8.name());
            m.setSentDate(new Date(n.time()));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(plain(n), StandardCharsets.UTF_8.name(), "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(html(n), StandardCharsets.UTF_8.name(), "html");
            m.setContent(new MimeMultipart("alternative", text, html));
            if (config.username().isEmpty()) {
                Transport.send(m);
            } else {
                Transport.send(m, config.username(), config.password());
            }
            return new Delivery.Delivered();
        } catch (AuthenticationFailedException e) {
            return new Delivery.Failed(describe() + " refused the login (not retried)");
        } catch (SendFailedException e) {
            if (e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0) {
                return new Delivery.Failed(describe() + " refused a recipient (not retried)");
            }
            return new Delivery.Retry(describe() + ": sending failed: " + e.getClass().getSimpleName(), -1);
        } catch (MessagingException e) {
            return new Delivery.Retry(describe() + ": " + e.getClass().getSimpleName(), -1);
        }
    }

    static String plain(Notification n) {
        StringBuilder b = new StringBuilder();
        b.append(n.title()).append("\n\n").append(n.text()).append("\n\n");
        for (Map.Entry<String, String> e : n.fields().entrySet()) {
            b.append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        b.append("severity: ").append(n.severity()).append("\nsource: ").append(n.source())
                .append("\ntime: ").append(Texts.iso(n.time())).append("\nid: ").append(n.id()).append('\n');
        return b.toString();
    }

    static String html(Notification n) {
        StringBuilder b = new StringBuilder("<html><body><h3>").append(Texts.html(n.title())).append("</h3><p>")
                .append(Texts.html(n.text()).replace("\n", "<br>")).append("</p><table>");
        for (Map.Entry<String, String> e : n.fields().entrySet()) {
            b.append("<tr><th align=\"left\">").append(Texts.html(e.getKey())).append("</th><td>")
                    .append(Texts.html(e.getValue())).append("</td></tr>");
        }
        return b.append("</table><p><small>").append(n.severity()).append(" \u00b7 ").append(n.source())
                .append(" \u00b7 ").append(Texts.iso(n.time())).append("</small></p></body></html>").toString();
    }
}
