package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 评选活动: the province's yearly call for nominations of one kind, with its categories, each prefecture's quota, the
 * nomination window, the rubric experts score on, the tiers of the result and where it stands. Campaigns are the
 * province's public calls: every holder of {@code campaign:view} sees them; nominations are scoped.
 */
@Entity
@Table(name = "selection_campaign")
public class SelectionCampaign extends AuditedEntity {

    public static final String SUBJECT_TYPE = "selection_campaign";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CampaignKind kind;

    @Column(name = "campaign_year")
    private int year;

    private String title;

    private String categories;

    @Column(name = "default_quota")
    private int defaultQuota;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_quota", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "prefecture_code")
    @Column(name = "quota")
    private Map<String, Integer> quotas = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_tier", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderBy("rank")
    private List<CampaignTier> tiers = new ArrayList<>();

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "notice_days")
    private int noticeDays;

    private String rubric;

    @Enumerated(EnumType.STRING)
    private CampaignState state = CampaignState.DRAFT;

    @Column(name = "notice_from")
    private LocalDate noticeFrom;

    @Column(name = "notice_to")
    private LocalDate noticeTo;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    private boolean demo;

    protected SelectionCampaign() {
    }

    SelectionCampaign(CampaignDetails details) {
        apply(details);
    }

    final void apply(CampaignDetails d) {
        this.kind = d.kind();
        this.year = d.year();
        this.title = d.title().strip();
        this.categories = d.categories().isEmpty() ? null : String.join("\n", d.categories());
        this.defaultQuota = d.defaultQuota();
        this.quotas.clear();
        this.quotas.putAll(d.quotas());
        this.tiers.clear();
        for (int i = 0; i < d.tiers().size(); i++) {
            this.tiers.add(new CampaignTier(i + 1, d.tiers().get(i).name().strip(), d.tiers().get(i).winners()));
        }
        this.opensOn = d.opensOn();
        this.closesOn = d.closesOn();
        this.noticeDays = d.noticeDays();
    }

    void moveTo(CampaignState state) {
        this.state = state;
    }

    void rubric(String rubric) {
        this.rubric = rubric;
    }

    void onNotice(LocalDate from, LocalDate to) {
        this.noticeFrom = from;
        this.noticeTo = to;
    }

    void published(LocalDate on) {
        this.publishedOn = on;
    }

    /** The quota of a prefecture: its own where set, else the default. */
    public int quotaOf(String prefectureCode) {
        return quotas.getOrDefault(prefectureCode, defaultQuota);
    }

    /** Whether nominations may be made on this day: the campaign is open and the day is within the window. */
    public boolean acceptsOn(LocalDate day) {
        return state == CampaignState.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Optional<CampaignTier> tier(Integer rank) {
        return rank == null ? Optional.empty() : tiers.stream().filter(t -> t.getRank() == rank).findFirst();
    }

    public List<String> getCategoryList() {
        return categories == null ? List.of() : Arrays.stream(categories.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public CampaignKind getKind() {
        return kind;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public int getDefaultQuota() {
        return defaultQuota;
    }

    public Map<String, Integer> getQuotas() {
        return Map.copyOf(quotas);
    }

    public List<CampaignTier> getTiers() {
        return List.copyOf(tiers);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public String getRubric() {
        return rubric;
    }

    public CampaignState getState() {
        return state;
    }

    public LocalDate getNoticeFrom() {
        return noticeFrom;
    }

    public LocalDate getNoticeTo() {
        return noticeTo;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public boolean isDemo() {
        return demo;
    }
}
