package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping as composed nodes, which keep their line numbers and the type the YAML resolver gave each scalar.
 * Like the CodeDeploy agent's parser, a repeated key takes the last value.
 */
final class YamlMap {
    private final Node node;
    private final Map<String, NodeTuple> byKey = new LinkedHashMap<>();
    private final List<Duplicate> duplicates = new ArrayList<>();

    /** A key given again, at {@code line}. */
    record Duplicate(int line, String message) {}

    private YamlMap(MappingNode node) {
        this.node = node;
        for (NodeTuple tuple : node.getValue()) {
            String key = scalar(tuple.getKeyNode()).orElse("");
            NodeTuple earlier = byKey.put(key, tuple);
            if (earlier != null) {
                duplicates.add(new Duplicate(
                        line(tuple.getKeyNode()),
                        "'" + key + "' is given again (first on line " + line(earlier.getKeyNode())
                                + "): this one replaces the first; merge them into one."));
            }
        }
    }

    static Optional<YamlMap> of(@CheckForNull Node node) {
        return node instanceof MappingNode ? Optional.of(new YamlMap((MappingNode) node)) : Optional.empty();
    }

    Node node() {
        return node;
    }

    List<NodeTuple> entries() {
        return List.copyOf(byKey.values());
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(byKey.get(key)).map(NodeTuple::getValueNode);
    }

    /** The line of the key, or of the mapping when the key is missing. */
    int lineOf(String key) {
        NodeTuple tuple = byKey.get(key);
        return tuple == null ? line(node) : line(tuple.getKeyNode());
    }

    /** The keys given again, with the line of the repetition. */
    List<Duplicate> duplicates() {
        return List.copyOf(duplicates);
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** The text of a scalar; empty for a mapping, a sequence, or null ({@code ~} or nothing). */
    static Optional<String> scalar(@CheckForNull Node node) {
        if (node instanceof ScalarNode && !Tag.NULL.equals(node.getTag())) {
            return Optional.of(((ScalarNode) node).getValue());
        }
        return Optional.empty();
    }

    static boolean isNull(@CheckForNull Node node) {
        return node == null || Tag.NULL.equals(node.getTag());
    }

    static List<Node> sequence(Node node) {
        return node instanceof SequenceNode ? ((SequenceNode) node).getValue() : List.of();
    }

    static boolean isSequence(Node node) {
        return node instanceof SequenceNode;
    }
}
