/**
 * The audit log of sensitive actions (sign-ins, team, brands, settings): written by the features,
 * read by owners and admins at {@code GET /api/v1/audit}. Entries without an agency (failed
 * sign-ins of unknown e-mails) are kept for operators and never shown to any agency.
 */
package io.autoposter.server.audit;
