package org.soptrack.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** R-NOT-3: GroupMe posts hold at most 1000 characters; longer messages are split in order, never cut. */
class MessageSplitterTest {

    private final MessageSplitter splitter = new MessageSplitter(1000);

    @Test
    void a_short_message_is_one_part() {
        assertThat(splitter.split("Part 90915-YZZD1 arrived for RO 4711")).containsExactly("Part 90915-YZZD1 arrived for RO 4711");
        assertThat(splitter.split("")).containsExactly("");
    }

    @Test
    void a_long_message_breaks_between_words() {
        String word = "abcdefghi ";
        String text = word.repeat(250);
        List<String> parts = splitter.split(text);
        assertThat(parts).hasSize(3);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(1000));
        assertThat(parts.get(0)).endsWith(" ");
        assertThat(String.join("", parts)).isEqualTo(text);
    }

    @Test
    void a_word_longer_than_the_limit_is_cut_hard_but_nothing_is_lost() {
        String text = "x".repeat(2500);
        assertThat(splitter.split(text)).extracting(String::length).containsExactly(1000, 1000, 500);
    }

    @Property(tries = 300)
    void parts_are_within_the_limit_and_join_back_to_the_message(@ForAll @StringLength(max = 5000) String text,
                                                                  @ForAll @IntRange(min = 2, max = 1200) int limit) {
        List<String> parts = new MessageSplitter(limit).split(text);
        assertThat(String.join("", parts)).isEqualTo(text);
        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(limit));
        assertThat(parts).allSatisfy(p -> {
            if (!p.isEmpty()) {
                assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1)) && parts.indexOf(p) < parts.size() - 1)
                        .isFalse();
            }
        });
    }
}
