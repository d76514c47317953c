package dev.dbflow.internal.config;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The folders a YAML or XML changelog includes whole, each with {@code includeAll} and
 * {@code relativeToChangelogFile: true}: read with SnakeYAML or the JDK's XML parser, as entries in the changelog's
 * order. A changelog that cannot be read includes none (whoever runs it gets Liquibase's own error).
 */
public final class IncludedFolders {

    private static final String KIND = "includeAll";

    private IncludedFolders() {
    }

    /**
     * Returns, for each entry of the changelog in order, the folder it includes whole relative to the changelog's
     * directory (with {@code /} separators and no trailing one, e.g. {@code changes}), or null for any other entry.
     *
     * @param xml  whether the changelog is XML (else YAML)
     * @param text the changelog's text
     */
    public static List<String> perEntry(boolean xml, String text) {
        return entries(xml, text).stream().map(IncludedFolders::folder).toList();
    }

    /** Returns the folders the changelog includes whole, in its order (see {@link #perEntry}). */
    public static List<String> of(boolean xml, String text) {
        return perEntry(xml, text).stream().filter(Objects::nonNull).toList();
    }

    /** An entry's folder when it is an includeAll relative to the master, normalised; else null. */
    private static String folder(Map<String, Object> entry) {
        if (!(entry.get(KIND) instanceof Map<?, ?> attributes)
                || !"true".equals(String.valueOf(attributes.get("relativeToChangelogFile")))
                || attributes.get("path") == null) {
            return null;
        }
        String path = String.valueOf(attributes.get("path")).trim().replace('\\', '/');
        return path.replaceAll("^(\\./)+", "").replaceAll("/+$", "");
    }

    /** The master's entries in order, each a map from its kind to its attributes; empty when it cannot be read. */
    private static List<Map<String, Object>> entries(boolean xml, String text) {
        try {
            return xml ? xmlEntries(text) : yamlEntries(text);
        } catch (Exception unreadable) {
            return List.of();
        }
    }

    private static List<Map<String, Object>> yamlEntries(String text) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        List<Map<String, Object>> entries = new ArrayList<>();
        if (document instanceof Map<?, ?> root && root.get("databaseChangeLog") instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> entry = new LinkedHashMap<>();
                if (item instanceof Map<?, ?> map) {
                    map.forEach((kind, value) -> entry.put(String.valueOf(kind), value));
                }
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<Map<String, Object>> xmlEntries(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)))
                .getDocumentElement();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Map<String, String> attributes = new LinkedHashMap<>();
                NamedNodeMap all = element.getAttributes();
                for (int i = 0; i < all.getLength(); i++) {
                    attributes.put(all.item(i).getNodeName(), all.item(i).getNodeValue());
                }
                entries.add(Map.of(element.getLocalName(), attributes));
            }
        }
        return entries;
    }
}
