package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.apiclient.ApiClientGrant;
import cn.jilin.laborbrand.platform.apiclient.ApiDataset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request made with a valid client token: the client's grant, with the authority {@link #CLIENT} (only tokens carry
 * it, so a signed-in portal user never reaches /api/v1/gov) and one authority per granted dataset.
 */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    static final String CLIENT = "api:client";

    private final ApiClientGrant grant;

    ApiClientAuthentication(ApiClientGrant grant) {
        super(authorities(grant));
        this.grant = grant;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(ApiClientGrant grant) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(CLIENT));
        for (ApiDataset dataset : grant.datasets()) {
            authorities.add(new SimpleGrantedAuthority(dataset.authority()));
        }
        return authorities;
    }

    ApiClientGrant grant() {
        return grant;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return grant;
    }

    @Override
    public String getName() {
        return "api-client:" + grant.clientId();
    }
}
