package io.jenkins.plugins.canarydeploy.quality;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.validation.Texts;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which earlier build a recording compares with, for DELTA gates, the changes on the build page and new issues: the
 * newest build that ended SUCCESS and recorded results of the same kind. Builds still running, UNSTABLE, FAILURE,
 * ABORTED or NOT_BUILT are passed over, so that a decline is always measured against a build that met its gates
 * and not against one that was already marked for a decline. Looks at no more than {@link #MAX_BUILDS_SEARCHED}
 * builds.
 */
public final class ReferenceChoice {
    /** The field that names another job to take the reference build from. */
    public static final String REFERENCE_JOB = "referenceJob";

    /** How many earlier builds are looked at, at most, to find one with results. */
    public static final int MAX_BUILDS_SEARCHED = 100;

    private ReferenceChoice() {}

    /**
     * The reference among earlier builds.
     *
     * @param newestFirst the builds to consider, newest first (of this job before this build, or of the reference
     *     job)
     * @param result a build's result as Jenkins names it ("SUCCESS", "UNSTABLE", ...); null while it runs
     * @param recorded whether a build recorded results of the kind at hand
     */
    public static <B> Optional<B> choose(Iterator<B> newestFirst, Function<B, String> result, Predicate<B> recorded) {
        for (int searched = 0; searched < MAX_BUILDS_SEARCHED && newestFirst.hasNext(); searched++) {
            B build = newestFirst.next();
            if ("SUCCESS".equals(result.apply(build)) && recorded.test(build)) {
                return Optional.of(build);
            }
        }
        return Optional.empty();
    }

    /** Why there is no reference build, for the build log; {@code job} is "" for the build's own job. */
    public static String missing(String results, String job) {
        String where = job.isEmpty() ? "this job" : "the job '" + job + "'";
        return "No reference build: none of the last " + MAX_BUILDS_SEARCHED + " builds of " + where + " ended SUCCESS"
                + " with " + results + " recorded, so DELTA gates are not evaluated and no changes are shown.";
    }

    /** What is wrong with the name of the reference job, naming the fix; blank (this job) is fine. */
    public static Optional<String> jobNameProblem(@CheckForNull String name) {
        String value = Texts.strip(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.startsWith("/") || value.endsWith("/") || value.contains("//")) {
            return Optional.of("'" + value + "' is not a job's full name: give it without leading or trailing '/',"
                    + " for example 'bucketlist/main', or leave it empty to compare with this job's builds.");
        }
        if (value.equals("..") || value.startsWith("../") || value.contains("/../") || value.endsWith("/..")) {
            return Optional.of("'" + value + "' is a relative name: give the job's full name, for example"
                    + " 'bucketlist/main', or leave it empty to compare with this job's builds.");
        }
        return Optional.empty();
    }

    /** The message for a reference job that does not exist or that this build may not read. */
    public static String unknownJob(String name) {
        return "There is no job '" + Texts.strip(name) + "' that this build may read: give the full name of the job"
                + " whose last successful build is the reference (for example 'bucketlist/main'), or leave '"
                + REFERENCE_JOB + "' empty to compare with this job's builds.";
    }
}
