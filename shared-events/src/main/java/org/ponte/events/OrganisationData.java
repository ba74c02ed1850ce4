package org.ponte.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that carries public data of an organisation (a partner's name or contact e-mail), which
 * looks like a personal identifier but is not one. Allowed only on partner-directory events; the contract
 * tests fail on any other name- or contact-like field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface OrganisationData {
}
