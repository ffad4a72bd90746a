package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.Report;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parses a large report of a tool that writes one issue per line in parts of about {@link #CHUNK_BYTES}, cut at line
 * ends, several at a time, and hands their issues on in file order. Only a few parts are held at once, so memory
 * stays bounded however large the report is. Identical issues in different parts are not merged as analysis-model
 * merges them within one report.
 */
final class ChunkedParse {
    /** Tools whose parsers read each line on its own, so that a report can be cut at any line end. */
    static final Set<String> LINE_BY_LINE_TOOLS = Set.of("pylint", "flake8");

    static final long CHUNK_BYTES = 4L << 20;

    private final Supplier<IssueParser> parsers;
    private final ExecutorService executor;
    private final int parallel;

    ChunkedParse(Supplier<IssueParser> parsers, ExecutorService executor, int parallel) {
        this.parsers = parsers;
        this.executor = executor;
        this.parallel = parallel;
    }

    /** Parses the file part by part; returns how many issues it had. */
    int parse(Path file, long size, Consumer<Report> issues) throws IOException {
        Deque<Future<Report>> pending = new ArrayDeque<>();
        int count = 0;
        for (long[] range : ranges(file, size)) {
            pending.add(
                    executor.submit(() -> parsers.get().parse(new FileRangeReaderFactory(file, range[0], range[1]))));
            if (pending.size() >= parallel) {
                count += next(pending, issues);
            }
        }
        while (!pending.isEmpty()) {
            count += next(pending, issues);
        }
        return count;
    }

    private static int next(Deque<Future<Report>> pending, Consumer<Report> issues) throws IOException {
        try {
            Report report = pending.removeFirst().get();
            issues.accept(report);
            return report.size();
        } catch (InterruptedException e) {
            pending.forEach(future -> future.cancel(true));
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while parsing");
        } catch (ExecutionException e) {
            pending.forEach(future -> future.cancel(true));
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parts of about {@link #CHUNK_BYTES}, each ending just after a line feed (or at the end of the file). */
    static List<long[]> ranges(Path file, long size) throws IOException {
        List<long[]> ranges = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            long start = 0;
            while (start < size) {
                long end =
                        start + CHUNK_BYTES >= size ? size : lineEndAfter(channel, start + CHUNK_BYTES, size, buffer);
                ranges.add(new long[] {start, end});
                start = end;
            }
        }
        return ranges;
    }

    private static long lineEndAfter(FileChannel channel, long position, long size, ByteBuffer buffer)
            throws IOException {
        long at = position;
        while (at < size) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                return size;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return size;
    }
}
