package io.admitone.server.branding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large an uploaded logo may be, and the address at which clients reach this server ({@code publicUrl}, such as
 * {@code https://api.tickets.example.com}), which the URLs of uploaded logos start with. A blank {@code publicUrl}
 * means the address the upload was sent to, as the server sees it (behind a proxy: with forwarded headers trusted).
 */
@ConfigurationProperties("admitone.branding")
public record BrandingProperties(@DefaultValue("1MB") DataSize maxLogoSize, String publicUrl) {

    public BrandingProperties {
        if (maxLogoSize.toBytes() < 1 || maxLogoSize.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalStateException("admitone.branding.max-logo-size must be between 1 byte and 2 GB");
        }
    }
}
