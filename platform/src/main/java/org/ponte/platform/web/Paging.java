package org.ponte.platform.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The page a caller asked for, kept within bounds: page 0 or more, size from 1 to the list's largest page. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size, int largest, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), largest), sort);
    }
}
