package io.jenkins.plugins.canarydeploy.quality.lint;

/** The lint result of one build, for trend charts. */
public record BuildLintResult(int buildNumber, LintResult result) {}
