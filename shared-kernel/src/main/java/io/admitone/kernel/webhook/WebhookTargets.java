package io.admitone.kernel.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs webhooks may be sent to: absolute {@code http} or {@code https} URLs with a host and without user
 * information or fragment, whose host resolves only to public addresses. Private, loopback, link-local, unique-local,
 * shared (carrier-grade NAT), wildcard and multicast addresses are refused unless private targets are allowed
 * ({@code admitone.webhooks.allow-private-targets}): otherwise anyone who may subscribe could make the server call
 * into its own network.
 */
public final class WebhookTargets {

    public static final int MAX_URL_LENGTH = 2000;

    private WebhookTargets() {
    }

    /** Why the URL is no webhook target by its form alone, if it is not. */
    public static Optional<String> problemWithForm(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            return Optional.of("url must be 1 to " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("url must be an absolute http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of("url must name a host");
            }
            if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                return Optional.of("url must have neither user information nor a fragment");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("url is not a URL: " + e.getReason());
        }
    }

    /** Why the server must not send to the URL now, if it must not: its form, or where its host resolves to. */
    public static Optional<String> refusal(String url, boolean allowPrivateTargets) {
        Optional<String> form = problemWithForm(url);
        if (form.isPresent() || allowPrivateTargets) {
            return form;
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (isPrivate(address)) {
                    return Optional.of("url's host " + host + " resolves to the private address "
                            + address.getHostAddress() + "; webhooks go to public addresses only");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("url's host " + host + " does not resolve");
        }
    }

    public static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        // Java turns IPv4-mapped IPv6 addresses into IPv4 ones, so they are checked as such
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18 || second == 19)
                || first >= 240;
    }
}
