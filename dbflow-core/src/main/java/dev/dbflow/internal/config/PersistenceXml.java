package dev.dbflow.internal.config;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.InfrastructureException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persistence unit of a plain JPA application's {@code META-INF/persistence.xml} (Jakarta EE, or Hibernate without
 * a framework), whose {@code <properties>} configure Hibernate as the application runs it.
 *
 * @param unit       the persistence unit's name
 * @param properties its properties, in the file's order
 */
public record PersistenceXml(String unit, Map<String, String> properties) {

    /** No persistence.xml, or one without units. */
    public static final PersistenceXml NONE = new PersistenceXml(null, Map.of());

    private static final String FILE = "META-INF/persistence.xml";

    public PersistenceXml {
        properties = Map.copyOf(properties);
    }

    /**
     * Reads the first persistence unit of the first {@code META-INF/persistence.xml} in {@code resources}.
     *
     * @throws ConfigurationException  when the file is not well-formed XML
     * @throws InfrastructureException when it cannot be read
     */
    public static PersistenceXml read(List<Path> resources) {
        for (Path directory : resources) {
            Path file = directory.resolve(FILE);
            if (Files.isRegularFile(file)) {
                return parse(file);
            }
        }
        return NONE;
    }

    private static PersistenceXml parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            NodeList units = factory.newDocumentBuilder().parse(file.toFile())
                    .getElementsByTagNameNS("*", "persistence-unit");
            if (units.getLength() == 0) {
                return NONE;
            }
            Element unit = (Element) units.item(0);
            Map<String, String> properties = new LinkedHashMap<>();
            NodeList entries = unit.getElementsByTagNameNS("*", "property");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                properties.put(entry.getAttribute("name").trim(), entry.getAttribute("value").trim());
            }
            return new PersistenceXml(unit.getAttribute("name"), properties);
        } catch (SAXException e) {
            throw new ConfigurationException("The file " + file + " is not well-formed XML: " + e.getMessage()
                    + ". Fix it: dbflow reads the persistence unit's Hibernate settings there.", e);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage() + ". Check its permissions.",
                    e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses a standard feature", e);
        }
    }

    /** Returns where a setting of this unit comes from, for the log. */
    String describe() {
        return FILE + ", persistence unit " + unit;
    }
}
