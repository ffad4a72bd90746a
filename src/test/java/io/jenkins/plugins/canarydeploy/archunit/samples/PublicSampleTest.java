package io.jenkins.plugins.canarydeploy.archunit.samples;

/** Breaks the rules on purpose: a public test class (it holds no tests; the architecture tests import it). */
public class PublicSampleTest {}
