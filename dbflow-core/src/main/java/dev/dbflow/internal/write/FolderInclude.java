package dev.dbflow.internal.write;

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
import java.util.Optional;

/**
 * A master changelog's {@code includeAll} of a folder next to it, the form of master dbflow creates: Liquibase runs
 * the folder's changelog files in the order of their names, so each new file needs no edit of the master and two
 * branches that each add one do not conflict there. Only an {@code includeAll} with
 * {@code relativeToChangelogFile: true} counts; dbflow reads the master with SnakeYAML or the JDK's XML parser, and a
 * master it cannot read has no such entry (whoever runs it then gets Liquibase's own error).
 */
public final class FolderInclude {

    private static final String KIND = "includeAll";

    private FolderInclude() {
    }

    /** Returns the text of a new master that includes the folder of {@code relativePath} (e.g. {@code changes/}). */
    static String create(ChangelogFormat format, String relativePath) {
        String folder = folderOf(relativePath) + "/";
        return switch (format) {
            case YAML -> "databaseChangeLog:\n  - includeAll:\n      path: " + folder + "\n"
                    + "      relativeToChangelogFile: true\n      errorIfMissingOrEmpty: false\n";
            case XML -> """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <databaseChangeLog
                            xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                            xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
                            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
                        <includeAll path="%s" relativeToChangelogFile="true" errorIfMissingOrEmpty="false"/>
                    </databaseChangeLog>
                    """.formatted(folder);
            case SQL -> throw new IllegalArgumentException("A formatted SQL changelog cannot include files");
        };
    }

    /** Returns true when the master {@code text} includes the folder of {@code relativePath} with includeAll. */
    static boolean covers(ChangelogFormat format, String text, String relativePath) {
        String folder = folderOf(relativePath);
        return entries(format, text).stream().anyMatch(entry -> folder.equals(folder(entry)));
    }

    /**
     * Returns the folders the master {@code text} includes with includeAll, relative to the master's directory,
     * with {@code /} separators and no trailing one (e.g. {@code changes}), in the master's order.
     */
    public static List<String> folders(ChangelogFormat format, String text) {
        return entries(format, text).stream().map(FolderInclude::folder).filter(folder -> folder != null).toList();
    }

    /** Returns the folder the master's last entry includes with includeAll, or empty when its last entry is other. */
    static Optional<String> lastFolder(ChangelogFormat format, String text) {
        List<Map<String, Object>> entries = entries(format, text);
        return entries.isEmpty() ? Optional.empty() : Optional.ofNullable(folder(entries.get(entries.size() - 1)));
    }

    private static String folderOf(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
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
    private static List<Map<String, Object>> entries(ChangelogFormat format, String text) {
        try {
            return switch (format) {
                case YAML -> yamlEntries(text);
                case XML -> xmlEntries(text);
                case SQL -> List.of();
            };
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
