package org.ponte.frontend;

import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * One list page's query: the filters, page and order a reader chose, written once and sent both to the service (with
 * the list's page size) and into the page's own links (the pager and the sortable headings), so the two never differ.
 * The order is passed on as the reader asked ({@code sort=openedAt,desc}); the service knows which orders its list
 * offers and refuses the others.
 */
final class ListQuery {

    private final UriComponentsBuilder service;
    private final UriComponentsBuilder page;
    private final String sort;

    private ListQuery(UriComponentsBuilder service, UriComponentsBuilder page, String sort) {
        this.service = service;
        this.page = page;
        this.sort = sort;
    }

    static ListQuery of(String serviceList, String pagePath, int pageSize, int pageNumber, String sort) {
        String order = sort == null || sort.isBlank() ? null : sort.trim();
        UriComponentsBuilder service = UriComponentsBuilder.fromUriString(serviceList).queryParam("size", pageSize)
                .queryParam("page", Math.max(0, pageNumber));
        if (order != null) {
            service.queryParam("sort", order);
        }
        return new ListQuery(service, UriComponentsBuilder.fromPath(pagePath), order);
    }

    /** A filter the reader chose: asked of the service and kept in the page's links; nothing when it is blank. */
    ListQuery filter(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            service.queryParam(name, value.toString().trim());
            page.queryParam(name, value.toString().trim());
        }
        return this;
    }

    /** A parameter of the service's query that the page does not show in its links (its own choice, not the reader's). */
    ListQuery ask(String name, Object value) {
        service.queryParam(name, value);
        return this;
    }

    /** A choice the page keeps in its links but asks of the service in another form (or not at all). */
    ListQuery keep(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            page.queryParam(name, value.toString().trim());
        }
        return this;
    }

    UriComponentsBuilder service() {
        return service;
    }

    /** The pager for the service's answer, its links keeping the filters and the order. */
    Paged paged(JsonNode answer) {
        UriComponentsBuilder link = page.cloneBuilder();
        if (sort != null) {
            link.queryParam("sort", sort);
        }
        return Paged.of(answer, link);
    }

    /** The sortable headings' state and links (each back to the first page, keeping the filters). */
    Order order() {
        return new Order(sort, page);
    }

    /** The list's order as its headings show it. */
    record Order(String sort, UriComponentsBuilder link) {

        private String field() {
            return sort == null ? null : sort.split(",")[0];
        }

        private boolean descending() {
            return sort != null && sort.endsWith(",desc");
        }

        /** The link that sorts by {@code name}: ascending first, the other way round when it already sorts by it so. */
        public String href(String name) {
            String direction = name.equals(field()) && !descending() ? "desc" : "asc";
            return link.cloneBuilder().replaceQueryParam("sort", name + "," + direction).build().encode().toUriString();
        }

        /** The heading's {@code aria-sort}: how the list is sorted by that column, if it is. */
        public String ariaSort(String name) {
            return !name.equals(field()) ? "none" : descending() ? "descending" : "ascending";
        }
    }
}
