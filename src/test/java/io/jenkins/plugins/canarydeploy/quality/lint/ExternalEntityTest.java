package io.jenkins.plugins.canarydeploy.quality.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.IssueParser;
import edu.hm.hafner.analysis.ParsingException;
import edu.hm.hafner.analysis.Report;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkstyle reports that declare external entities pointing at a local file with a secret and at a loopback HTTP
 * server that records every request: the secret never shows up and the server is never asked.
 */
class ExternalEntityTest {
    private static final String SECRET = "s3cr3t-token-7f41";
    private static final String ISSUES = "<checkstyle version=\"10.21.4\">\n<file name=\"src/A.java\">\n"
            + "<error line=\"1\" severity=\"error\" message=\"%s\" source=\"demo.SomeCheck\"/>\n</file>\n</checkstyle>\n";

    @TempDir
    Path workspace;

    @TempDir
    Path outside;

    private final List<String> hits = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String secretUri;

    @BeforeEach
    void startServerAndWriteSecret() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestURI().toString());
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        secretUri = secret.toUri().toString();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String http(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private ToolResult recordCheckstyle(String report) throws IOException {
        Files.writeString(workspace.resolve("checkstyle-result.xml"), report, StandardCharsets.UTF_8);
        LintResult result = new LintRecorder(LintSettings.of(new LintTool("checkstyle", "checkstyle-result.xml")))
                .record(workspace);
        Path stored = workspace.resolve("stored.json");
        LintResultFile.write(result, stored);
        assertThat(Files.readString(stored)).doesNotContain(SECRET);
        return result.getTools().get(0);
    }

    private void assertRefusedUnread(ToolResult checkstyle) {
        assertThat(hits).isEmpty();
        assertThat(checkstyle.getTotal()).isZero();
        assertThat(checkstyle.getErrors())
                .singleElement(InstanceOfAssertFactories.STRING)
                .startsWith("CheckStyle: 'checkstyle-result.xml' declares a document type (<!DOCTYPE ...>), which is"
                        + " refused so that no external entity is ever read")
                .doesNotContain(SECRET);
    }

    @Test
    void shouldNeverResolveExternalGeneralEntities() throws IOException {
        String report = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE checkstyle [\n"
                + "  <!ENTITY secret SYSTEM \"" + secretUri + "\">\n"
                + "  <!ENTITY remote SYSTEM \"" + http("/general") + "\">\n]>\n"
                + ISSUES.formatted("&secret; &remote;");

        assertRefusedUnread(recordCheckstyle(report));
    }

    @Test
    void shouldNeverLoadAnExternalDtdOrParameterEntity() throws IOException {
        String dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE checkstyle SYSTEM \"" + http("/external.dtd") + "\">\n"
                + ISSUES.formatted("&leak;");
        String parameter = "<?xml version=\"1.0\"?>\n<!DOCTYPE checkstyle [\n  <!ENTITY % remote SYSTEM \""
                + http("/parameter.dtd") + "\">\n  %remote;\n]>\n" + ISSUES.formatted("&leak;");

        assertRefusedUnread(recordCheckstyle(dtd));
        assertRefusedUnread(recordCheckstyle(parameter));
    }

    @Test
    void shouldFindTheDoctypeBehindALongPrologAndInUtf16() throws IOException {
        String longProlog = "<?xml version=\"1.0\"?>\n<!-- " + "-".repeat(0) + "x".repeat(200_000) + " -->\n"
                + "<?processing instruction?>\n<!DOCTYPE checkstyle [<!ENTITY secret SYSTEM \"" + secretUri
                + "\">]>\n" + ISSUES.formatted("&secret;");
        assertRefusedUnread(recordCheckstyle(longProlog));

        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<!DOCTYPE checkstyle [<!ENTITY remote SYSTEM \""
                + http("/utf16") + "\">]>\n" + ISSUES.formatted("&remote;");
        Files.write(workspace.resolve("checkstyle-result.xml"), utf16.getBytes(StandardCharsets.UTF_16));
        ToolResult checkstyle = new LintRecorder(LintSettings.of(new LintTool("checkstyle", "checkstyle-result.xml")))
                .record(workspace)
                .getTools()
                .get(0);
        assertRefusedUnread(checkstyle);
    }

    @Test
    void shouldNotLeakThroughAnalysisModelsXmlParsersEitherShouldTheCheckBeBypassed() throws IOException {
        Map<String, String> reports = Map.of(
                "checkstyle", ISSUES.formatted("&secret;"),
                "pmd",
                        "<pmd version=\"7.19.0\">\n<file name=\"A.java\">\n<violation beginline=\"1\" endline=\"1\""
                                + " begincolumn=\"1\" endcolumn=\"2\" rule=\"R\" ruleset=\"S\" priority=\"3\">&secret;&remote;"
                                + "</violation>\n</file>\n</pmd>\n",
                "spotbugs",
                        "<BugCollection version=\"4.9.8\">\n<BugInstance type=\"X\" priority=\"1\""
                                + " category=\"STYLE\">\n<LongMessage>&secret;&remote;</LongMessage>\n<SourceLine classname=\"A\""
                                + " start=\"1\" end=\"1\" sourcepath=\"A.java\" sourcefile=\"A.java\"/>\n</BugInstance>\n"
                                + "</BugCollection>\n");
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE root [\n  <!ENTITY secret SYSTEM \"" + secretUri + "\">\n"
                + "  <!ENTITY remote SYSTEM \"" + http("/general") + "\">\n"
                + "  <!ENTITY % parameter SYSTEM \"" + http("/parameter") + "\">\n  %parameter;\n]>\n";
        Path file = workspace.resolve("report.xml");
        for (Map.Entry<String, String> report : reports.entrySet()) {
            Files.writeString(file, doctype + report.getValue(), StandardCharsets.UTF_8);
            IssueParser parser = LintTools.registry().createParser(report.getKey());
            try {
                Report parsed = parser.parse(new FileReaderFactory(file));
                assertThat(parsed.stream().map(Issue::getMessage))
                        .as(report.getKey())
                        .noneMatch(m -> m.contains(SECRET));
            } catch (ParsingException e) {
                assertThat(e.getMessage()).as(report.getKey()).doesNotContain(SECRET);
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void shouldStillReadAReportWithCommentsBeforeTheRootElement() throws IOException {
        String report = "<?xml version=\"1.0\"?>\n<!-- written by checkstyle, with <!DOCTYPE> in a comment -->\n"
                + ISSUES.formatted("a plain message");

        ToolResult checkstyle = recordCheckstyle(report);

        assertThat(checkstyle.getErrors()).isEmpty();
        assertThat(checkstyle.getRows()).extracting(IssueRow::getMessage).containsExactly("a plain message");
    }
}
