package io.jenkins.plugins.canarydeploy.bundle;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads an AppSpec file (YAML, or JSON, which YAML reads too) into nodes that keep their lines, with limits that
 * keep a hostile file from exhausting memory. Problems go to the findings with their line.
 */
final class AppSpecYaml {
    static final int MAX_BYTES = 1 << 20;

    private AppSpecYaml() {}

    static Optional<YamlMap> parse(byte[] content, Findings findings) {
        if (content.length > MAX_BYTES) {
            findings.add(
                    0,
                    "is " + content.length + " bytes long; an AppSpec file of more than 1 MiB is surely not"
                            + " one: check that the right file is named " + findings.file() + ".");
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            findings.add(0, "is not UTF-8 text: save it as UTF-8.");
            return Optional.empty();
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options())).compose(new StringReader(text.replace("\uFEFF", "")));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            findings.add(
                    line,
                    "is not valid YAML: " + e.getProblem() + context + ". Fix the YAML there; indent"
                            + " with spaces, never tabs.");
            return Optional.empty();
        } catch (YAMLException e) {
            findings.add(0, "cannot be read as YAML: " + e.getMessage() + ".");
            return Optional.empty();
        }
        if (YamlMap.isNull(root)) {
            findings.add(0, "is empty: it needs at least 'version: 0.0' and, for EC2/on-premises, 'os: linux'.");
            return Optional.empty();
        }
        Optional<YamlMap> map = YamlMap.of(root);
        if (map.isEmpty()) {
            findings.add(
                    root,
                    "must be a mapping of sections (version, os, files, hooks, ...), not a list or a"
                            + " single value.");
        }
        map.ifPresent(findings::addDuplicates);
        return map;
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    /** Checks {@code version}: the agent compares it with the number 0.0, so a quoted "0.0" fails. */
    static void checkVersion(YamlMap root, Findings findings) {
        Optional<Node> version = root.get("version");
        if (version.isEmpty() || YamlMap.isNull(version.get())) {
            findings.add(root.lineOf("version"), "has no 'version': add 'version: 0.0' at the top.");
            return;
        }
        Node node = version.get();
        String text = YamlMap.scalar(node).orElse("");
        boolean number = Tag.FLOAT.equals(node.getTag()) || Tag.INT.equals(node.getTag());
        if (number && isZero(text)) {
            return;
        }
        if (isZero(text)) {
            findings.add(
                    node,
                    "'version' is the text \"" + text + "\", but CodeDeploy compares it with the number 0.0:"
                            + " write version: 0.0 without quotes.");
        } else {
            findings.add(node, "'version: " + text + "' is not supported: the only AppSpec version is 0.0.");
        }
    }

    private static boolean isZero(String text) {
        try {
            return Double.parseDouble(text) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
