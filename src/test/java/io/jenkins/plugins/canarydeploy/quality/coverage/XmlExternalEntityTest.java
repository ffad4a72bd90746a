package io.jenkins.plugins.canarydeploy.quality.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.canarydeploy.quality.QualityReportException;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports that try XML external entities: a secret file and a loopback server that counts every request. Neither
 * may be reached, whichever StAX implementation is installed: the JDK's (as on a plain agent) or Woodstox (as
 * on this test class path). coverage-model's SecureXmlParserFactory turns DTD support and external entities off, for
 * its parsers and for the fast Cobertura reader.
 */
class XmlExternalEntityTest {
    private static final String SECRET = "s3cr3t-d0-not-l3ak";
    private static final String FACTORY = "javax.xml.stream.XMLInputFactory";

    @TempDir
    Path workspace;

    @TempDir
    Path outside;

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private String previousFactory;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] body = ("<!ENTITY leak \"" + SECRET + "\">").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        previousFactory = System.getProperty(FACTORY);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        if (previousFactory == null) {
            System.clearProperty(FACTORY);
        } else {
            System.setProperty(FACTORY, previousFactory);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldNotResolveExternalEntitiesInACoberturaReport(String factory) throws IOException {
        System.setProperty(FACTORY, factory);
        Files.writeString(workspace.resolve("coverage.xml"), coberturaWithEntities());

        assertNeitherSecretNorServerReached(CoverageFormat.COBERTURA, "coverage.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldNotResolveExternalEntitiesWithTheFastCoberturaReader(String factory) throws IOException {
        System.setProperty(FACTORY, factory);
        String report = coberturaWithEntities();

        assertThatThrownBy(() -> CoberturaReader.read(new StringReader(report)))
                .isInstanceOfAny(XMLStreamException.class, UnusualReportException.class)
                .satisfies(e -> assertThat(String.valueOf(e.getMessage())).doesNotContain(SECRET));
        assertThat(hits).as("requests to the loopback server").hasValue(0);
    }

    private String coberturaWithEntities() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), SECRET);
        return """
                <?xml version="1.0"?>
                <!DOCTYPE coverage [
                  <!ENTITY secret SYSTEM "%s">
                  <!ENTITY remote SYSTEM "%s">
                ]>
                <coverage line-rate="1"><sources><source>&secret;</source></sources>
                  <packages><package name="&remote;"><classes>
                    <class name="a.py" filename="a.py"><methods/><lines><line number="1" hits="1"/></lines></class>
                  </classes></package></packages>
                </coverage>
                """.formatted(secret.toUri(), url("/general"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldNotLoadExternalParameterEntities(String factory) throws IOException {
        System.setProperty(FACTORY, factory);
        Files.writeString(workspace.resolve("jacoco.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE report [
                  <!ENTITY %% remote SYSTEM "%s">
                  %%remote;
                ]>
                <report name="x"><package name="p"><class name="p/A" sourcefilename="A.java"/>
                  <sourcefile name="A.java"><line nr="1" mi="0" ci="1" mb="0" cb="0"/>
                  <counter type="LINE" missed="0" covered="1"/></sourcefile></package>
                  <counter type="LINE" missed="0" covered="&leak;"/></report>
                """.formatted(url("/parameter")));

        assertNeitherSecretNorServerReached(CoverageFormat.JACOCO, "jacoco.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.sun.xml.internal.stream.XMLInputFactoryImpl", "com.ctc.wstx.stax.WstxInputFactory"})
    void shouldReadAJacocoReportWithoutFetchingItsDtd(String factory) throws IOException {
        System.setProperty(FACTORY, factory);
        Samples.copy(workspace, "jacoco-prices.xml");
        Path report = workspace.resolve("jacoco-prices.xml");
        Files.writeString(report, Files.readString(report).replace("\"report.dtd\"", "\"" + url("/report.dtd") + "\""));

        CoverageResult result = CoverageRecorder.record(workspace, CoverageSettings.of("*.xml", CoverageFormat.JACOCO));

        assertThat(result.total(CoverageMetric.LINE)).hasValue(new CoverageCounter(CoverageMetric.LINE, 7, 3));
        assertThat(hits).hasValue(0);
    }

    private void assertNeitherSecretNorServerReached(CoverageFormat format, String report) {
        assertThatThrownBy(() -> CoverageRecorder.record(workspace, CoverageSettings.of(report, format)))
                .isInstanceOf(QualityReportException.class)
                .hasMessageContaining("'" + report + "' is not a valid " + format.displayName() + " report: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET, "\tat "));
        assertThat(hits).as("requests to the loopback server").hasValue(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }
}
