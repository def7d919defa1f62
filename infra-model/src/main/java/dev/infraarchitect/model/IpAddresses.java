package dev.infraarchitect.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * IP address literals, told apart from DNS names. Only a literal can be mapped to a name (Compose's
 * {@code extra_hosts}, a Terraform {@code host} block, a pod's {@code hostAliases}): Docker and Kubernetes refuse
 * anything else there. The loader checks a host's {@code address} with it; the wiring and the Kubernetes generator
 * decide with it which names they map.
 */
public final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9]+(\\.[0-9]+)*");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddresses() {
    }

    /** An IPv4 address, or an IPv6 literal as a URI host accepts it (parsed, never looked up). */
    public static boolean isLiteral(String text) {
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        if (text.indexOf(':') < 0 || !IPV6_CHARS.matcher(text).matches()) {
            return false;
        }
        try {
            return new URI("http", null, "[" + text + "]", -1, null, null, null).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Whether {@code text} is written like an IPv4 address (numbers and dots only) without being one, such as
     * {@code 10.0.0.256} or {@code 10.0.0}: no DNS name has an all-numeric top label, so it can only be a mistake.
     */
    public static boolean isMalformedIpv4(String text) {
        return DOTTED_NUMBERS.matcher(text).matches() && !IPV4.matcher(text).matches();
    }
}
