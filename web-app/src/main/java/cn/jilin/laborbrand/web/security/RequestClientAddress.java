package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.audit.ClientAddress;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client's address for the audit log. Behind the proxy of the prod profile, forwarded headers are applied first
 * ({@code server.forward-headers-strategy=framework}), so this is the user's address, not the proxy's.
 */
@Component
class RequestClientAddress implements ClientAddress {

    @Override
    public String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
