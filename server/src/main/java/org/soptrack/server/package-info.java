/** The reference HTTP server of soptrack: controllers, security and wiring of core to its adapters. */
package org.soptrack.server;
