package dev.crm.web.support;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import dev.crm.domain.shared.Actor;

/** Who is looking at a record screen: whom its commands act as, whose records it reads, how it shows times. */
public interface Viewer {

    UUID id();

    Actor actor();

    DateTimeFormatter dateTimeFormat(Locale locale);
}
