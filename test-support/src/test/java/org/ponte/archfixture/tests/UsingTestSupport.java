package org.ponte.archfixture.tests;

import org.ponte.testsupport.RawHttp;

/** Main code that would carry test-support onto a runtime classpath. */
public class UsingTestSupport {

    public Class<?> http() {
        return RawHttp.class;
    }
}
