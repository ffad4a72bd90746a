package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.ClassNode;
import edu.hm.hafner.coverage.Coverage.CoverageBuilder;
import edu.hm.hafner.coverage.FileNode;
import edu.hm.hafner.coverage.MethodNode;
import edu.hm.hafner.coverage.Metric;
import edu.hm.hafner.coverage.ModuleNode;
import edu.hm.hafner.coverage.Node;
import edu.hm.hafner.coverage.PackageNode;
import edu.hm.hafner.coverage.Value;
import edu.hm.hafner.util.TreeString;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.Element;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.FileEntry;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.PackageEntry;
import java.util.Objects;

/**
 * Builds coverage-model's tree of a {@link CoberturaReport}: the tree coverage-model's CoberturaParser builds for the
 * same report (equal by {@link Node#equals}), for merging several reports with coverage-model.
 */
final class CoberturaTree {
    private static final String MODULE_NAME = "-"; // Cobertura has no module names

    private CoberturaTree() {}

    static ModuleNode of(CoberturaReport report) {
        ModuleNode root = new ModuleNode(MODULE_NAME);
        report.sources().forEach(root::addSource);
        for (PackageEntry packageEntry : report.packages()) {
            PackageNode packageNode = new PackageNode(packageEntry.name());
            root.addChild(packageNode);
            for (FileEntry file : packageEntry.files()) {
                packageNode.addChild(fileNode(file));
            }
        }
        return root;
    }

    private static FileNode fileNode(FileEntry file) {
        FileNode node = new FileNode(file.name(), TreeString.valueOf(file.relativePath()));
        for (int[] triples : file.counters()) {
            for (int i = 0; i < triples.length; i += 3) {
                node.addCounters(triples[i], triples[i + 1], triples[i + 2]);
            }
        }
        for (Element element : file.classes()) {
            ClassNode classNode = new ClassNode(element.name());
            node.addChild(classNode);
            addValuesAndMethods(classNode, element);
        }
        return node;
    }

    private static void addValuesAndMethods(Node node, Element element) {
        if (element.hasComplexity()) {
            node.addValue(new Value(Metric.CYCLOMATIC_COMPLEXITY, element.complexity()));
        }
        node.addValue(coverage(Metric.LINE, element.line()));
        if (element.branch().isSet()) {
            node.addValue(coverage(Metric.BRANCH, element.branch()));
        }
        for (Element method : element.methods()) {
            MethodNode methodNode = new MethodNode(method.name(), Objects.requireNonNull(method.signature()));
            node.addChild(methodNode);
            addValuesAndMethods(methodNode, method);
        }
    }

    private static Value coverage(Metric metric, Counts counts) {
        return new CoverageBuilder(metric)
                .withCovered(Math.toIntExact(counts.covered()))
                .withMissed(Math.toIntExact(counts.missed()))
                .build();
    }
}
