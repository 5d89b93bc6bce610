package org.soptrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.retention.RetentionTable;

/**
 * The retention table the documentation publishes (README or docs/, wherever it is) is the one the code renders from
 * the rules the sweep enforces (R-RET-4).
 */
class ReadmeRetentionTableTest {

    private static final String START = "<!-- retention-table -->\n";
    private static final String END = "<!-- /retention-table -->";

    @Test
    void the_documentation_publishes_the_table_rendered_from_the_default_rules() throws IOException {
        List<String> tables = new ArrayList<>();
        for (Path file : DocumentationLinksTest.markdownFiles()) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int from = text.indexOf(START);
            while (from >= 0) {
                int to = text.indexOf(END, from);
                assertThat(to).as("%s closes its retention table", file).isGreaterThan(from);
                tables.add(text.substring(from + START.length(), to));
                from = text.indexOf(START, to);
            }
        }
        assertThat(tables).as("the published retention table, once").singleElement()
                .isEqualTo(RetentionTable.markdown(RetentionPolicy.defaults().rules()));
    }
}
