package org.ponte.platform.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text field of a {@link PersonalRecord} that the store keeps only sealed with the person's key
 * ({@link SealedFields}): an attendance's summary, an appointment's note. In memory it is plain text.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sealed {
}
