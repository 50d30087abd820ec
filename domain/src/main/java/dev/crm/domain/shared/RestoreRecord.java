package dev.crm.domain.shared;

import java.util.UUID;

/** A command that brings a deleted record back; the only command a deleted record accepts. */
public interface RestoreRecord {
    UUID recordId();
}
