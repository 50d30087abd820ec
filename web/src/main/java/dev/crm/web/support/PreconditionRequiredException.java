package dev.crm.web.support;

/** An update named neither the version it is based on nor an If-Match precondition: HTTP 428. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("Say which version you are changing: \"version\" in the body, or an If-Match header with its ETag");
    }
}
