/** The GroupMe bot channel: posts to {@code /v3/bots/post} with at most 1000 characters of text per post. */
package org.soptrack.notify.groupme;
