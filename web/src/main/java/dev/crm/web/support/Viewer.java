package dev.crm.web.support;

import dev.crm.domain.shared.Actor;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** Who is looking at a record screen: whom its commands act as, whose records it reads, how it shows times. */
public interface Viewer {

    UUID id();

    Actor actor();

    DateTimeFormatter dateTimeFormat(Locale locale);
}
