package org.soptrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.soptrack.core.domain.retention.RetentionPolicy;
import org.soptrack.core.domain.retention.RetentionTable;

/** The retention table in the README is the one the code renders from the rules the sweep enforces (R-RET-4). */
class ReadmeRetentionTableTest {

    @Test
    void the_readme_publishes_the_table_rendered_from_the_default_rules() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String start = "<!-- retention-table -->\n";
        int from = readme.indexOf(start);
        int to = readme.indexOf("<!-- /retention-table -->");
        assertThat(from).as("README has the retention table markers").isNotNegative();
        assertThat(readme.substring(from + start.length(), to))
                .isEqualTo(RetentionTable.markdown(RetentionPolicy.defaults().rules()));
    }
}
