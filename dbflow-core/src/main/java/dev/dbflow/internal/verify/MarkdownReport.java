package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import dev.dbflow.api.VerifyReport;

import java.util.List;

/** The checks as a Markdown summary to post on a pull request: one line per check, then the details. */
final class MarkdownReport {

    String render(List<CheckResult> checks) {
        StringBuilder text = new StringBuilder("# dbflow verify\n\n");
        for (CheckResult check : checks) {
            text.append("- ").append(VerifyReport.line(check)).append('\n');
        }
        for (CheckResult check : checks) {
            if (!check.details().isEmpty()) {
                text.append("\n## ").append(check.name()).append("\n\n");
                check.details().forEach(detail -> text.append("- ").append(detail.replace("\n", " ")).append('\n'));
            }
        }
        return text.toString();
    }
}
