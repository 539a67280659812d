package cn.jilin.laborbrand.subsidy.claim;

/** Where the money goes: the kind of account, its number (stored encrypted) and the bank. */
public record PayeeAccount(AccountKind kind, String number, String bankName) {
}
