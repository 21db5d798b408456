/** The Team screen for owners and admins: members, their roles and brand access, invitations. */
package io.autoposter.desktop.team;
