/** Webhooks signed the Standard Webhooks way (HMAC-SHA256 over id, timestamp and body). */
package org.soptrack.notify.webhook;
