package org.ponte.reporting.report;

import org.ponte.reporting.office.KnownOffice;
import org.ponte.reporting.office.NetworkOffices;
import org.ponte.reporting.office.OfficeSet;
import org.ponte.reporting.progress.ComputedIndicator;
import org.ponte.reporting.progress.IndicatorCounts;
import org.ponte.reporting.readmodel.EventLog;
import org.ponte.reporting.readmodel.ReadModel;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Each office's figures side by side, with the figures of all of them together: every indicator counted from
 * events. People are counted once in the total even when two offices supported them, so the total of a people
 * figure may be less than the sum of its offices. Among the offices, each people figure is suppressed as a
 * group (a small count reads "&lt;5", and what would let it be worked out from the total "x"), and so is a
 * small total.
 */
@Service
class NetworkReport {

    private final EventLog log;
    private final NetworkOffices network;

    NetworkReport(EventLog log, NetworkOffices network) {
        this.log = log;
        this.network = network;
    }

    /** One office's figures, by indicator code. */
    record OfficeFigures(String officeId, String name, String region, Map<String, String> figures) {
    }

    record Network(LocalDate from, LocalDate to, List<OfficeFigures> offices, Map<String, String> total) {
    }

    Network of(OfficeSet selection, LocalDate from, LocalDate to) {
        Map<String, KnownOffice> known = network.byId();
        return log.model().read(model -> of(model, known, selection, from, to));
    }

    private static Network of(ReadModel model, Map<String, KnownOffice> known, OfficeSet selection, LocalDate from, LocalDate to) {
        Set<String> officeIds = new TreeSet<>(selection.isEveryOffice() ? known.keySet() : selection.officeIds());
        if (selection.isEveryOffice()) {
            officeIds.addAll(model.officeIds());
        }
        // One pass over each office's cells; the network's people are the union of the offices', its counts their sum.
        Map<String, IndicatorCounts.Tally> tallies = new LinkedHashMap<>();
        IndicatorCounts.Tally network = new IndicatorCounts.Tally();
        for (String officeId : officeIds) {
            IndicatorCounts.Tally office = IndicatorCounts.tally(model, List.of(officeId), from, to);
            tallies.put(officeId, office);
            network.add(office);
        }
        Map<ComputedIndicator, Map<String, String>> byIndicator = new EnumMap<>(ComputedIndicator.class);
        Map<String, String> total = new LinkedHashMap<>();
        for (ComputedIndicator indicator : ComputedIndicator.values()) {
            Map<String, Long> perOffice = new LinkedHashMap<>();
            tallies.forEach((officeId, tally) -> perOffice.put(officeId, tally.value(indicator)));
            byIndicator.put(indicator, indicator.countsPeople() ? Suppression.apply(perOffice) : asText(perOffice));
            long all = network.value(indicator);
            total.put(indicator.name(), indicator.countsPeople() ? Suppression.apply(all) : Long.toString(all));
        }
        List<OfficeFigures> offices = new ArrayList<>();
        for (String officeId : officeIds) {
            Map<String, String> figures = new LinkedHashMap<>();
            byIndicator.forEach((indicator, shown) -> figures.put(indicator.name(), shown.get(officeId)));
            KnownOffice office = known.get(officeId);
            offices.add(new OfficeFigures(officeId, office == null ? officeId : office.name(),
                    office == null ? null : office.region().name(), figures));
        }
        return new Network(from, to, offices, total);
    }

    /** The offices' work together in one month: attendances, people supported and referrals made, small counts hidden. */
    record NetworkMonth(String month, String attendances, String peopleSupported, String referralsMade) {
    }

    /** Month by month from {@code from} to {@code to} (whole months): the network's line for the chart. */
    List<NetworkMonth> monthly(OfficeSet selection, LocalDate from, LocalDate to) {
        return log.model().read(model -> monthly(model, selection, from, to));
    }

    private static List<NetworkMonth> monthly(ReadModel model, OfficeSet selection, LocalDate from, LocalDate to) {
        List<NetworkMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            IndicatorCounts.Tally tally = IndicatorCounts.tally(model, IndicatorCounts.officesOf(model, selection), first, last);
            months.add(new NetworkMonth(month.toString(), Long.toString(tally.value(ComputedIndicator.ATTENDANCES)),
                    Suppression.apply(tally.value(ComputedIndicator.BENEFICIARIES_SUPPORTED)),
                    Long.toString(tally.value(ComputedIndicator.REFERRALS_MADE))));
        }
        return months;
    }

    private static Map<String, String> asText(Map<String, Long> counts) {
        Map<String, String> text = new LinkedHashMap<>();
        counts.forEach((key, count) -> text.put(key, Long.toString(count)));
        return text;
    }
}
