package org.soptrack.core.domain.sop;

/** The repair-order number of a service visit; several SOP lines may share one. */
public record RoNumber(String value) {

    public RoNumber {
        value = Codes.normalize("roNumber", value, 30);
    }

    public static RoNumber of(String value) {
        return new RoNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
