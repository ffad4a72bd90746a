package io.jenkins.plugins.canarydeploy.quality.lint;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a report file is, told from its start before any parser sees it: whether it is empty, whether it looks like
 * XML, and whether its prolog (what comes before the root element) declares a document type. A DOCTYPE is where
 * external entities and DTDs are declared, so such reports are refused before parsing, however long the prolog is.
 * Bytes are read as ISO-8859-1 with NUL bytes skipped, so that the ASCII markup of UTF-16 and UTF-32 files is seen.
 */
final class ReportPrefix {
    private static final int EOF = -1;

    private final boolean empty;
    private final boolean xml;
    private final boolean doctype;

    private ReportPrefix(boolean empty, boolean xml, boolean doctype) {
        this.empty = empty;
        this.xml = xml;
        this.doctype = doctype;
    }

    static ReportPrefix read(Path file) throws IOException {
        try (Markup in = new Markup(new BufferedInputStream(Files.newInputStream(file)))) {
            int first = in.skipSpace();
            if (first == EOF) {
                return new ReportPrefix(true, false, false);
            }
            return new ReportPrefix(false, first == '<', first == '<' && in.prologDeclaresDoctype());
        }
    }

    /** No bytes, or only white space. */
    boolean isEmpty() {
        return empty;
    }

    /** Starts with '<' after white space and a byte order mark. */
    boolean looksLikeXml() {
        return xml;
    }

    /** Whether the prolog holds a {@code <!DOCTYPE ...>} (or any other markup declaration). */
    boolean declaresDoctype() {
        return doctype;
    }

    /** Reads markup characters: ISO-8859-1, NUL bytes skipped. */
    private static final class Markup implements AutoCloseable {
        private final InputStream in;

        Markup(InputStream in) {
            this.in = in;
        }

        int next() throws IOException {
            int c = in.read();
            while (c == 0) {
                c = in.read();
            }
            return c;
        }

        /** The first character that is neither white space nor part of a byte order mark. */
        int skipSpace() throws IOException {
            int c = next();
            while (c != EOF && (Character.isWhitespace(c) || c == 0xEF || c == 0xBB || c == 0xBF || c >= 0xFE)) {
                c = next();
            }
            return c;
        }

        /** Called after the first '<': walks processing instructions and comments up to the root element. */
        boolean prologDeclaresDoctype() throws IOException {
            int c = '<';
            while (c == '<') {
                int kind = next();
                if (kind == '?') {
                    skipPast("?>");
                } else if (kind == '!') {
                    if (next() != '-' || next() != '-') {
                        return true; // <!DOCTYPE, or some other declaration no report needs
                    }
                    skipPast("-->");
                } else {
                    return false; // the root element: the prolog is over
                }
                c = skipSpace();
            }
            return false;
        }

        private void skipPast(String end) throws IOException {
            StringBuilder last = new StringBuilder(end.length() + 1);
            for (int c = next(); c != EOF; c = next()) {
                last.append((char) c);
                if (last.length() > end.length()) {
                    last.deleteCharAt(0);
                }
                if (end.contentEquals(last)) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
