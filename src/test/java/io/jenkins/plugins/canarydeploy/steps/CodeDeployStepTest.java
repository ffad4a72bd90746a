package io.jenkins.plugins.canarydeploy.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.canarydeploy.deploy.AlarmOverride;
import io.jenkins.plugins.canarydeploy.deploy.AutoRollback;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentOptions;
import io.jenkins.plugins.canarydeploy.deploy.DeploymentRequest;
import io.jenkins.plugins.canarydeploy.s3.S3Revision;
import io.jenkins.plugins.canarydeploy.validation.FieldProblem;
import io.jenkins.plugins.canarydeploy.validation.InvalidSettingsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/** The step's translation into the core request; the Jenkins side is covered by CodeDeployStepITest. */
class CodeDeployStepTest {
    @Test
    void shouldTranslateItsFieldsIntoARequest() {
        CodeDeployStep step = new CodeDeployStep(" BucketList ", "Canary");
        step.setBucket("milestone3shraddha");
        step.setKey("bucketlist/build-7.tar.gz");
        step.setEtag("\"abc\"");
        step.setVersion(" v3 ");
        step.setDeploymentConfig("");

        DeploymentRequest request = step.toRequest("canary-release #7");

        assertThat(request.application()).isEqualTo("BucketList");
        assertThat(request.deploymentGroup()).isEqualTo("Canary");
        assertThat(request.revision().bundleType()).as("taken from the key").isEqualTo("tgz");
        assertThat(request.revision().eTag()).isEqualTo("\"abc\"");
        assertThat(request.revision().version()).isEqualTo("v3");
        assertThat(request.deploymentConfig()).isNull();
        assertThat(request.description()).isEqualTo("canary-release #7");
    }

    @Test
    void shouldTakeThePushedRevisionInOneArgument() {
        S3Revision pushed = new S3Revision("milestone3shraddha", "bucketlist/7.tgz", "tgz", "abc", "v3");
        Map<String, Object> arguments = pushed.toArguments();
        S3RevisionArgument argument =
                new S3RevisionArgument((String) arguments.get("bucket"), (String) arguments.get("key"));
        argument.setBundleType((String) arguments.get("bundleType"));
        argument.setEtag((String) arguments.get("etag"));
        argument.setVersion((String) arguments.get("version"));
        CodeDeployStep step = new CodeDeployStep("BucketList", "ProdDeploy");
        step.setRevision(argument);

        assertThat(step.toRequest("job #7").revision()).isEqualTo(pushed);
    }

    @Test
    void shouldNameEveryRevisionArgumentAfterASettableField() throws NoSuchMethodException {
        Map<String, Object> arguments = new S3Revision("b", "k.zip", "zip", "e", "v").toArguments();

        assertThat(arguments).containsOnlyKeys("bucket", "key", "bundleType", "etag", "version");
        for (String name : List.of("bundleType", "etag", "version")) {
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            assertThat(S3RevisionArgument.class.getMethod(setter, String.class).getAnnotation(DataBoundSetter.class))
                    .as(setter)
                    .isNotNull();
        }
        assertThat(S3RevisionArgument.class
                        .getConstructor(String.class, String.class)
                        .getAnnotation(DataBoundConstructor.class))
                .isNotNull();
    }

    @Test
    void shouldRefuseARevisionGivenTwice() {
        CodeDeployStep step = new CodeDeployStep("BucketList", "Canary");
        step.setRevision(new S3RevisionArgument("releases", "app.zip"));
        step.setBucket("releases");
        step.setKey("other.zip");

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'revision': Give the revision either in one 'revision:' argument or as"
                        + " 'bucket:' and 'key:', not both.");
    }

    @Test
    void shouldNameEveryBadFieldAtOnce() {
        CodeDeployStep step = new CodeDeployStep("", "Prod Deploy");
        step.setBucket("Bad_Bucket");
        step.setRegion("Frankfurt");
        step.setTimeoutMinutes(0);

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageStartingWith("codeDeploy has invalid settings: ")
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(
                                "bucket", "key", "application", "deploymentGroup", "region", "timeoutMinutes"));
    }

    @Test
    void shouldNameThePolicyFieldWhenItIsUnknown() {
        CodeDeployStep step = new CodeDeployStep("BucketList", "Canary");
        step.setBucket("releases");
        step.setKey("app.zip");
        step.setUnstableBuilds("sometimes");

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("'unstableBuilds': 'sometimes' is not a way to treat unstable builds");
    }

    @Test
    void shouldSendOnlyTheOptionsThatAreSet() {
        CodeDeployStep step = new CodeDeployStep("BucketList", "ProdDeploy");
        step.setBucket("releases");
        step.setKey("app.zip");

        assertThat(step.toRequest("job #1").options()).isEqualTo(DeploymentOptions.NONE);

        step.setFileExistsBehavior("overwrite");
        step.setIgnoreApplicationStopFailures(true);
        step.setAutoRollback("enabled");
        step.setAutoRollbackEvents("DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM");
        step.setAlarmOverride(true);
        step.setAlarms("HighCPU, HighMemory");
        DeploymentOptions options = step.toRequest("job #1").options();

        assertThat(options.fileExistsBehavior()).isEqualTo("OVERWRITE");
        assertThat(options.ignoreApplicationStopFailures()).isTrue();
        assertThat(options.updateOutdatedInstancesOnly()).as("unset, not sent").isNull();
        assertThat(options.targetInstances()).isNull();
        assertThat(options.autoRollback())
                .isEqualTo(AutoRollback.of(true, "DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM"));
        assertThat(options.alarmOverride()).isEqualTo(AlarmOverride.of(true, false, "HighCPU, HighMemory"));
    }

    @Test
    void shouldNameEveryBadOptionField() {
        CodeDeployStep step = new CodeDeployStep("BucketList", "ProdDeploy");
        step.setBucket("releases");
        step.setKey("app.zip");
        step.setFileExistsBehavior("KEEP");
        step.setAutoRollback("sometimes");
        step.setAutoRollbackEvents("ON_FIRE");
        step.setAlarms("a,b,c,d,e,f,g,h,i,j,k");
        step.setReadyPolicy("later");

        assertThatThrownBy(() -> step.toRequest("job #1"))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e -> assertThat(((InvalidSettingsException) e).getProblems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder(
                                "fileExistsBehavior", "autoRollback", "autoRollbackEvents", "alarms", "readyPolicy"));
    }
}
