package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.promotion.competition.CertificateRegister;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Promotion's certificate port, answered by training-base's certificate match (number and holder's name). */
@Component
class CertificateRegisterAdapter implements CertificateRegister {

    private final CertificateService certificates;

    CertificateRegisterAdapter(CertificateService certificates) {
        this.certificates = certificates;
    }

    @Override
    public Optional<LinkedCertificate> find(String number, String holderName) {
        return certificates.link(number, holderName).map(c -> new LinkedCertificate(c.issuer(), c.issueDate(), c.occupationCode(), c.level()));
    }
}
