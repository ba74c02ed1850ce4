package org.ponte.events.vocabulary;

/** What an office publishes: a practical guide, another publication (a leaflet, a report, a newsletter), or other material. */
public enum ResourceType {
    GUIDE, PUBLICATION, OTHER
}
