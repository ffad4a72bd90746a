package io.jenkins.plugins.canarydeploy.steps;

import io.jenkins.plugins.canarydeploy.quality.gate.GateOutcomes;
import java.util.Map;

/**
 * A recording done for a build: its gates' outcomes, to react to, and the value the Pipeline step returns.
 *
 * @param gates the outcomes of the step's quality gates
 * @param value the summary as plain maps and lists
 */
record QualityRecording(GateOutcomes gates, Map<String, Object> value) {}
