package se.styrplan.gateway.signin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where /login may send the browser afterwards: a path on this site and nothing else, so that a link to the
 * gateway's login cannot be used to send a freshly signed-in user to another site (an open redirect). Refused:
 * absolute URLs, scheme-relative {@code //host}, backslashes (browsers read {@code /\host} as {@code //host}),
 * control characters and encoded forms of these.
 */
final class SafeRedirect {

    static final String HOME = "/";
    private static final int MAX_LENGTH = 2000;
    private static final Pattern ALLOWED = Pattern.compile("/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%?]*");
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%(2f|5c|0[0-9a-f]|1[0-9a-f]|7f)");

    private SafeRedirect() {
    }

    /** The target for the given {@code redirect} query values: home when there is none, empty when refused. */
    static Optional<String> target(List<String> values) {
        if (values == null || values.isEmpty()) {
            return Optional.of(HOME);
        }
        if (values.size() > 1) {
            return Optional.empty();
        }
        return check(values.get(0));
    }

    static Optional<String> check(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(HOME);
        }
        if (value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches() || value.startsWith("//")) {
            return Optional.empty();
        }
        // an encoded slash, backslash or control character in the path part could turn into "//" or "/\" later
        int query = value.indexOf('?');
        String path = query < 0 ? value : value.substring(0, query);
        if (ENCODED_SEPARATOR.matcher(path).find()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getPath() == null || !uri.getPath().startsWith("/")) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(value);
    }
}
