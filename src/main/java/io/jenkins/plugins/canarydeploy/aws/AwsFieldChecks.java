package io.jenkins.plugins.canarydeploy.aws;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks of the AWS connection fields; each returns the problem, if any, as a message with the fix. */
public final class AwsFieldChecks {
    /** Region names as AWS forms them: us-east-1, eu-central-2, us-gov-west-1, cn-north-1, us-isob-east-1. */
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private AwsFieldChecks() {}

    /** Blank is allowed: the SDK's default region chain (AWS_REGION, profile, instance metadata) applies. */
    public static Optional<String> region(@CheckForNull String region) {
        String value = Texts.trimToNull(region);
        if (value == null || REGION.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("'" + value + "' is not an AWS region name. Use a name such as us-east-1 or eu-west-1,"
                + " or leave it empty to use the default region of the environment.");
    }

    /** Blank is allowed: the SDK's regional endpoint applies. */
    public static Optional<String> endpoint(@CheckForNull String endpoint) {
        String value = Texts.trimToNull(endpoint);
        if (value == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("'" + value + "' is not an endpoint URL. Use a full URL such as"
                + " https://vpce-0123.codedeploy.us-east-1.vpce.amazonaws.com, or leave it empty.");
    }

    /** Parses an endpoint that passed {@link #endpoint(String)}; {@code null} when blank. */
    @CheckForNull
    public static URI toEndpoint(@CheckForNull String endpoint) {
        String value = Texts.trimToNull(endpoint);
        return value == null ? null : URI.create(value);
    }
}
