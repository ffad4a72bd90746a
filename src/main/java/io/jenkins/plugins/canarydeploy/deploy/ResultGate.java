package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the build so far may deploy: never when it is ABORTED or FAILURE (the old plugin's worst pain was
 * shipping aborted builds), and not when it is UNSTABLE unless allowed. By default UNSTABLE builds may still reach
 * a canary group (that is what canaries are for) but not any other group.
 */
public final class ResultGate {
    /** How UNSTABLE builds are treated: {@code auto} (refuse unless the group is a canary), refuse, deploy. */
    public enum UnstablePolicy {
        AUTO,
        REFUSE,
        DEPLOY;

        public static Optional<UnstablePolicy> fromText(@CheckForNull String text) {
            String value = Texts.strip(text).toUpperCase(Locale.ROOT);
            if (value.isEmpty()) {
                return Optional.of(AUTO);
            }
            for (UnstablePolicy policy : values()) {
                if (policy.name().equals(value)) {
                    return Optional.of(policy);
                }
            }
            return Optional.empty();
        }
    }

    private ResultGate() {}

    /** Checks the field text of the policy, naming the fix. */
    public static Optional<String> policy(@CheckForNull String text) {
        if (UnstablePolicy.fromText(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a way to treat unstable builds: use auto (refuse"
                + " unless the group is a canary), refuse or deploy.");
    }

    /**
     * The reason not to deploy, if any.
     *
     * @param result the build's result so far (SUCCESS, UNSTABLE, FAILURE, NOT_BUILT, ABORTED); null or blank is
     *     SUCCESS, as for a build still running
     */
    public static Optional<String> refusal(@CheckForNull String result, UnstablePolicy policy, String group) {
        String value = Texts.isBlank(result) ? "SUCCESS" : Texts.strip(result).toUpperCase(Locale.ROOT);
        if (value.equals("FAILURE") || value.equals("ABORTED")) {
            return Optional.of("Not deploying to " + group + ": the build is " + value + " so far. Fix what failed,"
                    + " or deploy from a build that succeeded.");
        }
        if (value.equals("UNSTABLE") && refusesUnstable(policy, group)) {
            return Optional.of("Not deploying to " + group + ": the build is UNSTABLE so far (a failed quality gate"
                    + " or a canary alert). Set unstableBuilds: 'deploy' to deploy unstable builds to this group.");
        }
        return Optional.empty();
    }

    private static boolean refusesUnstable(UnstablePolicy policy, String group) {
        return switch (policy) {
            case REFUSE -> true;
            case DEPLOY -> false;
            case AUTO -> !group.toLowerCase(Locale.ROOT).contains("canary");
        };
    }
}
