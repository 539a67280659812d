package cn.jilin.laborbrand.web.support;

/** One answer of a type-ahead (`/…/options?q=`): the id a form posts, the label it shows and a hint beside it. */
public record Option(long id, String label, String hint) {
}
