/** Notification channels of soptrack (e-mail, GroupMe, SMS, signed webhooks). Never touches the database. */
package org.soptrack.notify;
