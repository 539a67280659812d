package cn.jilin.laborbrand.training.base;

/** A step the signed-in user may take on a base now, as its page offers it: the action, its URL segment, and whether it needs a reason. */
public record BaseStep(BaseAction action, String slug, boolean reasonRequired) {
}
