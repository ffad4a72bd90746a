package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.io.FilenameUtils;

/**
 * A Cobertura report as {@link CoberturaReader} reads it: packages, files, classes and methods with the values
 * coverage-model's CoberturaParser gives the same nodes, in the same order. Children are found by name through maps;
 * a name that coverage-model would refuse as a duplicate ends the reading with {@link UnusualReportException}.
 */
final class CoberturaReport {
    private final List<String> sources = new ArrayList<>();
    private final Map<String, PackageEntry> packages = new LinkedHashMap<>();

    List<String> sources() {
        return sources;
    }

    void addSource(String source) {
        sources.add(source);
    }

    List<PackageEntry> packages() {
        return List.copyOf(packages.values());
    }

    /** The package of this (normalized) name, created on first use like coverage-model's findOrCreatePackageNode. */
    PackageEntry packageNamed(String name) {
        return packages.computeIfAbsent(name, PackageEntry::new);
    }

    /** One package: its files in the order they were first named. */
    static final class PackageEntry {
        private final String name;
        private final List<FileEntry> files = new ArrayList<>();
        private final Map<String, List<FileEntry>> filesByPath = new HashMap<>();
        private final Set<String> fileIds = new HashSet<>();

        private PackageEntry(String name) {
            this.name = name;
        }

        String name() {
            return name;
        }

        List<FileEntry> files() {
            return files;
        }

        /**
         * The file with this name and relative path, created on first use. Matches like coverage-model's
         * findOrCreateFileNode: same relative path, and the name equals the file's name or the last part of its path.
         */
        FileEntry file(String fileName, String relativePath) {
            List<FileEntry> samePath = filesByPath.computeIfAbsent(relativePath, path -> new ArrayList<>(1));
            for (FileEntry file : samePath) {
                if (file.name.equals(fileName)
                        || FilenameUtils.getName(relativePath).equals(fileName)) {
                    return file;
                }
            }
            FileEntry file = new FileEntry(FilenameUtils.getName(fileName), relativePath);
            if (!fileIds.add(relativePath + file.name)) {
                throw new UnusualReportException("two files of package '" + name + "' share one id");
            }
            samePath.add(file);
            files.add(file);
            return file;
        }
    }

    /** One source file: its classes and, for coverage-model's tree, the line counters its classes set. */
    static final class FileEntry {
        private final String name;
        private final String relativePath;
        private final List<Element> classes = new ArrayList<>();
        private final Set<String> classNames = new HashSet<>();
        private final List<int[]> counters = new ArrayList<>();

        private FileEntry(String name, String relativePath) {
            this.name = name;
            this.relativePath = relativePath;
        }

        String name() {
            return name;
        }

        String relativePath() {
            return relativePath;
        }

        List<Element> classes() {
            return classes;
        }

        Element addClass(String className) {
            if (!classNames.add(className)) {
                throw new UnusualReportException("class '" + className + "' appears twice in '" + relativePath + "'");
            }
            Element element = new Element(className, null);
            classes.add(element);
            return element;
        }

        /** Line counters as triples (line, covered, missed), set in this order: a later triple replaces an earlier. */
        void addCounters(int[] triples) {
            counters.add(triples);
        }

        List<int[]> counters() {
            return counters;
        }
    }

    /**
     * A class (without signature) or a method (with one): its own values, its methods, and the values coverage-model
     * derives from them when it aggregates (its own value first, else the sum over its methods).
     */
    static final class Element {
        private final String name;

        @CheckForNull
        private final String signature;

        private final List<Element> methods = new ArrayList<>();
        private final Set<String> methodIds = new HashSet<>();
        private boolean complexitySet;
        private int complexity;
        private final Counts line = new Counts();
        private final Counts branch = new Counts();
        private final Counts branchValue = new Counts();
        private final Counts methodCoverage = new Counts();
        private long complexityValue;
        private boolean complexityValueSet;

        private Element(String name, @CheckForNull String signature) {
            this.name = name;
            this.signature = signature;
        }

        String name() {
            return name;
        }

        @CheckForNull
        String signature() {
            return signature;
        }

        List<Element> methods() {
            return methods;
        }

        Element addMethod(String methodName, String methodSignature) {
            if (!methodIds.add(methodName + methodSignature)) {
                throw new UnusualReportException("method '" + methodName + methodSignature + "' appears twice");
            }
            Element method = new Element(methodName, methodSignature);
            methods.add(method);
            return method;
        }

        void setComplexity(int value) {
            complexitySet = true;
            complexity = value;
        }

        boolean hasComplexity() {
            return complexitySet;
        }

        int complexity() {
            return complexity;
        }

        /** Own line coverage: always set, even when 0 of 0. */
        Counts line() {
            return line;
        }

        /** Own branch coverage: present only when it counts at least one branch. */
        Counts branch() {
            return branch;
        }

        /** Sets the own values and derives the aggregated ones; the methods must be finished before. */
        void finish(long lineCovered, long lineMissed, long branchCovered, long branchMissed) {
            line.add(lineCovered, lineMissed);
            if (branchCovered + branchMissed > 0) {
                branch.add(branchCovered, branchMissed);
                branchValue.add(branch);
            } else {
                methods.forEach(method -> branchValue.add(method.branchValue));
            }
            if (complexitySet) {
                complexityValueSet = true;
                complexityValue = complexity;
            } else {
                for (Element method : methods) {
                    complexityValueSet |= method.complexityValueSet;
                    complexityValue += method.complexityValue;
                }
            }
            methods.forEach(method -> methodCoverage.add(method.methodCoverage));
            if (signature != null) {
                methodCoverage.addOne(isCovered());
            }
        }

        /** Branch coverage as coverage-model aggregates it: the own value, else the sum over the methods. */
        Counts branchValue() {
            return branchValue;
        }

        /** Covered methods among this method (if it is one) and all methods below. */
        Counts methodCoverage() {
            return methodCoverage;
        }

        boolean hasComplexityValue() {
            return complexityValueSet;
        }

        long complexityValue() {
            return complexityValue;
        }

        /** Whether coverage-model counts this class or method as covered: a covered line or branch. */
        boolean isCovered() {
            return line.covered() > 0 || branchValue.covered() > 0;
        }
    }
}
