package io.jenkins.plugins.canarydeploy.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The {@code hooks} of an EC2/on-premises AppSpec file: known lifecycle events only (the reserved ones run no
 * scripts), each with a list of scripts whose location is in the bundle and, on Linux, executable, and whose
 * timeouts stay within the hour CodeDeploy allows an event.
 */
final class HookRules {
    static final List<String> SCRIPTABLE = List.of(
            "ApplicationStop",
            "BeforeInstall",
            "AfterInstall",
            "ApplicationStart",
            "ValidateService",
            "BeforeBlockTraffic",
            "AfterBlockTraffic",
            "BeforeAllowTraffic",
            "AfterAllowTraffic");
    static final List<String> RESERVED =
            List.of("Start", "DownloadBundle", "Install", "BlockTraffic", "AllowTraffic", "End");
    static final int MAX_SECONDS = 3600;
    private static final Map<String, String> RENAMED = Map.of(
            "BeforeELBRemove",
            "BeforeBlockTraffic",
            "AfterELBRemove",
            "AfterBlockTraffic",
            "BeforeELBAdd",
            "BeforeAllowTraffic",
            "AfterELBAdd",
            "AfterAllowTraffic");

    private final BundleIndex index;
    private final Findings findings;
    private final boolean linux;

    HookRules(BundleIndex index, Findings findings, boolean linux) {
        this.index = index;
        this.findings = findings;
        this.linux = linux;
    }

    void check(YamlMap root) {
        Optional<Node> hooks = root.get("hooks").filter(node -> !YamlMap.isNull(node));
        if (hooks.isEmpty()) {
            return;
        }
        Optional<YamlMap> events = YamlMap.of(hooks.get());
        if (events.isEmpty()) {
            findings.add(
                    hooks.get(),
                    "'hooks' must map lifecycle events to lists of scripts, for example"
                            + " 'AfterInstall:' with '- location: scripts/configure.sh' under it.");
            return;
        }
        findings.addDuplicates(events.get());
        for (NodeTuple event : events.get().entries()) {
            String name = YamlMap.scalar(event.getKeyNode()).orElse("");
            if (isKnown(name, event.getKeyNode())) {
                scripts(name, event);
            }
        }
    }

    private boolean isKnown(String name, Node at) {
        if (SCRIPTABLE.contains(name)) {
            return true;
        }
        if (RESERVED.contains(name)) {
            findings.add(
                    at,
                    "'" + name + "' is reserved for CodeDeploy's own work and runs no scripts: use"
                            + " BeforeInstall or AfterInstall instead.");
        } else if (RENAMED.containsKey(name)) {
            findings.add(
                    at, "'" + name + "' is an old name CodeDeploy no longer runs: use '" + RENAMED.get(name) + "'.");
        } else {
            List<String> known = new ArrayList<>(SCRIPTABLE);
            findings.add(
                    at,
                    "'" + name + "' is not a lifecycle event, so its scripts never run"
                            + Findings.suggestion(name, known));
        }
        return false;
    }

    private void scripts(String event, NodeTuple tuple) {
        Node value = tuple.getValueNode();
        if (YamlMap.isNull(value)) {
            findings.add(
                    tuple.getKeyNode(),
                    "'" + event + "' lists no scripts: add '- location: scripts/...' under" + " it, or remove it.");
            return;
        }
        if (!YamlMap.isSequence(value)) {
            findings.add(value, "'" + event + "' must be a list of scripts: start each with '- location:'.");
            return;
        }
        long total = 0;
        for (Node item : YamlMap.sequence(value)) {
            Optional<YamlMap> script = YamlMap.of(item);
            if (script.isEmpty()) {
                findings.add(
                        item,
                        "each script of '" + event + "' needs 'location:' (and may have 'timeout:' and"
                                + " 'runas:').");
                continue;
            }
            location(event, script.get(), item);
            total += timeout(event, script.get());
            if (!linux && script.get().get("runas").isPresent()) {
                findings.add(script.get().lineOf("runas"), "'runas' is not supported on Windows: remove it.");
            }
        }
        if (total > MAX_SECONDS) {
            findings.add(
                    tuple.getKeyNode(),
                    "the timeouts of the scripts of '" + event + "' add up to " + total
                            + " seconds, but CodeDeploy allows at most " + MAX_SECONDS
                            + " for all scripts of one lifecycle"
                            + " event: shorten them.");
        }
    }

    private void location(String event, YamlMap script, Node item) {
        Optional<String> location =
                script.get("location").flatMap(YamlMap::scalar).filter(s -> !s.isBlank());
        if (location.isEmpty()) {
            findings.add(
                    item,
                    "a script of '" + event + "' has no location: add 'location:' with the script's path"
                            + " in the bundle, for example scripts/start.sh.");
            return;
        }
        Node at = script.get("location").get();
        Optional<String> path = BundleIndex.normalize(location.get());
        BundleIndex.Lookup.Kind kind =
                path.map(index::lookup).map(BundleIndex.Lookup::kind).orElse(BundleIndex.Lookup.Kind.MISSING);
        Optional<BundleEntry> target = path.flatMap(index::file);
        if (kind == BundleIndex.Lookup.Kind.MISSING) {
            String similar = path.flatMap(index::sameIgnoringCase)
                    .map(p -> " (there is '" + p + "': names are case-sensitive)")
                    .orElse("");
            findings.add(
                    at,
                    "script '" + location.get() + "' of '" + event + "' is not in the bundle" + similar
                            + ": locations are relative to the bundle root; check the path, and the includes and"
                            + " excludes.");
        } else if (kind == BundleIndex.Lookup.Kind.FOLDER) {
            findings.add(at, "'" + location.get() + "' of '" + event + "' is a folder: give the script itself.");
        } else if (linux && target.isPresent() && !target.get().isExecutable()) {
            String file = target.get().path();
            findings.add(
                    at,
                    "script '" + location.get() + "' of '" + event + "' is not executable (mode "
                            + String.format("%04o", target.get().mode()) + "): make it executable (chmod +x " + file
                            + "; in git: git update-index --chmod=+x " + file + "). Otherwise the agent has to change"
                            + " its mode itself, which fails where it may not.");
        }
    }

    /** The timeout given, or 0 when there is none or it is wrong. */
    private long timeout(String event, YamlMap script) {
        Optional<Node> timeout = script.get("timeout").filter(node -> !YamlMap.isNull(node));
        if (timeout.isEmpty()) {
            return 0;
        }
        String text = YamlMap.scalar(timeout.get()).orElse("").strip();
        long seconds = text.matches("\\d{1,9}") ? Long.parseLong(text) : -1;
        if (seconds < 1 || seconds > MAX_SECONDS) {
            findings.add(
                    timeout.get(),
                    "timeout '" + text + "' of a script of '" + event + "' must be a whole number"
                            + " of seconds from 1 to " + MAX_SECONDS + ".");
            return 0;
        }
        return seconds;
    }
}
