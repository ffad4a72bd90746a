package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.registry.ParserDescriptor;
import edu.hm.hafner.analysis.registry.ParserRegistry;
import io.jenkins.plugins.canarydeploy.validation.EditDistance;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lint tools analysis-model can read, by parser id: names, default patterns, and checks of an id. */
public final class LintTools {
    private static final LintTools REGISTRY = new LintTools(new ParserRegistry().getAllDescriptors());
    private static final String EXAMPLES = "'pylint', 'flake8', 'checkstyle', 'pmd', 'spotbugs', 'eslint' or 'sarif'";
    private static final int MAX_SUGGESTIONS = 5;

    private final Map<String, ParserDescriptor> descriptors;

    private LintTools(List<ParserDescriptor> descriptors) {
        this.descriptors = descriptors.stream()
                .collect(Collectors.toUnmodifiableMap(ParserDescriptor::getId, Function.identity()));
    }

    /** All tools of analysis-model's parser registry. */
    public static LintTools registry() {
        return REGISTRY;
    }

    public boolean contains(String id) {
        return descriptors.containsKey(id);
    }

    /** Every tool, sorted by name, for a choice list. */
    public List<ToolChoice> choices() {
        return descriptors.values().stream()
                .map(descriptor -> new ToolChoice(descriptor.getId(), descriptor.getName()))
                .sorted(Comparator.comparing(
                                (ToolChoice choice) -> choice.name().toLowerCase(Locale.ROOT))
                        .thenComparing(ToolChoice::id))
                .toList();
    }

    /** The tool's name, for example "Pylint" for "pylint"; the id itself when the id is unknown. */
    public String name(String id) {
        ParserDescriptor descriptor = descriptors.get(id);
        return descriptor == null ? id : descriptor.getName();
    }

    /** The Ant pattern of the tool's usual report file, or "" when analysis-model names none. */
    public String defaultPattern(String id) {
        ParserDescriptor descriptor = descriptors.get(id);
        return descriptor == null ? "" : descriptor.getPattern();
    }

    /** What is wrong with a tool id and how to fix it, naming the known ids closest to it. */
    public Optional<String> idProblem(String id) {
        if (id.isBlank()) {
            return Optional.of("Choose the tool that wrote the reports by its analysis-model parser id, for example "
                    + EXAMPLES + ".");
        }
        if (contains(id)) {
            return Optional.empty();
        }
        List<String> close = closeIds(id);
        String hint = close.isEmpty()
                ? "Use an analysis-model parser id, for example " + EXAMPLES
                : "Did you mean "
                        + close.stream().map(known -> "'" + known + "'").collect(Collectors.joining(", "))
                        + "? Ids are case-sensitive analysis-model parser ids";
        return Optional.of("Unknown tool id '" + id + "'. " + hint + " (" + descriptors.size() + " tools known).");
    }

    IssueParser createParser(String id) {
        ParserDescriptor descriptor = descriptors.get(id);
        if (descriptor == null) {
            throw new IllegalArgumentException(idProblem(id).orElse("Unknown tool id '" + id + "'"));
        }
        return descriptor.createParser();
    }

    /** Known ids near the given one: same letters in another case, a part of it, or a few typing errors away. */
    List<String> closeIds(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return descriptors.values().stream()
                .map(descriptor -> Map.entry(descriptor.getId(), distance(wanted, descriptor)))
                .filter(entry -> entry.getValue() <= Math.max(2, wanted.length() / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_SUGGESTIONS)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static int distance(String wanted, ParserDescriptor descriptor) {
        String id = descriptor.getId().toLowerCase(Locale.ROOT);
        String name = descriptor.getName().toLowerCase(Locale.ROOT);
        if (id.equals(wanted) || name.equals(wanted)) {
            return 0;
        }
        int edits = Math.min(EditDistance.between(wanted, id), EditDistance.between(wanted, name));
        boolean part = wanted.length() >= 3 && (id.startsWith(wanted) || wanted.startsWith(id));
        return part ? Math.min(edits, 1) : edits;
    }

    /** A tool for a choice list: its parser id and its name. */
    public record ToolChoice(String id, String name) {}
}
