package cn.jilin.laborbrand.platform.apiclient;

/** A token just issued: shown to the administrator once, never stored in the clear. */
public record IssuedToken(long clientId, String clientName, String token) {

    @Override
    public String toString() {
        return "IssuedToken[clientId=" + clientId + ", token=(hidden)]";
    }
}
