/** The platform's own records, outside every organization: its audit log and its security incidents. */
package org.soptrack.core.domain.platform;
