package io.jenkins.plugins.canarydeploy.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.services.codedeploy.CodeDeployClient;
import software.amazon.awssdk.services.codedeploy.model.DeploymentTarget;
import software.amazon.awssdk.services.codedeploy.model.Diagnostics;
import software.amazon.awssdk.services.codedeploy.model.LifecycleEvent;
import software.amazon.awssdk.services.codedeploy.model.LifecycleEventStatus;
import software.amazon.awssdk.services.codedeploy.model.ListDeploymentTargetsRequest;
import software.amazon.awssdk.services.codedeploy.model.ListDeploymentTargetsResponse;
import software.amazon.awssdk.services.codedeploy.model.TargetFilterName;
import software.amazon.awssdk.services.codedeploy.model.TargetStatus;

/**
 * Reads a deployment's targets: their ids (ListDeploymentTargets, optionally only those with one status) and details
 * (BatchGetDeploymentTargets), counting the calls it makes. Use one reader for one round of reads.
 */
final class TargetReader {
    /** BatchGetDeploymentTargets takes at most this many ids a call. */
    static final int MAX_IDS_PER_CALL = 25;

    private final CodeDeployClient client;
    private final String deploymentId;
    private int calls;

    TargetReader(CodeDeployClient client, String deploymentId) {
        this.client = client;
        this.deploymentId = deploymentId;
    }

    /** The ids of all the deployment's targets, in CodeDeploy's order. */
    List<String> ids() {
        return list(r -> {});
    }

    /** The ids of the targets that have this status now (ListDeploymentTargets' TargetStatus filter). */
    List<String> ids(TargetStatus status) {
        return list(r -> r.targetFilters(Map.of(TargetFilterName.TARGET_STATUS, List.of(status.toString()))));
    }

    /** Each target's progress, {@link #MAX_IDS_PER_CALL} ids a call. */
    List<TargetProgress> read(List<String> targetIds) {
        List<TargetProgress> targets = new ArrayList<>();
        for (int from = 0; from < targetIds.size(); from += MAX_IDS_PER_CALL) {
            List<String> batch = targetIds.subList(from, Math.min(targetIds.size(), from + MAX_IDS_PER_CALL));
            calls++;
            client.batchGetDeploymentTargets(r -> r.deploymentId(deploymentId).targetIds(batch))
                    .deploymentTargets()
                    .forEach(target -> targets.add(progress(target)));
        }
        return targets;
    }

    /** The calls this reader made so far, failed ones included. */
    int calls() {
        return calls;
    }

    /** BatchGetDeploymentTargets calls needed for this many targets. */
    static int batches(int targets) {
        return (targets + MAX_IDS_PER_CALL - 1) / MAX_IDS_PER_CALL;
    }

    private List<String> list(Consumer<ListDeploymentTargetsRequest.Builder> filter) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            String page = token;
            calls++;
            ListDeploymentTargetsResponse response = client.listDeploymentTargets(r -> {
                r.deploymentId(deploymentId).nextToken(page);
                filter.accept(r);
            });
            ids.addAll(response.targetIds());
            token = response.nextToken();
        } while (token != null && !token.isEmpty());
        return ids;
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
