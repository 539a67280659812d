package cn.jilin.laborbrand.platform.account;

/** An account as a choice in a form (linking an expert to their sign-in, say): id, username, name, enabled or not. */
public record AccountChoice(long id, String username, String displayName, boolean enabled) {
}
