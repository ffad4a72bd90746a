package io.jenkins.plugins.canarydeploy.bundle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * The rules for a Lambda or ECS AppSpec file: version, the {@code Resources} to deploy, and {@code Hooks}, each a
 * lifecycle event of the platform naming the Lambda function that validates it.
 */
final class ServerlessAppSpecRules {
    private static final List<String> SECTIONS = List.of("version", "Resources", "Hooks");
    private static final Map<ComputePlatform, List<String>> EVENTS = Map.of(
            ComputePlatform.LAMBDA, List.of("BeforeAllowTraffic", "AfterAllowTraffic"),
            ComputePlatform.ECS,
                    List.of(
                            "BeforeInstall",
                            "AfterInstall",
                            "AfterAllowTestTraffic",
                            "BeforeAllowTraffic",
                            "AfterAllowTraffic"));

    private final ComputePlatform platform;
    private final Findings findings;

    ServerlessAppSpecRules(ComputePlatform platform, Findings findings) {
        this.platform = platform;
        this.findings = findings;
    }

    void check(YamlMap root) {
        AppSpecYaml.checkVersion(root, findings);
        for (NodeTuple section : root.entries()) {
            String name = YamlMap.scalar(section.getKeyNode()).orElse("");
            if (!SECTIONS.contains(name)) {
                findings.add(
                        section.getKeyNode(),
                        "'" + name + "' is not a section of a " + platform.displayName() + " AppSpec"
                                + " file, so CodeDeploy ignores it" + Findings.suggestion(name, SECTIONS));
            }
        }
        Optional<Node> resources = root.get("Resources");
        if (resources.isEmpty() || YamlMap.sequence(resources.get()).isEmpty()) {
            findings.add(
                    root.lineOf("Resources"),
                    "needs a 'Resources' list naming the "
                            + (platform == ComputePlatform.LAMBDA ? "Lambda function" : "ECS service") + " to deploy.");
        }
        root.get("Hooks").filter(node -> !YamlMap.isNull(node)).ifPresent(this::hooks);
    }

    private void hooks(Node hooks) {
        if (!YamlMap.isSequence(hooks)) {
            findings.add(hooks, "'Hooks' must be a list like '- BeforeAllowTraffic: MyValidationFunction'.");
            return;
        }
        List<String> events = EVENTS.get(platform);
        for (Node item : YamlMap.sequence(hooks)) {
            Optional<YamlMap> hook = YamlMap.of(item);
            if (hook.isEmpty()) {
                findings.add(item, "each hook must be 'LifecycleEvent: FunctionName'.");
                continue;
            }
            for (NodeTuple tuple : hook.get().entries()) {
                String event = YamlMap.scalar(tuple.getKeyNode()).orElse("");
                if (!events.contains(event)) {
                    findings.add(
                            tuple.getKeyNode(),
                            "'" + event + "' is not a lifecycle event of " + platform.displayName() + " deployments ("
                                    + String.join(", ", events) + ")" + Findings.suggestion(event, events));
                } else if (YamlMap.scalar(tuple.getValueNode())
                        .filter(s -> !s.isBlank())
                        .isEmpty()) {
                    findings.add(
                            tuple.getKeyNode(),
                            "'" + event + "' names no Lambda function: give the name or"
                                    + " ARN of the function that validates this step.");
                }
            }
        }
    }
}
