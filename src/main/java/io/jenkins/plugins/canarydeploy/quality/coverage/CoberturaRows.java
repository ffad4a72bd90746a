package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.Metric;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.Element;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.FileEntry;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.PackageEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Condenses a {@link CoberturaReport} into a {@link CoverageResult}, giving what {@link ResultBuilder} gives for
 * coverage-model's tree of the same report, without building the tree: line coverage sums the classes' own lines,
 * branch coverage each class's own branches (else its methods'), and a method, class, file or package counts as
 * covered when it has a covered line or branch. LOC is the number of lines, complexity the sum as coverage-model
 * aggregates it.
 */
final class CoberturaRows {
    private CoberturaRows() {}

    static void fill(CoberturaReport report, CoverageResult.Builder result) {
        Sums total = new Sums();
        List<CoverageRow> packageRows = new ArrayList<>();
        List<CoverageRow> fileRows = new ArrayList<>();
        for (PackageEntry packageEntry : report.packages()) {
            Sums sums = new Sums();
            for (FileEntry file : packageEntry.files()) {
                Sums fileSums = sumsOf(file);
                fileRows.add(fileSums.row(pathOf(file), packageEntry.name(), false));
                sums.add(fileSums);
                sums.files.addOne(fileSums.isCovered());
            }
            if (sums.hasClasses) {
                sums.packages.addOne(sums.isCovered());
            }
            packageRows.add(sums.row(packageEntry.name(), "", true));
            total.add(sums);
        }
        total.counters(true, true).forEach(result::total);
        if (total.hasClasses) {
            result.otherValue(Metric.LOC.name(), total.lines.total());
        }
        if (total.hasComplexity) {
            result.otherValue(Metric.CYCLOMATIC_COMPLEXITY.name(), total.complexity);
        }
        packageRows.stream().sorted(Comparator.comparing(CoverageRow::getName)).forEach(result::packageRow);
        fileRows.stream().sorted(Comparator.comparing(CoverageRow::getName)).forEach(result::fileRow);
    }

    private static Sums sumsOf(FileEntry file) {
        Sums sums = new Sums();
        for (Element element : file.classes()) {
            sums.hasClasses = true;
            sums.lines.add(element.line());
            sums.branches.add(element.branchValue());
            sums.methods.add(element.methodCoverage());
            sums.classes.addOne(element.isCovered());
            sums.hasComplexity |= element.hasComplexityValue();
            sums.complexity += element.complexityValue();
        }
        return sums;
    }

    private static String pathOf(FileEntry file) {
        return file.relativePath().isEmpty() ? file.name() : file.relativePath();
    }

    /** The sums of a file, a package or the whole report. */
    private static final class Sums {
        private final Counts lines = new Counts();
        private final Counts branches = new Counts();
        private final Counts methods = new Counts();
        private final Counts classes = new Counts();
        private final Counts files = new Counts();
        private final Counts packages = new Counts();
        private boolean hasClasses;
        private boolean hasComplexity;
        private long complexity;

        void add(Sums other) {
            lines.add(other.lines);
            branches.add(other.branches);
            methods.add(other.methods);
            classes.add(other.classes);
            files.add(other.files);
            packages.add(other.packages);
            hasClasses |= other.hasClasses;
            hasComplexity |= other.hasComplexity;
            complexity += other.complexity;
        }

        boolean isCovered() {
            return lines.covered() > 0 || branches.covered() > 0;
        }

        CoverageRow row(String name, String packageName, boolean withFiles) {
            return new CoverageRow(name, packageName, counters(withFiles, false));
        }

        /** Counters in {@link CoverageMetric} order, for the metrics that count anything here. */
        List<CoverageCounter> counters(boolean withFiles, boolean withPackages) {
            List<CoverageCounter> counters = new ArrayList<>();
            add(counters, CoverageMetric.LINE, lines);
            add(counters, CoverageMetric.BRANCH, branches);
            add(counters, CoverageMetric.METHOD, methods);
            add(counters, CoverageMetric.CLASS, classes);
            if (withFiles) {
                add(counters, CoverageMetric.FILE, files);
            }
            if (withPackages) {
                add(counters, CoverageMetric.PACKAGE, packages);
            }
            return counters;
        }

        private static void add(List<CoverageCounter> counters, CoverageMetric metric, Counts counts) {
            if (counts.isSet()) {
                counters.add(new CoverageCounter(metric, (int) counts.covered(), (int) counts.missed()));
            }
        }
    }
}
