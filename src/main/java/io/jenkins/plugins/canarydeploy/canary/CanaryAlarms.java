package io.jenkins.plugins.canarydeploy.canary;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The CloudWatch alarms a canary watch reads: the deployment group's own (when asked for), further named alarms and
 * a name prefix, each alarm once. When the group gives none, {@link #notes()} says why; whether that is an error is
 * for the caller to decide ({@link #isEmpty()}).
 */
public final class CanaryAlarms {
    /** The settings field of the explicitly named alarms, named when there is nothing to watch. */
    public static final String FIELD = "alarms";

    private final List<String> names;

    @CheckForNull
    private final String prefix;

    private final List<String> notes;

    private CanaryAlarms(List<String> names, @CheckForNull String prefix, List<String> notes) {
        this.names = List.copyOf(names);
        this.prefix = prefix;
        this.notes = List.copyOf(notes);
    }

    /**
     * The group's watched alarms first, then the named ones not among them; blank names are dropped.
     *
     * @param group  the group's alarms, or null not to use them
     * @param names  further alarm names
     * @param prefix an alarm name prefix, or null or blank for none
     */
    public static CanaryAlarms of(@CheckForNull GroupAlarms group, List<String> names, @CheckForNull String prefix) {
        Set<String> all = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        if (group != null) {
            all.addAll(group.watched());
            group.whyNone().ifPresent(notes::add);
        }
        for (String name : names) {
            String stripped = Texts.trimToNull(name);
            if (stripped != null) {
                all.add(stripped);
            }
        }
        return new CanaryAlarms(new ArrayList<>(all), Texts.trimToNull(prefix), notes);
    }

    /** The alarm names to read, each once. */
    public List<String> names() {
        return names;
    }

    public Optional<String> prefix() {
        return Optional.ofNullable(prefix);
    }

    /** Why the group's alarms add nothing (none configured, or disabled); empty otherwise. */
    public List<String> notes() {
        return notes;
    }

    /** Neither a name nor a prefix: nothing to watch. */
    public boolean isEmpty() {
        return names.isEmpty() && prefix == null;
    }

    /** A source reading these alarms; throws naming the field when there is nothing to watch, saying why. */
    public CloudWatchAlarmSource source(CloudWatchClient client) {
        if (isEmpty()) {
            String message = String.join(" ", notes) + (notes.isEmpty() ? "" : " ")
                    + "There is no CloudWatch alarm to watch: name alarms in '" + FIELD + "', give an alarm name"
                    + " prefix, or configure alarms on the deployment group.";
            throw new InvalidSettingsException(message, List.of(new FieldProblem(FIELD, message)));
        }
        return new CloudWatchAlarmSource(client, names, prefix);
    }

    @Override
    public String toString() {
        List<String> what = new ArrayList<>(names);
        if (prefix != null) {
            what.add(prefix + "*");
        }
        return what.toString();
    }
}
