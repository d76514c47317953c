package dev.dbflow.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The m2e lifecycle mapping names every goal the plugin has (from the plugin descriptor maven-plugin-plugin wrote),
 * each with the ignore action, so no IDE runs a dbflow goal on save.
 */
class LifecycleMappingMetadataTest {

    @Test
    void everyGoalIsIgnoredByIncrementalBuilds() throws Exception {
        Document mapping = parse("META-INF/m2e/lifecycle-mapping-metadata.xml");
        Document descriptor = parse("META-INF/maven/plugin.xml");

        List<String> mojos = goals(descriptor);
        assertThat(texts(mapping, "goal")).containsExactlyInAnyOrderElementsOf(mojos).hasSize(15);
        assertThat(mapping.getElementsByTagName("ignore").getLength()).isEqualTo(1);
        assertThat(mapping.getElementsByTagName("execute").getLength()).isZero();
    }

    static Document parse(String resource) throws Exception {
        try (InputStream in = LifecycleMappingMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    /** The goal of each mojo: the {@code goal} child of each {@code mojo} element (help's configuration has one). */
    static List<String> goals(Document descriptor) {
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        List<String> goals = new ArrayList<>();
        for (int i = 0; i < mojos.getLength(); i++) {
            for (Node child = mojos.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeName().equals("goal")) {
                    goals.add(child.getTextContent().trim());
                }
            }
        }
        return goals;
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
