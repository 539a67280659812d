package cn.jilin.laborbrand.platform.worklist;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import java.util.List;

/**
 * The work list's port: each module that has something waiting for people implements it as a bean, and the home page
 * shows what every source returns for the signed-in user. A source answers only within the user's permissions and
 * data scope (an empty list when the user has nothing to do there); modules that are not built simply have no source.
 */
public interface WorkItemSource {

    List<WorkItem> itemsFor(SignedInAccount user);
}
