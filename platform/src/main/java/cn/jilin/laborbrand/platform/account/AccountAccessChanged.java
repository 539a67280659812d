package cn.jilin.laborbrand.platform.account;

/**
 * An account's access changed (disabled, locked, password set, roles or organisation changed): its open sessions must
 * end on every node. Published inside the transaction of the change; the web layer ends the sessions.
 *
 * @param username          the account whose sessions end
 * @param keepCurrentSession whether the session of the request that made the change stays (the owner changing their
 *                           own password keeps the session they did it in, and loses the others)
 */
public record AccountAccessChanged(String username, boolean keepCurrentSession) {
}
