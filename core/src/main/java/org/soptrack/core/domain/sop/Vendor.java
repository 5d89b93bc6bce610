package org.soptrack.core.domain.sop;

import java.util.Locale;
import org.soptrack.core.domain.shared.Require;

/** The vendor a part is ordered from; {@link #key()} matches vendor settings regardless of case and spacing. */
public record Vendor(String name) {

    public Vendor {
        name = Require.text("vendor", name, 120);
    }

    public static Vendor of(String name) {
        return new Vendor(name);
    }

    public String key() {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
