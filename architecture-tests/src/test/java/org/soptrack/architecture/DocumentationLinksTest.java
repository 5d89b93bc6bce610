package org.soptrack.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the repository's Markdown (README, CONTRIBUTING, CHANGELOG, docs/) leads somewhere: the file
 * or folder exists, and a {@code #fragment} names a heading of the target as GitHub renders its anchors.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

    static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CONTRIBUTING.md"),
                ROOT.resolve("CHANGELOG.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }

    /** The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        String text = FENCE.matcher(Files.readString(markdown, StandardCharsets.UTF_8)).replaceAll("");
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                String slug = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum);
                anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
            }
        }
        return anchors;
    }

    @Test
    void every_relative_link_leads_to_a_file_and_heading_that_exist() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path file : markdownFiles()) {
            String text = FENCE.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll("");
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto: …: not ours to check here
                }
                checked++;
                String[] parts = target.split("#", 2);
                Path resolved = parts[0].isEmpty() ? file : file.getParent().resolve(parts[0]).normalize();
                String where = ROOT.relativize(file) + " → " + target;
                if (!resolved.startsWith(ROOT) || !Files.exists(resolved)) {
                    broken.add(where + " (no such file)");
                } else if (parts.length == 2 && !Files.isDirectory(resolved) && !anchors(resolved).contains(parts[1])) {
                    broken.add(where + " (no such heading)");
                }
            }
        }
        assertThat(checked).as("relative links in the documentation").isGreaterThan(20);
        assertThat(broken).as("broken links").isEmpty();
    }

    @Test
    void anchors_follow_githubs_rules() throws IOException {
        Path sample = Files.createTempFile(ROOT.resolve("architecture-tests").resolve("target"), "anchors", ".md");
        try {
            Files.writeString(sample, "# Data-subject requests (R-DSR)\n## Subscription, cancellation and purge\n"
                    + "## Tests\n## Tests\n```\n# not a heading\n```\n");
            assertThat(anchors(sample)).containsExactlyInAnyOrder("data-subject-requests-r-dsr",
                    "subscription-cancellation-and-purge", "tests", "tests-1");
        } finally {
            Files.delete(sample);
        }
    }
}
