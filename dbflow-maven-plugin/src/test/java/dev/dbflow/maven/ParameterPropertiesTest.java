package dev.dbflow.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9's Maven convention: every parameter a user can set, of every goal, is also the user property
 * {@code -Ddbflow.<name>} (read from the plugin descriptor maven-plugin-plugin generated; help keeps Maven's own).
 */
class ParameterPropertiesTest {

    @Test
    void everyEditableParameterIsADbflowUserProperty() throws Exception {
        Document descriptor;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = child(mojo, "goal").getTextContent().trim();
            if (goal.equals("help")) {
                continue;
            }
            Element configuration = child(mojo, "configuration");
            NodeList parameters = child(mojo, "parameters").getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                String name = child(parameter, "name").getTextContent().trim();
                if (!child(parameter, "editable").getTextContent().trim().equals("true")) {
                    continue;
                }
                checked++;
                Element value = child(configuration, name);
                if (value == null || !value.getTextContent().trim().equals("${dbflow." + name + "}")) {
                    missing.add(goal + "." + name);
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    private static Element child(Element parent, String name) {
        for (Node node = parent == null ? null : parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }
}
