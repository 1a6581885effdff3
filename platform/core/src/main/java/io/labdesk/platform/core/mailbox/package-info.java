/**
 * E-mail as a channel: each institution's IMAP mailbox (its password sealed with the server's key), polled on its own
 * interval into requests and replies, with noise and loops kept out and unreadable mail listed. Uses the request
 * package for what a mail becomes, settings for the history, tenancy for the sweeps.
 */
package io.labdesk.platform.core.mailbox;
