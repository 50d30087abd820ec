package dev.crm.application.shared;

import dev.crm.domain.shared.Actor;
import dev.crm.projections.support.RowSecurity;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/** Projectors write as the event's actor, so row-level security checks them like any other request. */
class ActorRowSecurity implements MessageHandlerInterceptor<EventMessage<?>> {

    private final RowSecurity rowSecurity;

    ActorRowSecurity(RowSecurity rowSecurity) {
        this.rowSecurity = rowSecurity;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        rowSecurity.actAs(Actor.from(unitOfWork.getMessage().getMetaData()).userId());
        return interceptorChain.proceed();
    }
}
