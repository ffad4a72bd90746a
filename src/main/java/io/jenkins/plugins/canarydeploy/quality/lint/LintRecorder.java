package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.IssueParser;
import io.jenkins.plugins.canarydeploy.quality.lint.ReportFinder.Found;
import io.jenkins.plugins.canarydeploy.quality.lint.ReportFinder.ReportFile;
import io.jenkins.plugins.canarydeploy.quality.lint.ReportReader.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Records lint results in a workspace, where the reports are (on the agent): finds each tool's report files by its
 * patterns, parses them with analysis-model and returns a compact {@link LintResult}, the only thing that has to
 * travel to the controller. Bad reports become errors in the result, naming the file and the fix; only invalid
 * settings and a missing workspace throw.
 */
public final class LintRecorder {
    private static final int MAX_THREADS = 4;

    private final LintSettings settings;
    private final LintTools tools;

    public LintRecorder(LintSettings settings) {
        this(settings, LintTools.registry());
    }

    LintRecorder(LintSettings settings, LintTools tools) {
        settings.check(tools).throwIfAny("Recording lint results");
        this.settings = settings;
        this.tools = tools;
    }

    /**
     * Reads the reports of every tool in the workspace. Large reports of line-by-line tools are parsed in parts on
     * up to four threads.
     *
     * @throws IOException if the workspace is not a readable folder; {@link java.io.InterruptedIOException} when
     *     the thread is interrupted, for example because the build was aborted
     */
    public LintResult record(Path workspace) throws IOException {
        if (!Files.isDirectory(workspace)) {
            throw new IOException("The workspace '" + workspace + "' is not a folder: lint reports are searched in"
                    + " the workspace of the build, so run this where the tools wrote their reports.");
        }
        ReportFinder finder = new ReportFinder(workspace);
        SourceContext context = new SourceContext(workspace);
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        ExecutorService executor = Executors.newFixedThreadPool(threads, LintRecorder::parserThread);
        try {
            List<ToolResult> results = new ArrayList<>();
            for (LintTool tool : settings.getTools()) {
                results.add(record(tool, finder, context, new ChunkedParse(parsers(tool), executor, threads)));
            }
            return new LintResult(results);
        } finally {
            executor.shutdownNow();
        }
    }

    private static Thread parserThread(Runnable task) {
        Thread thread = new Thread(task, "lint-report-parser");
        thread.setDaemon(true);
        return thread;
    }

    private Supplier<IssueParser> parsers(LintTool tool) {
        return () -> tools.createParser(tool.getId());
    }

    private ToolResult record(LintTool tool, ReportFinder finder, SourceContext context, ChunkedParse chunks)
            throws IOException {
        String name = tools.name(tool.getId());
        String pattern = tool.effectivePattern(tools);
        ToolCollector collector = new ToolCollector(settings.getMaxRows(), context);
        Found found = finder.find(pattern);
        found.refused().forEach(problem -> collector.addError(name + ": " + problem));
        if (found.files().isEmpty() && found.refused().isEmpty()) {
            collector.addError(name + ": the pattern '" + pattern + "' matched no file in the workspace. Check that"
                    + " the tool ran and wrote its report there, and that the pattern is relative to the workspace"
                    + " (for example '**/" + exampleFile(tool.getId()) + "').");
        }
        boolean lineByLine = ChunkedParse.LINE_BY_LINE_TOOLS.contains(tool.getId());
        ReportReader reader =
                new ReportReader(name, parsers(tool), settings.maxReportBytes(), lineByLine ? chunks : null);
        for (ReportFile file : found.files()) {
            Outcome outcome = reader.read(file, collector::addIssues);
            if (outcome.read()) {
                collector.addReportFile(file.path());
            }
            outcome.error().ifPresent(collector::addError);
            outcome.note().ifPresent(collector::addNote);
        }
        return collector.result(tool.getId(), name);
    }

    private static String exampleFile(String id) {
        return switch (id) {
            case "checkstyle" -> "checkstyle-result.xml";
            case "pmd" -> "pmd.xml";
            case "spotbugs" -> "spotbugsXml.xml";
            case "eslint" -> "eslint.json";
            case "sarif" -> "*.sarif";
            default -> id + ".log";
        };
    }
}
