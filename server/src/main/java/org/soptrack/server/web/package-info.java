/**
 * The staff web application (R-WEB): server-rendered pages whose templates (src/main/jte) are compiled with the
 * module, so a typo fails the build. Page controllers read the form, call one core use case and render; no business
 * rule lives here or in a template.
 */
package org.soptrack.server.web;
