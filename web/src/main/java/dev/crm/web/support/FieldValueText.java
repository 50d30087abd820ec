package dev.crm.web.support;

import java.io.Serializable;

/**
 * How a field's value reads on screen where a record's changes are listed (history, conflicts): names rather than
 * ids, words rather than codes. Values arrive as the record holds them or as the audit trail stored them (JSON:
 * ids and dates as text, sets as lists), so an implementation goes by their text.
 */
@FunctionalInterface
public interface FieldValueText extends Serializable {

    /** The value as it is, an empty one as a dash. */
    FieldValueText PLAIN = (field, value) -> FieldLabels.valueText(value);

    String of(String field, Object value);
}
