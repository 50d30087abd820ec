package dev.crm.application.workspace;

/** Only the workspace's owner may do this (invite colleagues, ...). */
public class NotWorkspaceOwnerException extends RuntimeException {

    public NotWorkspaceOwnerException() {
        super("Only the owner of the workspace can do this");
    }
}
