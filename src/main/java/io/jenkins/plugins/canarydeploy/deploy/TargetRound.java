package io.jenkins.plugins.canarydeploy.deploy;

import java.util.List;
import java.util.Set;

/**
 * What one round of target reads brought.
 *
 * @param ids          every target id, in CodeDeploy's order
 * @param fresh        the targets read, as BatchGetDeploymentTargets described them
 * @param stillPending targets ListDeploymentTargets showed Pending, so not read
 * @param complete     every target that may have moved was read; false when calls ran out first
 * @param calls        the target calls the round made
 */
record TargetRound(
        List<String> ids, List<TargetProgress> fresh, Set<String> stillPending, boolean complete, int calls) {
    TargetRound {
        ids = List.copyOf(ids);
        fresh = List.copyOf(fresh);
        stillPending = Set.copyOf(stillPending);
    }
}
