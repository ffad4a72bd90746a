package io.jenkins.plugins.canarydeploy.s3;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names S3 keys from a template with {@code ${placeholder}}s: {@code prefix}, {@code job}, {@code build},
 * {@code fingerprint}, {@code sha8} (its first 8 hex digits) and {@code ext}. Per-build keys default to
 * {@value #PER_BUILD}, content-addressed keys to {@value #CONTENT_ADDRESSED}.
 */
public final class KeyTemplate {
    public static final String PER_BUILD = "${prefix}/${job}/${build}-${sha8}${ext}";
    public static final String CONTENT_ADDRESSED = "${prefix}/${fingerprint}${ext}";
    public static final List<String> PLACEHOLDERS = List.of("prefix", "job", "build", "fingerprint", "sha8", "ext");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{8,}");

    private final String template;

    private KeyTemplate(String template) {
        this.template = template;
    }

    /** The template, or {@value #PER_BUILD} when blank; throws naming the problem when it is invalid. */
    public static KeyTemplate of(@CheckForNull String template) {
        String value = Texts.isBlank(template) ? PER_BUILD : template.strip();
        new Problems().add("keyTemplate", check(value)).throwIfAny("The S3 key template");
        return new KeyTemplate(value);
    }

    /** Checks a template: known placeholders only, each closed, and no literal leading slash or empty segment. */
    public static Optional<String> check(@CheckForNull String template) {
        if (Texts.isBlank(template)) {
            return Optional.empty();
        }
        String value = template.strip();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                return Optional.of("'${" + matcher.group(1) + "}' is not a placeholder this plugin knows: use "
                        + String.join(
                                ", ",
                                PLACEHOLDERS.stream().map(p -> "${" + p + "}").toList()) + ".");
            }
        }
        if (matcher.replaceAll("").contains("${")) {
            return Optional.of("The key template has a '${' without a closing '}': close the placeholder.");
        }
        if (value.startsWith("/") || value.contains("//")) {
            return Optional.of("The key template has a leading slash or an empty path segment: S3 keys have"
                    + " neither, remove the extra slash.");
        }
        return Optional.empty();
    }

    public String template() {
        return template;
    }

    public boolean uses(String placeholder) {
        return template.contains("${" + placeholder + "}");
    }

    /** The key for these values; throws naming the problem when a value is missing or the key is invalid. */
    public String render(KeyValues values) {
        Problems problems = new Problems();
        if ((uses("fingerprint") || uses("sha8"))
                && (values.fingerprint() == null
                        || !HEX.matcher(values.fingerprint()).matches())) {
            problems.add(
                    "fingerprint",
                    Optional.of("The key template uses ${fingerprint} or ${sha8}, which need a"
                            + " hex fingerprint of at least 8 digits; got '" + values.fingerprint() + "'."));
            problems.throwIfAny("The S3 key");
        }
        Map<String, String> replacements = replacements(values);
        List<String> segments = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            String rendered = fill(segment, replacements);
            if (!rendered.isEmpty() || !PLACEHOLDER.matcher(segment).find()) {
                segments.add(rendered);
            }
        }
        String key = String.join("/", segments);
        problems.add("key", UploadTarget.key(key)).throwIfAny("The S3 key made from '" + template + "'");
        return key;
    }

    private static Map<String, String> replacements(KeyValues values) {
        String given = values.fingerprint();
        String fingerprint = given == null ? "" : given.toLowerCase(Locale.ROOT);
        return Map.of(
                "prefix", values.prefix(),
                "job", values.job(),
                "build", values.build(),
                "fingerprint", fingerprint,
                "sha8", fingerprint.length() >= 8 ? fingerprint.substring(0, 8) : fingerprint,
                "ext", values.ext());
    }

    private static String fill(String segment, Map<String, String> replacements) {
        return PLACEHOLDER
                .matcher(segment)
                .replaceAll(match -> Matcher.quoteReplacement(replacements.get(match.group(1))));
    }

    @Override
    public String toString() {
        return template;
    }
}
