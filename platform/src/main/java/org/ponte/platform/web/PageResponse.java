package org.ponte.platform.web;

import org.springframework.data.domain.Page;

import java.util.List;
import java.util.function.Function;

/** A page of a list, in one JSON shape for every list of the API. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> view) {
        return new PageResponse<>(page.map(view).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
