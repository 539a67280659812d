package cn.jilin.laborbrand.promotion.event;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface EventRepository extends ScopedRepository<PromotionEvent, Long> {
}
