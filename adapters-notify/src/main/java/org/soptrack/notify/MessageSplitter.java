package org.soptrack.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a message into parts of at most {@code limit} characters, in order, never dropping a character: it breaks
 * after the last line break or space that fits, and only mid-word when a single word is longer than the limit. A
 * surrogate pair (an emoji, say) is never cut in half.
 */
public final class MessageSplitter {

    private final int limit;

    public MessageSplitter(int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be at least 2");
        }
        this.limit = limit;
    }

    public List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > limit) {
            int end = breakPoint(text, start);
            parts.add(text.substring(start, end));
            start = end;
        }
        if (start < text.length() || parts.isEmpty()) {
            parts.add(text.substring(start));
        }
        return parts;
    }

    private int breakPoint(String text, int start) {
        int hardEnd = start + limit;
        for (int i = hardEnd; i > start; i--) {
            char before = text.charAt(i - 1);
            if (before == '\n' || before == ' ') {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(hardEnd - 1)) ? hardEnd - 1 : hardEnd;
    }
}
