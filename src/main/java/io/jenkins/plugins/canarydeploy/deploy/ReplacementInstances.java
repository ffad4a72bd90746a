package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import java.util.List;
import java.util.Optional;

/**
 * The instances a blue/green deployment uses as its replacement environment (targetInstances): EC2 tags written
 * {@code Key=Value}, {@code Key} (any value) or {@code =Value} (any key), and Auto Scaling group names.
 */
public record ReplacementInstances(List<String> tags, List<String> autoScalingGroups) {
    private static final int MAX_TAG_KEY = 128;
    private static final int MAX_TAG_VALUE = 256;
    private static final int MAX_GROUP_NAME = 255;

    public ReplacementInstances {
        tags = List.copyOf(tags);
        autoScalingGroups = List.copyOf(autoScalingGroups);
    }

    /** From form fields, each a list separated by commas or new lines. */
    public static ReplacementInstances of(@CheckForNull String tags, @CheckForNull String autoScalingGroups) {
        return new ReplacementInstances(NameLists.split(tags), NameLists.split(autoScalingGroups));
    }

    /** Checks the tags field. */
    public static Optional<String> tags(@CheckForNull String text) {
        return tagProblem(NameLists.split(text));
    }

    /** Checks the Auto Scaling groups field. */
    public static Optional<String> autoScalingGroups(@CheckForNull String text) {
        return groupProblem(NameLists.split(text));
    }

    public boolean isEmpty() {
        return tags.isEmpty() && autoScalingGroups.isEmpty();
    }

    public Problems check() {
        Problems problems = new Problems()
                .add("targetInstanceTags", tagProblem(tags))
                .add("targetAutoScalingGroups", groupProblem(autoScalingGroups));
        if (isEmpty()) {
            problems.add(
                    "targetInstanceTags",
                    Optional.of(
                            "Target instances are set but name no tag and no Auto Scaling group: give"
                                    + " 'targetInstanceTags' (e.g. Env=green) or 'targetAutoScalingGroups', or leave them out."));
        }
        return problems;
    }

    private static Optional<String> tagProblem(List<String> tags) {
        for (String tag : tags) {
            int equals = tag.indexOf('=');
            String key = equals < 0 ? tag : tag.substring(0, equals).strip();
            String value = equals < 0 ? "" : tag.substring(equals + 1).strip();
            if (key.isEmpty() && value.isEmpty()) {
                return Optional.of("'targetInstanceTags' has '" + tag + "' without key or value: write Key=Value,"
                        + " Key (any value) or =Value (any key).");
            }
            if (key.length() > MAX_TAG_KEY || value.length() > MAX_TAG_VALUE) {
                return Optional.of("'targetInstanceTags' has '" + tag + "', longer than EC2 allows: tag keys have at"
                        + " most " + MAX_TAG_KEY + " characters, values " + MAX_TAG_VALUE + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> groupProblem(List<String> groups) {
        for (String group : groups) {
            if (group.length() > MAX_GROUP_NAME) {
                return Optional.of("'targetAutoScalingGroups' has a name of " + group.length() + " characters:"
                        + " Auto Scaling group names have at most " + MAX_GROUP_NAME + ".");
            }
        }
        String duplicate = NameLists.firstDuplicate(groups);
        return duplicate == null
                ? Optional.empty()
                : Optional.of("'targetAutoScalingGroups' names " + duplicate + " twice: list each group once.");
    }
}
