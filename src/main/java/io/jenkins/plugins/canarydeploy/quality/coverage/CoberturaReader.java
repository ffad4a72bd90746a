package io.jenkins.plugins.canarydeploy.quality.coverage;

import edu.hm.hafner.coverage.PackageNode;
import edu.hm.hafner.util.PathUtil;
import edu.hm.hafner.util.SecureXmlParserFactory;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.Element;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.FileEntry;
import io.jenkins.plugins.canarydeploy.quality.coverage.CoberturaReport.PackageEntry;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.lang3.StringUtils;

/**
 * Reads a Cobertura report in one pass over a StAX stream into a {@link CoberturaReport}, the way coverage-model's
 * CoberturaParser (0.66.0) reads it into its tree: the same elements in the same places, the same required
 * attributes, the same names (blank ones replaced by random ids), paths, merged lines and values. XML comes from
 * coverage-model's SecureXmlParserFactory (no DTDs, no external entities). Anything coverage-model would refuse, and
 * its rare quirks, end the reading with {@link UnusualReportException} or {@link XMLStreamException}: the caller then
 * lets coverage-model read the report and decide.
 */
final class CoberturaReader {
    private static final Pattern BRANCH_PATTERN = Pattern.compile(".*\\((?<covered>\\d+)/(?<total>\\d+)\\)");
    private static final PathUtil PATH_UTIL = new PathUtil();
    private static final String DETERMINISTIC_PATH_PREFIX = "/_/";

    private final XMLStreamReader xml;
    private final CoberturaReport report = new CoberturaReport();
    private final Map<String, FilePath> paths = new HashMap<>();
    private final List<LineTable> tables = new ArrayList<>();
    private int depth;
    private long items;
    private long complexities;

    private CoberturaReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static CoberturaReport read(Reader input) throws XMLStreamException {
        XMLStreamReader xml = new SecureXmlParserFactory().createXmlStreamReader(input);
        try {
            return new CoberturaReader(xml).readModule();
        } finally {
            xml.close();
        }
    }

    private CoberturaReport readModule() throws XMLStreamException {
        boolean empty = true;
        while (xml.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                if (isNamed("source")) {
                    readSource();
                } else if (isNamed("package")) {
                    readPackage(report.packageNamed(PackageNode.normalizePackageName(readName())));
                    empty = false;
                }
            }
        }
        if (empty) {
            throw new UnusualReportException("no package");
        }
        return report;
    }

    private void readSource() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                report.addSource(PATH_UTIL.getRelativePath(text.toString()));
                return;
            }
        }
    }

    /** Reads classes until the next end tag, whichever it is (as coverage-model does). */
    private void readPackage(PackageEntry packageEntry) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isNamed("class")) {
                    FilePath path = paths.computeIfAbsent(required("filename"), FilePath::of);
                    FileEntry file = packageEntry.file(path.fileName(), path.relativePath());
                    readElement(file, file.addClass(PackageNode.normalizePackageName(readName())));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** Reads a class or method up to the first {@code </class>} or {@code </method>}, with nested methods. */
    private void readElement(FileEntry file, Element element) throws XMLStreamException {
        String complexity = attribute("complexity");
        if (complexity != null) {
            element.setComplexity(complexity(complexity));
        }
        countItems(1);
        LineTable lines = table();
        while (xml.hasNext()) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (isNamed("line")) {
                    readLine(lines);
                } else if (isNamed("method")) {
                    String name = readName();
                    readElement(file, element.addMethod(name, required("signature")));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                boolean classEnd = isNamed("class");
                if (classEnd || isNamed("method")) {
                    lines.finish(element, classEnd ? file : null);
                    depth--;
                    return;
                }
            }
        }
        throw new UnusualReportException("the report ends inside a class");
    }

    private void readLine(LineTable lines) {
        String branch = attribute("branch");
        boolean isBranch = branch != null && Boolean.parseBoolean(branch);
        int covered;
        int missed;
        if (isBranch) {
            String condition = attribute("condition-coverage");
            Matcher matcher = condition == null ? null : BRANCH_PATTERN.matcher(condition);
            if (matcher == null) {
                covered = 2; // coverage-model's default for a branch line without condition coverage
                missed = 0;
            } else if (matcher.matches()) {
                covered = parseInteger(matcher.group("covered"));
                int total = parseInteger(matcher.group("total"));
                if (covered > total) {
                    throw new UnusualReportException("condition coverage '" + condition + "' covers more than all");
                }
                missed = total - covered;
            } else {
                covered = 0;
                missed = 0;
            }
        } else {
            covered = parseInteger(required("hits")) > 0 ? 1 : 0;
            missed = 1 - covered;
        }
        int number = parseInteger(required("number"));
        countItems(1L + covered + missed);
        lines.add(number, isBranch, covered, missed);
    }

    /** Guards the sums: coverage-model adds in int and fails on overflow; below this bound no sum overflows. */
    private void countItems(long count) {
        items += count;
        if (items > Integer.MAX_VALUE) {
            throw new UnusualReportException("more items than an int counts");
        }
    }

    private int complexity(String text) {
        int value;
        try {
            value = Math.round(Float.parseFloat(text)); // some reports use float values
        } catch (NumberFormatException e) {
            value = 0;
        }
        complexities += Math.abs((long) value);
        if (complexities > Integer.MAX_VALUE) {
            throw new UnusualReportException("complexity beyond an int");
        }
        return value;
    }

    private LineTable table() {
        if (depth == tables.size()) {
            tables.add(new LineTable());
        }
        return tables.get(depth++);
    }

    private int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new UnusualReportException("an entity reference");
        }
        return event;
    }

    private boolean isNamed(String localName) {
        return localName.equals(xml.getLocalName()) && isEmpty(xml.getNamespaceURI());
    }

    private String readName() {
        String name = required("name");
        return StringUtils.isBlank(name) ? UUID.randomUUID().toString() : name;
    }

    private String required(String localName) {
        String value = attribute(localName);
        if (value == null) {
            throw new UnusualReportException("the attribute '" + localName + "' is missing");
        }
        return value;
    }

    @CheckForNull
    private String attribute(String localName) {
        for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
            if (localName.equals(xml.getAttributeLocalName(i)) && isEmpty(xml.getAttributeNamespace(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static boolean isEmpty(@CheckForNull String namespace) {
        return namespace == null || namespace.isEmpty();
    }

    private static int parseInteger(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A class's file name and relative path, computed once per distinct attribute as coverage-model does. */
    private record FilePath(String fileName, String relativePath) {
        static FilePath of(String filename) {
            String relative = PATH_UTIL.getRelativePath(filename);
            if (relative.startsWith(DETERMINISTIC_PATH_PREFIX)) {
                relative = relative.substring(DETERMINISTIC_PATH_PREFIX.length());
            }
            Path name = Path.of(PATH_UTIL.getAbsolutePath(filename)).getFileName();
            return new FilePath(name == null ? filename : name.toString(), relative);
        }
    }
}
