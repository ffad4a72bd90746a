package io.jenkins.plugins.canarydeploy.canary;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Extra request headers of HTTP health checks, e.g. {@code Authorization}. Their values are secrets: neither
 * {@link #toString()} nor any problem message shows them, only the header names.
 */
public final class ProbeHeaders {
    /** The settings field these headers come from, named in every problem. */
    public static final String FIELD = "headers";

    public static final ProbeHeaders NONE = new ProbeHeaders(Map.of());

    /** Headers the JDK's HTTP client sets itself and refuses to take from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** RFC 9110 token characters. */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private static final URI ANY = URI.create("http://127.0.0.1/");

    private final TreeMap<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private ProbeHeaders(Map<String, String> headers) {
        values.putAll(headers);
    }

    /** These headers; names are case-insensitive, a later one replacing an earlier one of the same name. */
    public static ProbeHeaders of(Map<String, String> headers) {
        return new ProbeHeaders(headers);
    }

    /** A copy with this header added, or replaced when one of that name is there. */
    public ProbeHeaders with(String name, String value) {
        ProbeHeaders copy = new ProbeHeaders(values);
        copy.values.put(name, value);
        return copy;
    }

    /** The header names, sorted; never the values. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The first problem, naming the header but never showing its value; empty when all can be sent. */
    public Optional<String> check() {
        for (Map.Entry<String, String> header : values.entrySet()) {
            String name = header.getKey();
            if (!NAME.matcher(name).matches()) {
                return Optional.of("'" + name + "' is not a header name: use letters, digits and dashes, e.g."
                        + " Authorization or X-Api-Key.");
            }
            if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(
                        "The " + name + " header is set by the HTTP client itself: remove it from '" + FIELD + "'.");
            }
            if (!isSendable(name, header.getValue())) {
                return Optional.of("The value of the " + name + " header has line breaks or control characters:"
                        + " give it on one line.");
            }
        }
        return Optional.empty();
    }

    private static boolean isSendable(String name, String value) {
        if (value.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 0x7f)) {
            return false;
        }
        try {
            HttpRequest.newBuilder(ANY).header(name, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    void addTo(HttpRequest.Builder request) {
        values.forEach(request::header);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProbeHeaders headers && values.equals(headers.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /** The header names only, e.g. {@code [Authorization, X-Api-Key]}. */
    @Override
    public String toString() {
        return values.keySet().toString();
    }
}
