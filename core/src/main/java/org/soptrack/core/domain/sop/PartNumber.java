package org.soptrack.core.domain.sop;

/** A manufacturer's or vendor's part number. */
public record PartNumber(String value) {

    public PartNumber {
        value = Codes.normalize("partNumber", value, 40);
    }

    public static PartNumber of(String value) {
        return new PartNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
