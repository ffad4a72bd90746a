package io.jenkins.plugins.canarydeploy.quality;

import static org.assertj.core.api.Assertions.assertThat;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceChoiceTest {
    @Test
    void shouldTakeTheNewestBuildThatSucceededWithResults() {
        List<Build> newestFirst = List.of(
                new Build(7, null, true),
                new Build(6, "UNSTABLE", true),
                new Build(5, "FAILURE", true),
                new Build(4, "ABORTED", true),
                new Build(3, "SUCCESS", false),
                new Build(2, "SUCCESS", true),
                new Build(1, "SUCCESS", true));

        assertThat(choose(newestFirst.iterator()))
                .hasValueSatisfying(build -> assertThat(build.number()).isEqualTo(2));
    }

    @Test
    void shouldFindNoneWhenNoBuildQualifies() {
        assertThat(choose(List.of(new Build(2, "UNSTABLE", true), new Build(1, "SUCCESS", false))
                        .iterator()))
                .isEmpty();
        assertThat(choose(List.<Build>of().iterator())).isEmpty();
    }

    @Test
    void shouldLookAtNoMoreBuildsThanTheLimit() {
        Counting builds = new Counting(ReferenceChoice.MAX_BUILDS_SEARCHED + 1);

        assertThat(choose(builds)).as("the only good build is one too far back").isEmpty();
        assertThat(builds.taken).isEqualTo(ReferenceChoice.MAX_BUILDS_SEARCHED);
    }

    @Test
    void shouldAcceptTheFullNameOfAJobOrNone() {
        assertThat(ReferenceChoice.jobNameProblem(null)).isEmpty();
        assertThat(ReferenceChoice.jobNameProblem(" ")).isEmpty();
        assertThat(ReferenceChoice.jobNameProblem("bucketlist/main")).isEmpty();
        assertThat(ReferenceChoice.jobNameProblem("/bucketlist/main"))
                .hasValueSatisfying(problem -> assertThat(problem)
                        .startsWith(
                                "'/bucketlist/main' is not a job's full name: give it without leading or trailing"));
        assertThat(ReferenceChoice.jobNameProblem("../main"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("is a relative name"));
    }

    @Test
    void shouldSayWhyThereIsNoReference() {
        assertThat(ReferenceChoice.missing("coverage", ""))
                .startsWith("No reference build: none of the last 100 builds of this job ended SUCCESS with coverage");
        assertThat(ReferenceChoice.missing("lint results", "bucketlist/main")).contains("of the job 'bucketlist/main'");
        assertThat(ReferenceChoice.unknownJob(" main "))
                .startsWith("There is no job 'main' that this build may read")
                .contains("'referenceJob'");
    }

    private static Optional<Build> choose(Iterator<Build> builds) {
        return ReferenceChoice.choose(builds, Build::result, Build::recorded);
    }

    private record Build(int number, @CheckForNull String result, boolean recorded) {}

    /** Old builds that failed, then one that qualifies, made as they are asked for. */
    private static final class Counting implements Iterator<Build> {
        private final int goodAt;
        private int taken;

        Counting(int goodAt) {
            this.goodAt = goodAt;
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Build next() {
            taken++;
            return new Build(1000 - taken, taken == goodAt ? "SUCCESS" : "FAILURE", true);
        }
    }
}
