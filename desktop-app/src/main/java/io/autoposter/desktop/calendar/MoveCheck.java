package io.autoposter.desktop.calendar;

/** Whether a post may move to a day, whether to ask first, and what to say. */
public record MoveCheck(boolean allowed, boolean needsConfirmation, String message) {}
