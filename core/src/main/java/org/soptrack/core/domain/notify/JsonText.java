package org.soptrack.core.domain.notify;

/** Writes JSON string literals, for the flat payloads messages carry (core has no JSON library, by design). */
public final class JsonText {

    private JsonText() {
    }

    /** {@code text} as a quoted, escaped JSON string. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
