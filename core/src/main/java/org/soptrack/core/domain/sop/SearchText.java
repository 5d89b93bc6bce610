package org.soptrack.core.domain.sop;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.soptrack.core.domain.shared.InvalidValueException;
import org.soptrack.core.domain.shared.Require;

/**
 * What someone typed into the one search box (R-SOP-9), read the ways it may be meant: as text (lower case; found
 * anywhere in a name, an e-mail address, an RO, a part number, a description, a vendor or a VIN), as phone digits when
 * it is written like a phone number (any spaces, dots, dashes, brackets or a leading plus; at least 4 digits), and as
 * an SOP number when it is digits only. Text needs at least {@value #MIN_TEXT} characters, since shorter text matches
 * too much to help; a number alone may be shorter.
 */
public record SearchText(String text, Optional<String> phoneDigits, Optional<Long> sopNumber) {

    public static final int MIN_TEXT = 3;
    public static final int MAX_TEXT = 100;
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9 ().-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    public SearchText {
        Require.present("text", text);
        Require.present("phoneDigits", phoneDigits);
        Require.present("sopNumber", sopNumber);
    }

    public static SearchText of(String typed) {
        String text = Require.text("q", typed, MAX_TEXT).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Optional<Long> number = DIGITS.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.empty();
        if (text.length() < MIN_TEXT && number.isEmpty()) {
            throw new InvalidValueException("q", "needs at least " + MIN_TEXT + " characters, or an SOP number");
        }
        String digits = text.replaceAll("[^0-9]", "");
        Optional<String> phone = PHONE_LIKE.matcher(text).matches() && digits.length() >= 4 ? Optional.of(digits)
                : Optional.empty();
        return new SearchText(text, phone, number);
    }

    /** Whether the text is long enough to look for inside fields (and not only as an SOP number). */
    public boolean searchable() {
        return text.length() >= MIN_TEXT;
    }
}
