package cn.jilin.laborbrand.platform.account;

import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an organisation is succeeded, its accounts carry over to the successor (the same people, now officers of the
 * new body), each audited; their sessions end, so that the next request is made with the successor's scope.
 */
@Component
class SuccessionAccounts {

    private final AccountRepository accounts;
    private final AuditService audit;
    private final ApplicationEventPublisher events;

    SuccessionAccounts(AccountRepository accounts, AuditService audit, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    @EventListener
    void carryOver(OrganisationSucceeded succession) {
        for (Account account : accounts.findByOrganisationId(succession.predecessorId())) {
            account.moveTo(succession.successorId());
            accounts.save(account);
            audit.record("account.organisation.succeeded", "account", account.getId(),
                    "organisation " + succession.predecessorId() + " → " + succession.successorId());
            events.publishEvent(new AccountAccessChanged(account.getUsername(), false));
        }
    }
}
