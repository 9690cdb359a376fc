package io.admitone.plugins.email;

import io.admitone.plugin.api.OrganisationContext;
import io.admitone.plugin.api.notification.Notification;
import io.admitone.plugin.api.notification.NotificationChannel;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.pf4j.Extension;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends each notification that has an e-mail address as an e-mail through the organisation's SMTP server (its
 * {@code host}, {@code port}, {@code startTls}, {@code username} and {@code password} settings): the subject and text
 * from the organisation's templates for the kind, or the built-in ones, and an HTML part in the organisation's
 * branding. It comes from the organisation's e-mail sender, or the {@code fromAddress} setting.
 */
@Extension
public class EmailChannel implements NotificationChannel {

    private static final int TIMEOUT_MILLIS = 10_000;

    @Override
    public String name() {
        return "email";
    }

    @Override
    public void send(Notification notification, OrganisationContext organisation) {
        if (notification.recipientEmail() == null) {
            return;
        }
        Template template = Template.of(notification, organisation);
        Thread thread = Thread.currentThread();
        ClassLoader caller = thread.getContextClassLoader();
        // Jakarta Mail finds its SMTP provider through the context class loader: the plugin's own
        thread.setContextClassLoader(EmailChannel.class.getClassLoader());
        try {
            MimeMessage message = new MimeMessage(session(organisation));
            message.setFrom(from(notification.branding(), organisation));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notification.recipientEmail(),
                    notification.recipientName(), StandardCharsets.UTF_8.name()));
            message.setSubject(template.subject(), StandardCharsets.UTF_8.name());
            message.setContent(body(template, notification.branding()));
            String username = organisation.setting("username", null);
            if (username == null) {
                Transport.send(message);
            } else {
                Transport.send(message, username, organisation.setting("password", ""));
            }
        } catch (MessagingException | UnsupportedEncodingException failed) {
            throw new IllegalStateException("The e-mail to " + notification.recipientEmail()
                    + " could not be sent: " + failed.getMessage(), failed);
        } finally {
            thread.setContextClassLoader(caller);
        }
    }

    private static Session session(OrganisationContext organisation) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", organisation.setting("host", "localhost"));
        properties.put("mail.smtp.port", organisation.setting("port", "587"));
        properties.put("mail.smtp.starttls.enable", organisation.setting("startTls", "true"));
        properties.put("mail.smtp.auth", String.valueOf(organisation.setting("username", null) != null));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        return Session.getInstance(properties);
    }

    private static InternetAddress from(Notification.Branding branding, OrganisationContext organisation)
            throws UnsupportedEncodingException, MessagingException {
        String address = organisation.setting("fromAddress", branding.senderEmail());
        if (address == null) {
            throw new MessagingException("The organisation has no e-mail sender: set one in its branding, or the "
                    + "plugin's fromAddress");
        }
        String name = branding.senderName() != null ? branding.senderName() : branding.displayName();
        return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
    }

    private static MimeMultipart body(Template template, Notification.Branding branding) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(template.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(BrandedHtml.of(template, branding), "text/html; charset=UTF-8");
        return new MimeMultipart("alternative", text, html);
    }
}
