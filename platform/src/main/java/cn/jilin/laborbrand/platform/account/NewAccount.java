package cn.jilin.laborbrand.platform.account;

/**
 * What the system administrator supplies to open an account.
 *
 * @param passwordAgeing true for every real account: the initial password must be replaced at the first sign-in and
 *                       the password ages out; false only for the demo accounts
 */
public record NewAccount(String username, String displayName, Long organisationId, String initialPassword, boolean passwordAgeing) {
}
