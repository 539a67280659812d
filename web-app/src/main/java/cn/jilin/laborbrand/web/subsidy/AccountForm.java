package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.subsidy.claim.AccountKind;
import cn.jilin.laborbrand.subsidy.claim.PayeeAccount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The payee's account as typed: never shown back in full (the form starts blank each time). */
record AccountForm(@NotNull AccountKind accountKind, @NotBlank @Size(max = 40) String accountNumber, @NotBlank @Size(max = 100) String bankName,
                   long version) {

    PayeeAccount account() {
        return new PayeeAccount(accountKind, accountNumber, bankName);
    }
}
