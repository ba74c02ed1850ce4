package org.ponte.platform.security;

/**
 * A staff id as tokens carry it (the token subject): letters, digits and {@code . _ - @ :}, no spaces, so that a
 * name or phone number typed by mistake where a staff id belongs is refused before it could reach an event.
 */
public final class StaffIds {

    public static final String PATTERN = "[A-Za-z0-9._@:-]{1,100}";
    public static final String MESSAGE = "must be a staff id (letters, digits and . _ - @ :)";

    private StaffIds() {
    }
}
