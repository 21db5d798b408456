/**
 * The agency's people: members with roles and brand access ({@code /api/v1/users}) and e-mailed
 * invitations ({@code /api/v1/invitations}). Access changes write member-addressed change-log
 * entries so each device gains or drops brands on its next pull.
 */
package io.autoposter.server.team;
