/** Special orders: the status machine, their data, aging and return deadlines, RO arrival, customers and BDC follow-up. */
package org.soptrack.core.domain.sop;
