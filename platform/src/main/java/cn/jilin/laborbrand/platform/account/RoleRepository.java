package cn.jilin.laborbrand.platform.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface RoleRepository extends Repository<Role, String> {

    List<Role> findAllByOrderBySortOrder();

    Optional<Role> findById(String code);

    Role save(Role role);
}
