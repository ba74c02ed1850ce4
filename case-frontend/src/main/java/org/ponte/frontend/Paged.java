package org.ponte.frontend;

import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Where a list page stands among the pages of a service's answer ({@code page}, {@code totalPages},
 * {@code totalItems}), with the links to the pages before and after it; the pager fragment draws it.
 */
record Paged(int page, int totalPages, long totalItems, String previous, String next) {

    /** {@code link} is the list's address with its filters; each page's link adds {@code page}. */
    static Paged of(JsonNode answer, UriComponentsBuilder link) {
        int page = answer.path("page").asInt();
        int totalPages = answer.path("totalPages").asInt();
        return new Paged(page, totalPages, answer.path("totalItems").asLong(),
                page > 0 ? link.cloneBuilder().replaceQueryParam("page", page - 1).build().encode().toUriString() : null,
                page + 1 < totalPages ? link.cloneBuilder().replaceQueryParam("page", page + 1).build().encode().toUriString() : null);
    }

    /** Pages counted from one, as people count them. */
    public int number() {
        return page + 1;
    }
}
