package dev.crm.projections.support;

/** A record as read, with the version an edit of it must name. */
public interface Versioned {

    long version();
}
