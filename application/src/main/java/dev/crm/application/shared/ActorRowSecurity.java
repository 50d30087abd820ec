package dev.crm.application.shared;

import dev.crm.domain.shared.Actor;
import dev.crm.projections.support.RowSecurity;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A message is handled as its actor, so row-level security checks it like any other request: a command loads its
 * aggregates (and a task its project) seeing only the streams of records its user may see (V20), a projector writes
 * only rows its user may write. Runs inside the message's transaction (after Axon's transaction interceptor).
 */
class ActorRowSecurity<M extends Message<?>> implements MessageHandlerInterceptor<M> {

    private final RowSecurity rowSecurity;

    ActorRowSecurity(RowSecurity rowSecurity) {
        this.rowSecurity = rowSecurity;
    }

    @Override
    public Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        rowSecurity.actAs(Actor.from(unitOfWork.getMessage().getMetaData()).userId());
        return interceptorChain.proceed();
    }
}
