package org.ponte.programme.resource;

/** DRAFT → PUBLISHED ⇄ WITHDRAWN: a withdrawn resource can be published again. */
public enum ResourceStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
