package org.ponte.archfixture.reach;

import org.ponte.runtime.KafkaBrokerProcess;

/** Reaches into another Ponte module's classes. */
public class Reaching {

    public Class<?> broker() {
        return KafkaBrokerProcess.class;
    }
}
