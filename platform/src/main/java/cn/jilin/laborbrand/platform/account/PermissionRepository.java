package cn.jilin.laborbrand.platform.account;

import java.util.List;
import org.springframework.data.repository.Repository;

interface PermissionRepository extends Repository<Permission, String> {

    List<Permission> findAllByOrderBySortOrder();
}
