/**
 * Jenkins-free core: quality gates over named metric values (thresholds on totals and on deltas against a reference
 * build), shared by coverage and lint results.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.quality.gate;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
