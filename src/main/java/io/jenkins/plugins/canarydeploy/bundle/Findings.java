package io.jenkins.plugins.canarydeploy.bundle;

import io.jenkins.plugins.canarydeploy.validation.EditDistance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** The problems found in one AppSpec file, each with its line. */
final class Findings {
    private final String file;
    private final List<AppSpecProblem> problems = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(int line, String message) {
        problems.add(new AppSpecProblem(file, line, message));
    }

    void add(Node at, String message) {
        add(YamlMap.line(at), message);
    }

    /** Reports the keys of a mapping given twice. */
    void addDuplicates(YamlMap map) {
        map.duplicates().forEach(duplicate -> add(duplicate.line(), duplicate.message()));
    }

    List<AppSpecProblem> list() {
        return List.copyOf(problems);
    }

    /** ", did you mean 'X'?" for the known name closest to a misspelt one, or nothing when none is close. */
    static String suggestion(String name, Collection<String> known) {
        return closest(name, known)
                .map(match -> "; did you mean '" + match + "'?")
                .orElse(".");
    }

    private static Optional<String> closest(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(2, name.length() / 4) + 1;
        for (String candidate : known) {
            int distance = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
