package io.jenkins.plugins.canarydeploy.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.deploy.AlarmOverride;
import io.jenkins.plugins.canarydeploy.deploy.AutoRollback;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOptions;
import io.jenkins.plugins.canarydeploy.deploy.ReplacementInstances;
import io.jenkins.plugins.canarydeploy.validation.Problems;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Locale;
import java.util.Optional;

/** Translates the deployment option fields of {@link CodeDeployStep}: an unset field is not sent to CodeDeploy. */
final class DeploymentOptionFields {
    private DeploymentOptionFields() {}

    /** Checks the autoRollback field: empty (the group's setting), enabled or disabled. */
    static Optional<String> autoRollback(@CheckForNull String text) {
        String value = Texts.strip(text).toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("enabled") || value.equals("disabled")) {
            return Optional.empty();
        }
        return Optional.of("'" + Texts.strip(text) + "' is not a rollback setting: use enabled or disabled, or leave"
                + " it empty to keep the deployment group's own setting.");
    }

    static Problems check(CodeDeployStep step) {
        return new Problems()
                .add("fileExistsBehavior", DeploymentOptions.fileExistsBehavior(step.getFileExistsBehavior()))
                .add("autoRollback", autoRollback(step.getAutoRollback()))
                .add("autoRollbackEvents", AutoRollback.events(step.getAutoRollbackEvents()))
                .add("alarms", AlarmOverride.alarms(step.getAlarms()))
                .add("targetInstanceTags", ReplacementInstances.tags(step.getTargetInstanceTags()))
                .add(
                        "targetAutoScalingGroups",
                        ReplacementInstances.autoScalingGroups(step.getTargetAutoScalingGroups()));
    }

    /** The options of a step whose fields passed {@link #check}. */
    static DeploymentOptions of(CodeDeployStep step) {
        DeploymentOptions options = DeploymentOptions.NONE
                .withFileExistsBehavior(Texts.trimToNull(step.getFileExistsBehavior()))
                .withIgnoreApplicationStopFailures(step.isIgnoreApplicationStopFailures() ? Boolean.TRUE : null)
                .withUpdateOutdatedInstancesOnly(step.isUpdateOutdatedInstancesOnly() ? Boolean.TRUE : null);
        if (!Texts.isBlank(step.getTargetInstanceTags()) || !Texts.isBlank(step.getTargetAutoScalingGroups())) {
            options = options.withTargetInstances(
                    ReplacementInstances.of(step.getTargetInstanceTags(), step.getTargetAutoScalingGroups()));
        }
        String rollback = Texts.strip(step.getAutoRollback()).toLowerCase(Locale.ROOT);
        if (!rollback.isEmpty()) {
            options =
                    options.withAutoRollback(AutoRollback.of(rollback.equals("enabled"), step.getAutoRollbackEvents()));
        }
        if (step.isAlarmOverride()) {
            options = options.withAlarmOverride(
                    AlarmOverride.of(true, step.isIgnorePollAlarmFailure(), step.getAlarms()));
        }
        return options;
    }
}
