package io.jenkins.plugins.canarydeploy.deploy;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.bundle.ComputePlatform;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Optional CreateDeployment settings. Each is sent only when set (not null); unset ones are left to the deployment
 * group and CodeDeploy's defaults.
 *
 * @param fileExistsBehavior            DISALLOW, OVERWRITE or RETAIN; EC2/on-premises only, never sent for Lambda
 *                                      or ECS groups
 * @param ignoreApplicationStopFailures go on when the ApplicationStop hook fails
 * @param updateOutdatedInstancesOnly   deploy only to instances not running the group's latest revision
 * @param targetInstances               blue/green replacement environment
 * @param autoRollback                  this deployment's automatic rollback, replacing the group's
 * @param alarmOverride                 this deployment's alarms, replacing the group's
 */
public record DeploymentOptions(
        @CheckForNull String fileExistsBehavior,
        @CheckForNull Boolean ignoreApplicationStopFailures,
        @CheckForNull Boolean updateOutdatedInstancesOnly,
        @CheckForNull ReplacementInstances targetInstances,
        @CheckForNull AutoRollback autoRollback,
        @CheckForNull AlarmOverride alarmOverride) {

    public static final DeploymentOptions NONE = new DeploymentOptions(null, null, null, null, null, null);

    public static final List<String> FILE_EXISTS_BEHAVIORS = List.of("DISALLOW", "OVERWRITE", "RETAIN");

    public DeploymentOptions {
        fileExistsBehavior = fileExistsBehavior == null ? null : normalize(fileExistsBehavior);
    }

    /** Checks the fileExistsBehavior field; blank leaves it to CodeDeploy (DISALLOW). */
    public static Optional<String> fileExistsBehavior(@CheckForNull String text) {
        String value = normalize(text);
        if (value == null || FILE_EXISTS_BEHAVIORS.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a fileExistsBehavior: use DISALLOW (fail when a file"
                + " is already there, CodeDeploy's default), OVERWRITE or RETAIN.");
    }

    /** Checks the fileExistsBehavior field for a group of this compute platform (Server, Lambda, ECS; null: unknown). */
    public static Optional<String> fileExistsBehavior(@CheckForNull String text, @CheckForNull String computePlatform) {
        Optional<String> problem = fileExistsBehavior(text);
        ComputePlatform platform = ComputePlatform.fromText(computePlatform).orElse(ComputePlatform.SERVER);
        if (problem.isPresent() || normalize(text) == null || platform == ComputePlatform.SERVER) {
            return problem;
        }
        return Optional.of("fileExistsBehavior applies to EC2/on-premises deployments only; CodeDeploy rejects it for"
                + " a " + platform.displayName() + " group: leave 'fileExistsBehavior' empty.");
    }

    public DeploymentOptions withFileExistsBehavior(@CheckForNull String behavior) {
        return new DeploymentOptions(
                normalize(behavior),
                ignoreApplicationStopFailures,
                updateOutdatedInstancesOnly,
                targetInstances,
                autoRollback,
                alarmOverride);
    }

    public DeploymentOptions withIgnoreApplicationStopFailures(@CheckForNull Boolean ignore) {
        return new DeploymentOptions(
                fileExistsBehavior, ignore, updateOutdatedInstancesOnly, targetInstances, autoRollback, alarmOverride);
    }

    public DeploymentOptions withUpdateOutdatedInstancesOnly(@CheckForNull Boolean outdatedOnly) {
        return new DeploymentOptions(
                fileExistsBehavior,
                ignoreApplicationStopFailures,
                outdatedOnly,
                targetInstances,
                autoRollback,
                alarmOverride);
    }

    public DeploymentOptions withTargetInstances(@CheckForNull ReplacementInstances instances) {
        return new DeploymentOptions(
                fileExistsBehavior,
                ignoreApplicationStopFailures,
                updateOutdatedInstancesOnly,
                instances,
                autoRollback,
                alarmOverride);
    }

    public DeploymentOptions withAutoRollback(@CheckForNull AutoRollback rollback) {
        return new DeploymentOptions(
                fileExistsBehavior,
                ignoreApplicationStopFailures,
                updateOutdatedInstancesOnly,
                targetInstances,
                rollback,
                alarmOverride);
    }

    public DeploymentOptions withAlarmOverride(@CheckForNull AlarmOverride alarms) {
        return new DeploymentOptions(
                fileExistsBehavior,
                ignoreApplicationStopFailures,
                updateOutdatedInstancesOnly,
                targetInstances,
                autoRollback,
                alarms);
    }

    /** Every problem of the options, named as the step's fields are. */
    public Problems check() {
        Problems problems = new Problems().add("fileExistsBehavior", fileExistsBehavior(fileExistsBehavior));
        if (targetInstances != null) {
            problems.addAll(targetInstances.check());
        }
        if (autoRollback != null) {
            problems.addAll(autoRollback.check());
        }
        if (alarmOverride != null) {
            problems.addAll(alarmOverride.check());
        }
        return problems;
    }

    @CheckForNull
    private static String normalize(@CheckForNull String behavior) {
        String value = Texts.trimToNull(behavior);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
