package io.jenkins.plugins.canarydeploy.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSpecCheckTest {
    @TempDir
    Path workspace;

    private List<String> check(ComputePlatform platform, BundleFormat format) throws IOException {
        List<BundleEntry> entries = new WorkspaceScanner(BundleSpec.of(workspace, null, null, true, format)).scan();
        return new AppSpecCheck(platform, format)
                .check(entries).stream().map(AppSpecProblem::describe).toList();
    }

    private List<String> checkServer() throws IOException {
        return check(ComputePlatform.SERVER, BundleFormat.ZIP);
    }

    @Test
    void shouldPassAValidAppSpec() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: linux
                file_exists_behavior: OVERWRITE
                files:
                  - source: /
                    destination: /var/www/app
                  - source: config/app.conf
                    destination: /etc/app
                permissions:
                  - object: /var/www/app
                    owner: www-data
                    mode: 755
                hooks:
                  ApplicationStop:
                    - location: scripts/stop.sh
                      timeout: 300
                  AfterInstall:
                    - location: bin/configure
                      timeout: 1800
                      runas: root
                    - location: ./scripts/../scripts/stop.sh
                      timeout: 1800
                  ValidateService:
                    - location: /scripts/stop.sh
                """);
        TestFiles.write(workspace, "config/app.conf", "key=value");
        TestFiles.executable(workspace, "scripts/stop.sh", "#!/bin/sh\n");
        TestFiles.executable(workspace, "tools/configure.sh", "#!/bin/sh\n");
        TestFiles.link(workspace, "bin", "tools");
        TestFiles.link(workspace, "tools/configure", "configure.sh");

        assertThat(checkServer()).isEmpty();
    }

    @Test
    void shouldSayWhereAnAppSpecOutsideTheRootWasFound() throws IOException {
        TestFiles.write(workspace, "other/deep/appspec.yml", "version: 0.0");
        TestFiles.write(workspace, "deploy/appspec.yml", "version: 0.0");

        assertThat(checkServer())
                .containsExactly("deploy/appspec.yml: No appspec.yml at the root of the bundle, but"
                        + " 'deploy/appspec.yml' is in the bundle (also found: other/deep/appspec.yml)."
                        + " CodeDeploy reads the AppSpec file only at the root: set the source folder to 'deploy' so"
                        + " that it becomes the bundle root, or move the file to the root of the source folder.");
    }

    @Test
    void shouldNameAMissingOrMisnamedAppSpec() throws IOException {
        TestFiles.write(workspace, "index.html", "<html/>");
        assertThat(checkServer())
                .containsExactly("appspec.yml: No appspec.yml at the root of the bundle: CodeDeploy needs its AppSpec"
                        + " file there (appspec.yml or appspec.yaml). Add it to the source folder, or check the source"
                        + " folder and the includes (the bundle has 1 entries).");

        TestFiles.write(workspace, "AppSpec.yml", "version: 0.0");
        assertThat(checkServer())
                .containsExactly("AppSpec.yml: No appspec.yml at the root of the bundle, but there is 'AppSpec.yml':"
                        + " the name is case-sensitive on Linux, rename it to appspec.yml.");
    }

    @Test
    void shouldRefuseTwoAppSpecsAtTheRoot() throws IOException {
        TestFiles.write(workspace, "appspec.yml", "version: 0.0\nos: linux\n");
        TestFiles.write(workspace, "appspec.yaml", "version: 0.0\nos: linux\n");

        assertThat(checkServer())
                .containsExactly("appspec.yml: both appspec.yml and appspec.yaml are at the bundle root: keep only"
                        + " one, so that there is no doubt which one CodeDeploy reads.");
    }

    @Test
    void shouldReportInvalidYamlWithItsLine() throws IOException {
        TestFiles.write(workspace, "appspec.yml", "version: 0.0\nos: linux\nhooks:\n\tAfterInstall:\n");

        assertThat(checkServer())
                .singleElement()
                .satisfies(problem -> assertThat(problem)
                        .startsWith("appspec.yml:4: is not valid YAML: found character '\\t(TAB)' that cannot start"
                                + " any token")
                        .endsWith("Fix the YAML there; indent with spaces, never tabs."));
    }

    @Test
    void shouldCheckVersionAndOs() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: "0.0"
                os: Linux
                """);
        assertThat(checkServer())
                .containsExactly(
                        "appspec.yml:1: 'version' is the text \"0.0\", but CodeDeploy compares it with the number"
                                + " 0.0: write version: 0.0 without quotes.",
                        "appspec.yml:2: 'os: Linux' is not an operating system CodeDeploy knows: use linux or"
                                + " windows, in lower case.");

        TestFiles.write(workspace, "appspec.yml", "version: 1.0\n");
        assertThat(checkServer())
                .containsExactly(
                        "appspec.yml:1: 'version: 1.0' is not supported: the only AppSpec version is 0.0.",
                        "appspec.yml:1: has no 'os': add 'os: linux' (or 'os: windows' for Windows Server).");
    }

    @Test
    void shouldCheckTheSourcesOfFiles() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: linux
                files:
                  - source: dist/app
                    destination: /opt/app
                  - source: Config
                    destination: /etc/app
                  - source: ../outside
                    destination: /tmp
                  - source: /
                """);
        TestFiles.write(workspace, "config/app.conf", "key=value");

        assertThat(checkServer())
                .containsExactly(
                        "appspec.yml:4: source 'dist/app' is not in the bundle: sources are relative to the bundle"
                                + " root ('/' for all of it); check the path, and the includes and excludes.",
                        "appspec.yml:6: source 'Config' is not in the bundle (there is 'config': names are"
                                + " case-sensitive): sources are relative to the bundle root ('/' for all of it);"
                                + " check the path, and the includes and excludes.",
                        "appspec.yml:8: source '../outside' leaves the bundle: sources are relative to the bundle"
                                + " root.",
                        "appspec.yml:10: this 'files' entry has no destination: add 'destination:' with the folder"
                                + " on the instance to copy it to.");
    }

    @Test
    void shouldCheckHookNamesScriptsAndTimeouts() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: linux
                hooks:
                  AfterInstal:
                    - location: scripts/a.sh
                  Install:
                    - location: scripts/a.sh
                  BeforeELBRemove:
                    - location: scripts/a.sh
                  BeforeInstall:
                    - location: scripts/missing.sh
                    - location: scripts/plain.sh
                    - location: scripts
                    - timeout: 60
                    - location: scripts/run.sh
                  AfterInstall:
                    - location: scripts/a.sh
                      timeout: 7200
                    - location: scripts/a.sh
                      timeout: 5m
                  ApplicationStart:
                    - location: scripts/a.sh
                      timeout: 3000
                    - location: /scripts/a.sh
                      timeout: 900
                  ValidateService:
                """);
        TestFiles.executable(workspace, "scripts/a.sh", "#!/bin/sh\n");
        TestFiles.executable(workspace, "scripts/Run.sh", "#!/bin/sh\n");
        TestFiles.write(workspace, "scripts/plain.sh", "#!/bin/sh\n");

        assertThat(checkServer())
                .containsExactly(
                        "appspec.yml:4: 'AfterInstal' is not a lifecycle event, so its scripts never run; did you"
                                + " mean 'AfterInstall'?",
                        "appspec.yml:6: 'Install' is reserved for CodeDeploy's own work and runs no scripts: use"
                                + " BeforeInstall or AfterInstall instead.",
                        "appspec.yml:8: 'BeforeELBRemove' is an old name CodeDeploy no longer runs: use"
                                + " 'BeforeBlockTraffic'.",
                        "appspec.yml:11: script 'scripts/missing.sh' of 'BeforeInstall' is not in the bundle:"
                                + " locations are relative to the bundle root; check the path, and the includes and"
                                + " excludes.",
                        "appspec.yml:12: script 'scripts/plain.sh' of 'BeforeInstall' is not executable (mode 0644):"
                                + " make it executable (chmod +x scripts/plain.sh; in git: git update-index"
                                + " --chmod=+x scripts/plain.sh). Otherwise the agent has to change its mode itself,"
                                + " which fails where it may not.",
                        "appspec.yml:13: 'scripts' of 'BeforeInstall' is a folder: give the script itself.",
                        "appspec.yml:14: a script of 'BeforeInstall' has no location: add 'location:' with the"
                                + " script's path in the bundle, for example scripts/start.sh.",
                        "appspec.yml:15: script 'scripts/run.sh' of 'BeforeInstall' is not in the bundle (there is"
                                + " 'scripts/Run.sh': names are case-sensitive): locations are relative to the bundle"
                                + " root; check the path, and the includes and excludes.",
                        "appspec.yml:18: timeout '7200' of a script of 'AfterInstall' must be a whole number of"
                                + " seconds from 1 to 3600.",
                        "appspec.yml:20: timeout '5m' of a script of 'AfterInstall' must be a whole number of"
                                + " seconds from 1 to 3600.",
                        "appspec.yml:21: the timeouts of the scripts of 'ApplicationStart' add up to 3900 seconds,"
                                + " but CodeDeploy allows at most 3600 for all scripts of one lifecycle event: shorten"
                                + " them.",
                        "appspec.yml:26: 'ValidateService' lists no scripts: add '- location: scripts/...' under it,"
                                + " or remove it.");
    }

    @Test
    void shouldApplyTheWindowsRules() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: windows
                files:
                  - source: /
                    destination: C:\\inetpub\\app
                permissions:
                  - object: C:\\inetpub\\app
                hooks:
                  AfterInstall:
                    - location: scripts\\install.ps1
                      runas: Administrator
                """);
        TestFiles.write(workspace, "scripts/install.ps1", "Write-Host installed");

        assertThat(check(ComputePlatform.SERVER, BundleFormat.TGZ))
                .containsExactly(
                        "appspec.yml:6: 'permissions' only works on Linux instances; on Windows the agent fails the"
                                + " deployment: remove the section.",
                        "appspec.yml:2: the CodeDeploy agent on Windows does not support tgz bundles (it reads only"
                                + " part of a multi-member gzip, and warns that unpacking may fail): bundle as zip"
                                + " for Windows instances.",
                        "appspec.yml:11: 'runas' is not supported on Windows: remove it.");
    }

    @Test
    void shouldReportUnknownSectionsAndRepeatedKeys() throws IOException {
        TestFiles.write(workspace, "appspec.yml", """
                version: 0.0
                os: linux
                hook:
                  AfterInstall: []
                os: linux
                """);

        assertThat(checkServer())
                .containsExactly(
                        "appspec.yml:5: 'os' is given again (first on line 2): this one replaces the first; merge"
                                + " them into one.",
                        "appspec.yml:3: 'hook' is not an AppSpec section, so CodeDeploy ignores it; did you mean"
                                + " 'hooks'?");
    }

    @Test
    void shouldCheckLambdaAndEcsAppSpecs() throws IOException {
        TestFiles.write(workspace, "appspec.yaml", """
                version: 0.0
                Resources:
                  - myLambdaFunction:
                      Type: AWS::Lambda::Function
                      Properties:
                        Name: "myLambdaFunction"
                        Alias: "live"
                        CurrentVersion: "1"
                        TargetVersion: "2"
                Hooks:
                  - BeforeAllowTraffic: "ValidateBeforeTrafficShift"
                  - AfterAllowTraffic: "ValidateAfterTrafficShift"
                """);
        assertThat(check(ComputePlatform.LAMBDA, BundleFormat.ZIP)).isEmpty();

        TestFiles.write(workspace, "appspec.yaml", """
                version: 0.0
                Hooks:
                  - BeforeInstall: "CheckSomething"
                  - AfterAllowTraffic:
                """);
        assertThat(check(ComputePlatform.LAMBDA, BundleFormat.ZIP))
                .containsExactly(
                        "appspec.yaml:1: needs a 'Resources' list naming the Lambda function to deploy.",
                        "appspec.yaml:3: 'BeforeInstall' is not a lifecycle event of Lambda deployments"
                                + " (BeforeAllowTraffic, AfterAllowTraffic).",
                        "appspec.yaml:4: 'AfterAllowTraffic' names no Lambda function: give the name or ARN of the"
                                + " function that validates this step.");
    }

    @Test
    void shouldReadAnEcsAppSpecWrittenAsJson() throws IOException {
        TestFiles.write(workspace, "appspec.json", """
                {
                  "version": 0.0,
                  "Resources": [
                    {"TargetService": {"Type": "AWS::ECS::Service", "Properties": {
                      "TaskDefinition": "arn:aws:ecs:eu-west-1:111122223333:task-definition/app:7",
                      "LoadBalancerInfo": {"ContainerName": "app", "ContainerPort": 8080}}}}
                  ],
                  "Hooks": [{"AfterAllowTestTraffic": "CheckTestTraffic"}]
                }
                """);

        assertThat(check(ComputePlatform.ECS, BundleFormat.ZIP)).isEmpty();
        assertThat(checkServer()).singleElement().asString().startsWith("appspec.yml: No appspec.yml");
    }
}
