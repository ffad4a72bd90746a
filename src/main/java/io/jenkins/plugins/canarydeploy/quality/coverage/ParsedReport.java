package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.ModuleNode;

/**
 * One report as read: coverage-model's tree, or a Cobertura report read by {@link CoberturaReader}. A report recorded
 * alone is condensed directly; several are merged as coverage-model's trees.
 */
interface ParsedReport {
    /** coverage-model's tree of the report. */
    ModuleNode tree();

    /** Fills in totals, other values and rows when this report is the only one. */
    void fill(CoverageResult.Builder result);

    static ParsedReport of(ModuleNode tree) {
        return new ParsedReport() {
            @Override
            public ModuleNode tree() {
                return tree;
            }

            @Override
            public void fill(CoverageResult.Builder result) {
                ResultBuilder.fill(tree, result);
            }
        };
    }

    static ParsedReport of(CoberturaReport report) {
        return new ParsedReport() {
            @Override
            public ModuleNode tree() {
                return CoberturaTree.of(report);
            }

            @Override
            public void fill(CoverageResult.Builder result) {
                CoberturaRows.fill(report, result);
            }
        };
    }
}
