package cn.jilin.laborbrand.platform.account;

/**
 * What an administrator does to an account. Each needs its own permission; on an account that holds an administrative
 * duty, on one's own account, or when it would grant such a duty, it waits for a second administrator.
 */
public enum AdminAction {
    EDIT_PROFILE("system:account:edit"),
    DISABLE("system:account:disable"),
    ENABLE("system:account:disable"),
    RESET_PASSWORD("system:account:reset-password"),
    UNLOCK("system:account:unlock"),
    ASSIGN_ROLES("system:account:assign-role"),
    CHANGE_ORGANISATION("system:account:assign-role");

    private final String permission;

    AdminAction(String permission) {
        this.permission = permission;
    }

    /** The permission that asking for this action needs. */
    public String permission() {
        return permission;
    }

    /** Whether it changes who the account is or what it may see, so that its open sessions must end. */
    boolean endsSessions() {
        return this != EDIT_PROFILE && this != UNLOCK && this != ENABLE;
    }
}
