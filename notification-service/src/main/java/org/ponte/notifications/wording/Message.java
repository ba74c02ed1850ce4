package org.ponte.notifications.wording;

/** A notification put into words in one language. */
public record Message(String subject, String text) {
}
