package cn.jilin.laborbrand.platform.account;

/**
 * Who is acting, as a domain service asks it: identity and permissions of the signed-in user (or of the platform
 * itself, for start-up and scheduled work). Domain code takes this port instead of reading the security context.
 */
public interface CurrentUser {

    /** The account acting, or null for the platform itself. */
    Long accountId();

    String username();

    boolean holds(String permission);
}
