package org.ponte.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a stored record holds about people, why, and for how long: the line of the record of processing (GDPR
 * Art. 30) that {@code GET /api/v1/processing-record} lists, read from the code itself so that it cannot drift from it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Processing {

    /** What it holds about a person ("name, date of birth, phone, e-mail"). */
    String holds();

    /** Why. */
    String purpose();

    /** For how long. */
    String kept();
}
