package io.jenkins.plugins.canarydeploy.quality.gate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a deployment must be refused because a quality gate failed in the build so far. A gate counts whatever it
 * did to the build: one that marked only its stage (so the build is still SUCCESS) refuses as well, which is what
 * a team asks for when it keeps the build green but will not ship a decline.
 */
public final class GateRefusal {
    private GateRefusal() {}

    /**
     * The reason not to deploy, naming every failed gate; empty when none failed.
     *
     * @param recorded the outcomes of every recording of the build (coverage, lint, ...)
     * @param group the deployment group the build was to be deployed to
     */
    public static Optional<String> refusal(List<GateOutcomes> recorded, String group) {
        List<GateOutcome> failed =
                recorded.stream().flatMap(o -> o.getFailed().stream()).toList();
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Not deploying to " + group + ": " + failed.size() + " quality gate(s) failed in this"
                + " build: " + failed.stream().map(GateOutcome::getMessage).collect(Collectors.joining(" "))
                + " Fix what the gates found, or set refuseOnFailedQualityGate: false to deploy anyway.");
    }
}
