/**
 * Jenkins-free core of lint results: finds report files by Ant pattern, parses them with analysis-model's parsers,
 * keeps counts by severity and a capped issues table, tells new and fixed issues against a reference result, stores
 * results as JSON and builds the view models and trend chart data of the build and job pages.
 */
@DefaultAnnotation(NonNull.class)
package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.umd.cs.findbugs.annotations.DefaultAnnotation;
import edu.umd.cs.findbugs.annotations.NonNull;
