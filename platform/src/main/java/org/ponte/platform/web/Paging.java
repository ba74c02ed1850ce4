package org.ponte.platform.web;

import org.ponte.platform.domain.InvalidRequest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import java.util.Map;

/** The page a caller asked for, kept within bounds: page 0 or more, size from 1 to the list's largest page. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size, int largest, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), largest), sort);
    }

    /**
     * The order a caller asked for with {@code sort=name} or {@code sort=name,desc} ({@code asc} when no direction is
     * given), among the names a list offers (each mapped to its stored field); the list's own order when none is asked.
     * The document id breaks ties, so that a page never repeats or skips an item whose sort value equals another's.
     */
    public static Sort sort(String requested, Map<String, String> sortable, Sort otherwise) {
        if (requested == null || requested.isBlank()) {
            return otherwise;
        }
        String[] parts = requested.trim().split(",", -1);
        String field = sortable.get(parts[0].trim());
        String direction = parts.length > 1 ? parts[1].trim().toLowerCase(java.util.Locale.ROOT) : "asc";
        if (field == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw new InvalidRequest("invalid-sort", "sort must be one of " + String.join(", ", sortable.keySet().stream().sorted().toList())
                    + ", optionally followed by ,asc or ,desc");
        }
        Sort.Direction order = direction.equals("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(order, field).and(Sort.by(order, "_id"));
    }
}
