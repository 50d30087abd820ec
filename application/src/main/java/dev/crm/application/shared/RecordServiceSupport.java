package dev.crm.application.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.projections.audit.HistoryQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** What every {@link RecordService} needs, injected once. */
@Component
public record RecordServiceSupport(
        CommandDispatcher commands,
        InputValidator validator,
        HistoryQueries history,
        PlatformTransactionManager transactionManager,
        ObjectMapper json) {}
