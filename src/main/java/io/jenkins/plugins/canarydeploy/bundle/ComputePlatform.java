package io.jenkins.plugins.canarydeploy.bundle;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** CodeDeploy's compute platforms, which differ in what their AppSpec file is called and holds. */
public enum ComputePlatform {
    /** EC2 and on-premises instances, running the CodeDeploy agent. */
    SERVER("EC2/on-premises", List.of("appspec.yml", "appspec.yaml")),
    LAMBDA("Lambda", List.of("appspec.yaml", "appspec.yml", "appspec.json")),
    ECS("ECS", List.of("appspec.yaml", "appspec.yml", "appspec.json"));

    private final String displayName;
    private final List<String> appSpecNames;

    ComputePlatform(String displayName, List<String> appSpecNames) {
        this.displayName = displayName;
        this.appSpecNames = appSpecNames;
    }

    /** The name as CodeDeploy's documentation writes it. */
    public String displayName() {
        return displayName;
    }

    /** The names the AppSpec file may have at the bundle root, the usual one first. */
    public List<String> appSpecNames() {
        return appSpecNames;
    }

    /** The platform named as CodeDeploy names it ({@code Server}, {@code Lambda}, {@code ECS}), or {@code EC2}. */
    public static Optional<ComputePlatform> fromText(@CheckForNull String text) {
        String value = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if ("EC2".equals(value) || "ON-PREMISES".equals(value)) {
            return Optional.of(SERVER);
        }
        for (ComputePlatform platform : values()) {
            if (platform.name().equals(value)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }
}
