/**
 * Jenkins-free core: the statistical canary judge. Compares each metric of the canary (experiment) with the
 * production (control) group by a Mann-Whitney U test and effect-size limits, scores the metrics Kayenta's way and
 * reads them from CloudWatch as an optional alert source of the canary watch.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.canary.judge;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
