package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.StringWriter;
import java.util.List;

/**
 * The checks as a JUnit XML test suite ({@code testsuite name="dbflow-verify"}, one {@code testcase} per check,
 * followed by one per changeset for the checks that test changesets one by one),
 * the format CI servers show as test results: a failed check is a {@code failure} whose message is the summary
 * and whose text lists the details; a warning passes with its details in {@code system-out}; a skipped check is
 * {@code skipped}.
 */
final class JUnitReport {

    String render(List<CheckResult> checks) {
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element suite = doc.createElement("testsuite");
            suite.setAttribute("name", "dbflow-verify");
            suite.setAttribute("tests", String.valueOf(checks.size()
                    + checks.stream().mapToLong(c -> c.cases().size()).sum()));
            suite.setAttribute("failures", String.valueOf(count(checks, CheckResult.Status.FAILED)
                    + checks.stream().flatMap(c -> c.cases().stream()).filter(c -> c.failure() != null).count()));
            suite.setAttribute("skipped", String.valueOf(count(checks, CheckResult.Status.SKIPPED)));
            suite.setAttribute("errors", "0");
            doc.appendChild(suite);
            for (CheckResult check : checks) {
                Element testcase = doc.createElement("testcase");
                testcase.setAttribute("classname", "dbflow.verify");
                testcase.setAttribute("name", check.name());
                String details = String.join("\n", check.details());
                switch (check.status()) {
                    case FAILED -> testcase.appendChild(text(doc, "failure", details, check.summary()));
                    case SKIPPED -> testcase.appendChild(text(doc, "skipped", "", check.summary()));
                    case WARNING, NOTICE -> testcase.appendChild(text(doc, "system-out", check.summary() + "\n" + details, null));
                    case PASSED -> { }
                }
                suite.appendChild(testcase);
                for (CheckResult.Case item : check.cases()) {
                    Element perChangeset = doc.createElement("testcase");
                    perChangeset.setAttribute("classname", "dbflow.verify." + check.name());
                    perChangeset.setAttribute("name", item.name());
                    if (item.failure() != null) {
                        perChangeset.appendChild(text(doc, "failure", item.failure(), check.summary()));
                    }
                    suite.appendChild(perChangeset);
                }
            }
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("The JDK's XML support failed to write the JUnit report", e);
        }
    }

    private static Element text(Document doc, String tag, String text, String message) {
        Element element = doc.createElement(tag);
        if (message != null) {
            element.setAttribute("message", message);
        }
        if (!text.isEmpty()) {
            element.setTextContent(text);
        }
        return element;
    }

    private static long count(List<CheckResult> checks, CheckResult.Status status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
