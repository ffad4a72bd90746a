package io.jenkins.plugins.canarydeploy.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentTarget;
import software.amazon.awssdk.services.codedeploy.model.Diagnostics;
import software.amazon.awssdk.services.codedeploy.model.LifecycleEvent;
import software.amazon.awssdk.services.codedeploy.model.LifecycleEventStatus;
import software.amazon.awssdk.services.codedeploy.model.ListDeploymentTargetsResponse;

/** Reads a deployment's targets: their ids (ListDeploymentTargets) and details (BatchGetDeploymentTargets). */
final class TargetReader {
    /** BatchGetDeploymentTargets takes at most this many ids a call. */
    static final int MAX_IDS_PER_CALL = 25;

    private final CodeDeployClient client;

    TargetReader(CodeDeployClient client) {
        this.client = client;
    }

    List<String> ids(String deploymentId) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            ListDeploymentTargetsResponse response = client.listDeploymentTargets(
                    r -> r.deploymentId(deploymentId).nextToken(page));
            ids.addAll(response.targetIds());
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return ids;
    }

    List<TargetProgress> read(String deploymentId, List<String> targetIds) {
        List<TargetProgress> targets = new ArrayList<>();
        for (int from = 0; from < targetIds.size(); from += MAX_IDS_PER_CALL) {
            List<String> batch = targetIds.subList(from, Math.min(targetIds.size(), from + MAX_IDS_PER_CALL));
            client.batchGetDeploymentTargets(r -> r.deploymentId(deploymentId).targetIds(batch))
                    .deploymentTargets()
                    .forEach(target -> targets.add(progress(target)));
        }
        return targets;
    }

    /** EC2/on-premises, Lambda, ECS and CloudFormation targets carry the same few fields in different members. */
    static TargetProgress progress(DeploymentTarget target) {
        if (target.instanceTarget() != null) {
            var t = target.instanceTarget();
            return progress(t.targetId(), t.statusAsString(), t.lifecycleEvents());
        }
        if (target.lambdaTarget() != null) {
            var t = target.lambdaTarget();
            return progress(t.targetId(), t.statusAsString(), t.lifecycleEvents());
        }
        if (target.ecsTarget() != null) {
            var t = target.ecsTarget();
            return progress(t.targetId(), t.statusAsString(), t.lifecycleEvents());
        }
        if (target.cloudFormationTarget() != null) {
            var t = target.cloudFormationTarget();
            return progress(t.targetId(), t.statusAsString(), t.lifecycleEvents());
        }
        return new TargetProgress("unknown target", "Unknown", Map.of());
    }

    private static TargetProgress progress(String targetId, String status, List<LifecycleEvent> events) {
        Map<String, String> statuses = new LinkedHashMap<>();
        LifecycleEvent failed = null;
        for (LifecycleEvent event : events) {
            statuses.put(event.lifecycleEventName(), event.statusAsString());
            if (failed == null && event.status() == LifecycleEventStatus.FAILED) {
                failed = event;
            }
        }
        if (failed == null) {
            return new TargetProgress(targetId, status, statuses);
        }
        Diagnostics diagnostics = failed.diagnostics();
        return diagnostics == null
                ? new TargetProgress(targetId, status, statuses, failed.lifecycleEventName(), null, null, null, null)
                : new TargetProgress(
                        targetId,
                        status,
                        statuses,
                        failed.lifecycleEventName(),
                        diagnostics.errorCodeAsString(),
                        diagnostics.scriptName(),
                        diagnostics.message(),
                        diagnostics.logTail());
    }
}
