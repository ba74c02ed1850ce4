package org.ponte.archfixture.clean.progress;

public class Counts {

    public long count() {
        return 0;
    }
}
