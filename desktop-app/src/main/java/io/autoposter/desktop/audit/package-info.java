/** The Audit log screen for owners and admins: who did what, when and from where. */
package io.autoposter.desktop.audit;
