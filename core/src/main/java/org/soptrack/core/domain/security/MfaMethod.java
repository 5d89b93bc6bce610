package org.soptrack.core.domain.security;

/** How a member proves the second factor (R-SEC-3). */
public enum MfaMethod {
    /** A one-time code sent to the member's e-mail address. */
    EMAIL_CODE,
    /** A one-time code sent by SMS to the phone number the member set. */
    SMS_CODE,
    /** A code from an authenticator app (TOTP, RFC 6238, 30-second step). */
    TOTP;

    public boolean sendsCode() {
        return this != TOTP;
    }
}
