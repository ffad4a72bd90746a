package io.jenkins.plugins.canarydeploy.quality.lint;

import edu.hm.hafner.analysis.ParsingException;
import edu.hm.hafner.analysis.ReaderFactory;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Gives analysis-model a part of a UTF-8 text report: the bytes from {@code start} up to {@code end}. */
final class FileRangeReaderFactory extends ReaderFactory {
    private final Path file;
    private final long start;
    private final long end;

    FileRangeReaderFactory(Path file, long start, long end) {
        super(StandardCharsets.UTF_8);
        this.file = file;
        this.start = start;
        this.end = end;
    }

    @Override
    public String getFileName() {
        return file.toAbsolutePath().toString().replace('\\', '/');
    }

    @Override
    public Reader create() {
        try {
            InputStream in = Files.newInputStream(file);
            try {
                in.skipNBytes(start);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            return new InputStreamReader(new BufferedInputStream(new Limited(in, end - start)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParsingException(e, "Can't read bytes %d to %d of '%s'", start, end, getFileName());
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class Limited extends FilterInputStream {
        private long remaining;

        Limited(InputStream in, long remaining) {
            super(in);
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(read, 0);
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }
    }
}
