/** E-mail channels: SMTP (Angus Mail) and an HTTP e-mail API with idempotency keys. */
package org.soptrack.notify.email;
