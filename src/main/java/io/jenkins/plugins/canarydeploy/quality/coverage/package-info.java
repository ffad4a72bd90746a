/**
 * Jenkins-free core: finds coverage reports on the agent, parses and merges them with coverage-model (Cobertura
 * reports with a faster streaming reader that gives the same result), and keeps a compact result (totals, packages,
 * files) with its view models and trend chart data.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
