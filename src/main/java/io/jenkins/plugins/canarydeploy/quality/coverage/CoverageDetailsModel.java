package io.jenkins.plugins.canarydeploy.quality.coverage;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The details page: tables of packages and files, one column per metric that any row has. Each cell carries its
 * text and its number, so that tables can sort by coverage.
 */
public final class CoverageDetailsModel {
    private final List<CoverageMetric> columns;
    private final List<Row> packages;
    private final List<Row> files;

    public CoverageDetailsModel(CoverageResult result) {
        Set<CoverageMetric> present = EnumSet.noneOf(CoverageMetric.class);
        result.getPackages().forEach(row -> row.getCounters().forEach(c -> present.add(c.getMetric())));
        result.getFiles().forEach(row -> row.getCounters().forEach(c -> present.add(c.getMetric())));
        this.columns = List.copyOf(present);
        this.packages = rows(result.getPackages());
        this.files = rows(result.getFiles());
    }

    private List<Row> rows(List<CoverageRow> rows) {
        List<Row> list = new ArrayList<>(rows.size());
        for (CoverageRow row : rows) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (CoverageMetric metric : columns) {
                cells.add(new Cell(row.counter(metric)));
            }
            list.add(new Row(row.getName(), row.getPackageName(), cells));
        }
        return List.copyOf(list);
    }

    /** The column headings, e.g. "Line", "Branch". */
    public List<String> getColumns() {
        return columns.stream().map(CoverageMetric::label).toList();
    }

    public List<Row> getPackages() {
        return packages;
    }

    public List<Row> getFiles() {
        return files;
    }

    /** One package or file with a cell per column. */
    public static final class Row {
        private final String name;
        private final String packageName;
        private final List<Cell> cells;

        Row(String name, String packageName, List<Cell> cells) {
            this.name = name;
            this.packageName = packageName;
            this.cells = List.copyOf(cells);
        }

        public String getName() {
            return name;
        }

        public String getPackageName() {
            return packageName;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** One metric of one row; empty texts and a percentage of -1 when the row has no such metric. */
    public static final class Cell {
        private final Optional<CoverageCounter> counter;

        Cell(Optional<CoverageCounter> counter) {
            this.counter = counter;
        }

        public String getPercentageText() {
            return counter.map(CoverageCounter::getPercentageText).orElse("");
        }

        public String getCountText() {
            return counter.map(CoverageCounter::getCountText).orElse("");
        }

        public double getPercentage() {
            return counter.map(CoverageCounter::getPercentage).orElse(-1.0);
        }
    }
}
