package org.ponte.frontend;

import java.util.List;

/**
 * A chart's numbers as the table the page shows with it. The page's script draws the chart from this table, so the
 * chart and the table a screen reader reads (and the CSV downloads) cannot tell different stories.
 *
 * @param id      the table's element id
 * @param kind    how the script draws it: {@code stacked} (stacked columns), {@code grouped} (columns side by side),
 *                {@code pace} (horizontal bars with the expected pace marked) or {@code bars} (one horizontal bar per row)
 * @param caption what the chart shows, in the page's language
 * @param corner  the heading of the rows' column
 * @param series  the heading of each column of values, in the page's language
 * @param rows    one label and one cell per series
 */
record ChartTable(String id, String kind, String caption, String corner, List<String> series, List<Row> rows) {

    /** A cell as shown ({@code text}: "12", "&lt;5", "50,0 %") and as drawn ({@code value}; null where a count is hidden). */
    record Cell(String text, Number value) {
    }

    record Row(String label, List<Cell> cells) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
