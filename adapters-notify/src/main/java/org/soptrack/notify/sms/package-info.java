/** The SMS channel: a form-encoded HTTP API, 1600 characters per message, STOP-blocked recipients refused for good. */
package org.soptrack.notify.sms;
