package org.soptrack.core.port.out;

/**
 * Signs the links that must work without a sign-in and outlive a restart (a customer's one-click unsubscribe link):
 * a message authentication code under a key only this deployment holds, the same on every instance.
 */
public interface LinkSignaturePort {

    /** The signature of {@code message}: the same bytes for the same message, always. */
    byte[] sign(byte[] message);
}
