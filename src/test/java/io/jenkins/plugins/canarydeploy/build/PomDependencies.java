package io.jenkins.plugins.canarydeploy.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Reads the declared dependencies of a POM (the project's own, not dependency management). */
final class PomDependencies {
    private PomDependencies() {}

    /** A declared dependency: groupId:artifactId and its scope (compile when absent). */
    record Dependency(String coordinates, String scope) {}

    static List<Dependency> of(Path pom) throws IOException {
        Document document = parse(pom);
        List<Dependency> dependencies = new ArrayList<>();
        Element project = document.getDocumentElement();
        for (Element section : children(project, "dependencies")) {
            for (Element dependency : children(section, "dependency")) {
                String scope = text(dependency, "scope");
                dependencies.add(new Dependency(
                        text(dependency, "groupId") + ":" + text(dependency, "artifactId"),
                        scope.isEmpty() ? "compile" : scope));
            }
        }
        return dependencies;
    }

    private static Document parse(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && name.equals(element.getTagName())) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }
}
