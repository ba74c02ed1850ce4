package org.ponte.frontend;

import org.ponte.events.vocabulary.InterventionArea;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The reports' answers turned into {@link ChartTable}s, labelled in the reader's language. Attendances, activities and
 * referrals are work done and are drawn as they are; only counts of people arrive hidden ("&lt;5") from
 * reporting-service, and those cells stay in the table and leave a gap in the chart.
 */
@Component
class Charts {

    private static final List<String> FUNNEL_STEPS = List.of("requested", "accepted", "declined", "completed", "cancelled", "overdue");

    private final MessageSource messages;

    Charts(MessageSource messages) {
        this.messages = messages;
    }

    /** Monthly attendances ({@code /reports/attendances/monthly} rows), one column per area, the months' channels added up. */
    ChartTable attendancesByArea(JsonNode rows, Locale locale) {
        return monthly("chart-areas", rows, "area", code -> InterventionArea.valueOf(code).label(locale.getLanguage()),
                text("chart.byArea", locale), locale);
    }

    /** The same rows, one column per channel, the areas added up. */
    ChartTable attendancesByChannel(JsonNode rows, Locale locale) {
        return monthly("chart-channels", rows, "channel", code -> messages.getMessage("channel." + code, null, code, locale),
                text("chart.byChannel", locale), locale);
    }

    /** A plan's progress: per indicator, the share of its target reached and the share the plan's pace expects by now. */
    ChartTable progress(String planId, JsonNode progress, Locale locale) {
        List<ChartTable.Row> rows = new ArrayList<>();
        for (JsonNode indicator : progress.path("indicators")) {
            double target = indicator.path("target").asDouble();
            double expected = target > 0 ? indicator.path("expectedByNow").asDouble() * 100.0 / target : 0;
            rows.add(new ChartTable.Row(indicator.get("name").asString(),
                    List.of(percent(indicator.path("percent").asDouble(), locale), percent(expected, locale))));
        }
        return new ChartTable("chart-progress-" + planId, "pace", text("chart.progress", locale), text("dashboard.indicator", locale),
                List.of(text("chart.reached", locale), text("chart.expected", locale)), rows);
    }

    /** The referral funnel's steps added up over every partner and area. */
    ChartTable funnel(JsonNode rows, Locale locale) {
        Map<String, long[]> totals = new LinkedHashMap<>();
        FUNNEL_STEPS.forEach(step -> totals.put(step, new long[1]));
        for (JsonNode row : rows) {
            FUNNEL_STEPS.forEach(step -> totals.get(step)[0] += count(row.path(step).asString("0")));
        }
        List<ChartTable.Row> table = new ArrayList<>();
        totals.forEach((step, total) -> table.add(new ChartTable.Row(text("funnel." + step, locale), List.of(number(total[0], locale)))));
        return new ChartTable("chart-funnel", "bars", text("chart.funnel", locale), text("chart.step", locale),
                List.of(text("network.referrals", locale)), rows.isEmpty() ? List.of() : table);
    }

    /** The network month by month ({@code /reports/network/monthly}): attendances, people supported and referrals made. */
    ChartTable network(JsonNode rows, Locale locale) {
        List<ChartTable.Row> table = new ArrayList<>();
        for (JsonNode row : rows) {
            table.add(new ChartTable.Row(row.get("month").asString(), List.of(cell(row.get("attendances").asString(), locale),
                    cell(row.get("peopleSupported").asString(), locale), cell(row.get("referralsMade").asString(), locale))));
        }
        return new ChartTable("network-months", "grouped", text("network.chart", locale), text("network.month", locale),
                List.of(text("network.attendances", locale), text("network.people", locale), text("network.referrals", locale)), table);
    }

    private ChartTable monthly(String id, JsonNode rows, String field, Function<String, String> label, String caption, Locale locale) {
        Map<String, Map<String, long[]>> sums = new TreeMap<>();
        TreeSet<String> codes = new TreeSet<>();
        for (JsonNode row : rows) {
            String code = row.get(field).asString();
            codes.add(code);
            sums.computeIfAbsent(row.get("month").asString(), month -> new TreeMap<>())
                    .computeIfAbsent(code, c -> new long[1])[0] += count(row.get("attendances").asString());
        }
        List<ChartTable.Row> table = new ArrayList<>();
        sums.forEach((month, byCode) -> table.add(new ChartTable.Row(month, codes.stream()
                .map(code -> number(byCode.getOrDefault(code, new long[1])[0], locale)).toList())));
        return new ChartTable(id, "stacked", caption, text("network.month", locale), codes.stream().map(label).toList(), table);
    }

    /** A count as reporting-service gives it: digits, or a hidden small count ("&lt;5") that is shown but not drawn. */
    private static ChartTable.Cell cell(String count, Locale locale) {
        return count.chars().allMatch(Character::isDigit) && !count.isEmpty() ? number(Long.parseLong(count), locale)
                : new ChartTable.Cell(count, null);
    }

    private static long count(String count) {
        return count.chars().allMatch(Character::isDigit) && !count.isEmpty() ? Long.parseLong(count) : 0;
    }

    private static ChartTable.Cell number(long value, Locale locale) {
        return new ChartTable.Cell(NumberFormat.getIntegerInstance(locale).format(value), value);
    }

    private static ChartTable.Cell percent(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        double rounded = Math.round(value * 10) / 10.0;
        return new ChartTable.Cell(format.format(rounded) + " %", rounded);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
