package org.ponte.reporting.office;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The offices a report or a count covers: named ones, or every office of the network ({@link #everyOffice()}),
 * which also counts the work of an office the directory has not told of.
 */
public final class OfficeSet {

    private static final OfficeSet EVERY_OFFICE = new OfficeSet(null);

    private final Set<String> officeIds;

    private OfficeSet(Set<String> officeIds) {
        this.officeIds = officeIds;
    }

    public static OfficeSet of(Collection<String> officeIds) {
        return new OfficeSet(Set.copyOf(new TreeSet<>(officeIds)));
    }

    public static OfficeSet everyOffice() {
        return EVERY_OFFICE;
    }

    public boolean isEveryOffice() {
        return officeIds == null;
    }

    /** The named offices; asked of every office, fails, since only the facts know every office that ever worked. */
    public Set<String> officeIds() {
        if (officeIds == null) {
            throw new IllegalStateException("every office is not a list");
        }
        return officeIds;
    }

    public boolean contains(String officeId) {
        return officeIds == null || officeIds.contains(officeId);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OfficeSet set && java.util.Objects.equals(officeIds, set.officeIds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(officeIds);
    }

    @Override
    public String toString() {
        return officeIds == null ? "every office" : officeIds.toString();
    }
}
