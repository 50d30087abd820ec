package dev.crm.application.shared;

import dev.crm.domain.shared.Actor;
import dev.crm.projections.support.RowSecurity;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A command loads its aggregates (and a task its project) as the command's actor: the event store's row-level
 * security (V20) shows a transaction only the streams of records its user may see. Runs inside the command's
 * transaction (after Axon's transaction interceptor).
 */
class CommandRowSecurity implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final RowSecurity rowSecurity;

    CommandRowSecurity(RowSecurity rowSecurity) {
        this.rowSecurity = rowSecurity;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        rowSecurity.actAs(Actor.from(unitOfWork.getMessage().getMetaData()).userId());
        return interceptorChain.proceed();
    }
}
