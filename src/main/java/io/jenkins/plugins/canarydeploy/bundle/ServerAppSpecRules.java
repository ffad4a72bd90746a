package io.jenkins.plugins.canarydeploy.bundle;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The rules for an EC2/on-premises AppSpec file, as the CodeDeploy agent applies them when it is too late: version,
 * os, the sources of {@code files}, permissions (Linux only), and the hooks (see {@link HookRules}).
 */
final class ServerAppSpecRules {
    private static final List<String> SECTIONS =
            List.of("version", "os", "files", "permissions", "hooks", "file_exists_behavior");

    private final BundleIndex index;
    private final Findings findings;
    private final BundleFormat format;

    ServerAppSpecRules(BundleIndex index, Findings findings, BundleFormat format) {
        this.index = index;
        this.findings = findings;
        this.format = format;
    }

    void check(YamlMap root) {
        AppSpecYaml.checkVersion(root, findings);
        for (NodeTuple section : root.entries()) {
            String name = YamlMap.scalar(section.getKeyNode()).orElse("");
            if (!SECTIONS.contains(name)) {
                findings.add(
                        section.getKeyNode(),
                        "'" + name + "' is not an AppSpec section, so CodeDeploy ignores it"
                                + Findings.suggestion(name, SECTIONS));
            }
        }
        String os = os(root);
        files(root);
        if ("windows".equals(os)) {
            windows(root);
        }
        new HookRules(index, findings, "linux".equals(os)).check(root);
    }

    private String os(YamlMap root) {
        Optional<String> os = root.get("os").flatMap(YamlMap::scalar);
        if (os.isEmpty()) {
            findings.add(root.lineOf("os"), "has no 'os': add 'os: linux' (or 'os: windows' for Windows Server).");
            return "";
        }
        if (!"linux".equals(os.get()) && !"windows".equals(os.get())) {
            findings.add(
                    root.get("os").get(),
                    "'os: " + os.get() + "' is not an operating system CodeDeploy knows:"
                            + " use linux or windows, in lower case.");
            return "";
        }
        return os.get();
    }

    private void files(YamlMap root) {
        Optional<Node> files = root.get("files");
        if (files.isEmpty() || YamlMap.isNull(files.get())) {
            return;
        }
        if (!YamlMap.isSequence(files.get())) {
            findings.add(
                    files.get(),
                    "'files' must be a list of entries like '- source: /' with"
                            + " 'destination: /var/www/app' under it.");
            return;
        }
        for (Node item : YamlMap.sequence(files.get())) {
            Optional<YamlMap> file = YamlMap.of(item);
            if (file.isEmpty()) {
                findings.add(item, "each 'files' entry needs 'source' and 'destination'.");
                continue;
            }
            if (file.get().get("destination").flatMap(YamlMap::scalar).isEmpty()) {
                findings.add(
                        item,
                        "this 'files' entry has no destination: add 'destination:' with the folder on"
                                + " the instance to copy it to.");
            }
            source(file.get(), item);
        }
    }

    private void source(YamlMap file, Node item) {
        Optional<String> source = file.get("source").flatMap(YamlMap::scalar);
        if (source.isEmpty()) {
            findings.add(
                    item,
                    "this 'files' entry has no source: add 'source: /' for the whole bundle, or the path"
                            + " of a file or folder in it.");
            return;
        }
        Node at = file.get("source").get();
        Optional<String> path = BundleIndex.normalize(source.get());
        if (path.isEmpty()) {
            findings.add(
                    at,
                    "source '" + source.get() + "' leaves the bundle: sources are relative to the bundle" + " root.");
        } else if (index.lookup(path.get()).kind() == BundleIndex.Lookup.Kind.MISSING) {
            String similar = index.sameIgnoringCase(path.get())
                    .map(p -> " (there is '" + p + "': names are case-sensitive)")
                    .orElse("");
            findings.add(
                    at,
                    "source '" + source.get() + "' is not in the bundle" + similar + ": sources are relative"
                            + " to the bundle root ('/' for all of it); check the path, and the includes and"
                            + " excludes.");
        }
    }

    private void windows(YamlMap root) {
        root.get("permissions")
                .filter(node -> !YamlMap.isNull(node))
                .ifPresent(node -> findings.add(
                        root.lineOf("permissions"),
                        "'permissions' only works on Linux instances; on Windows the agent"
                                + " fails the deployment: remove the section."));
        if (format != BundleFormat.ZIP) {
            findings.add(
                    root.lineOf("os"),
                    "the CodeDeploy agent on Windows does not support " + format.bundleType()
                            + " bundles (it reads only part of a multi-member gzip, and warns that unpacking may fail):"
                            + " bundle as zip for Windows instances.");
        }
    }
}
