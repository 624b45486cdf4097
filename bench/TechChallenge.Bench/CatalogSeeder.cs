using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Regions;
using TechChallenge.Infrastructure.Challenges;
using TechChallenge.TestSupport;

namespace TechChallenge.Bench;

/// <summary>
/// Fills the catalog with published challenges built like real ones (through the domain's own editing and lifecycle),
/// varied in sub-center, field, region, type, award and deadline, with Chinese and English text of realistic length.
/// </summary>
internal static class CatalogSeeder
{
    private static readonly string[] Subjects =
    [
        "石墨烯粉体 graphene powder",
        "锂电池正极回收 lithium cathode recycling",
        "海上风电叶片 offshore wind blades",
        "高温合金铸件 superalloy castings",
        "印染废水 dyeing wastewater",
        "辣椒副产物 chilli by-products",
        "药物包埋 drug encapsulation",
        "智能焊接 intelligent welding",
        "纺织纤维 textile fibres",
        "茶叶加工 tea processing",
    ];

    private static readonly string[] Needs =
    [
        "工艺优化 process optimisation",
        "在线监测 online monitoring",
        "降本增效 cost reduction",
        "缺陷控制 defect control",
        "高值化利用 high-value use",
        "国产化替代 domestic substitution",
    ];

    // GB/T 2260 codes: Nantong, Zunyi, Changzhou, Shanghai, Hangzhou.
    private static readonly RegionCode[] Regions =
    [
        RegionCode.Parse("320600"),
        RegionCode.Parse("520300"),
        RegionCode.Parse("320400"),
        RegionCode.Parse("310000"),
        RegionCode.Parse("330100"),
    ];

    /// <summary>Queries the service-level measurement runs, from the catalog's everyday use.</summary>
    public static readonly (string Name, CatalogQuery Query)[] Queries =
    [
        ("browse, newest", new CatalogQuery()),
        ("text search", new CatalogQuery(Text: "graphene")),
        ("Chinese text + field + sort", new CatalogQuery(Text: "工艺", Field: "new-materials", Sort: CatalogSort.DeadlineSoonest)),
        ("award range + region", new CatalogQuery(Region: "520300", MinAward: 200_000, MaxAward: 600_000, Sort: CatalogSort.Award)),
    ];

    public static async Task SeedAsync(TechChallengeApp app, int count)
    {
        var manager = await app.ActorAsync(DemoAccounts.NantongManager);
        var admin = await app.ActorAsync(DemoAccounts.Admin);
        var subCenters = await app.WithDbAsync(db => db.SubCenters.Select(s => s.Id).ToListAsync());
        var random = new Random(2026);
        var now = DateTime.UtcNow;
        const int batch = 500;
        for (var start = 0; start < count; start += batch)
        {
            await app.WithDbAsync(async db =>
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                var tags = await db.FieldTags.ToListAsync();
                for (var i = start; i < Math.Min(count, start + batch); i++)
                {
                    db.Challenges.Add(Build(i, random, now, subCenters[i % subCenters.Count], tags, manager.UserId!, admin.UserId!));
                }

                db.ChangeTracker.DetectChanges();
                return await db.SaveChangesAsync();
            });
        }
    }

    private static Challenge Build(
        int number,
        Random random,
        DateTime now,
        Guid subCenterId,
        List<FieldTag> fields,
        string managerId,
        string adminId
    )
    {
        var subject = Subjects[random.Next(Subjects.Length)];
        var need = Needs[random.Next(Needs.Length)];
        var deadline = now.AddDays(random.Next(1, 120)).Date.AddHours(9);
        var field = fields[random.Next(fields.Count)];
        var created = now.AddDays(-random.Next(5, 60));
        var challenge = new Challenge
        {
            SubCenterId = subCenterId,
            Title = "",
            CreatedByUserId = managerId,
            CreatedAtUtc = created,
        };
        var statement = string.Join(
            "\n\n",
            Enumerable
                .Range(0, 6)
                .Select(p =>
                    $"企业现有{subject}{need}的需求，第{p + 1}部分说明现状、指标与约束条件。The enterprise needs {need} for {subject}; part {p + 1} states the "
                    + $"baseline, the targets and the constraints in detail."
                )
        );
        var content = ChallengeContent.Empty($"{subject} {need} #{number}") with
        {
            Summary = $"寻求{subject}{need}方案。Seeking {need} for {subject}.",
            Statement = statement,
            TechnicalRequirements = "- 指标一 target one\n- 指标二 target two",
            Type = (ChallengeType)(number % 3),
            AwardAmount = random.Next(1, 100) * 10_000,
            Region = Regions[random.Next(Regions.Length)],
            Enterprise = new EnterpriseInfo($"Enterprise {number} 企业", "Manufacturing", "Jiangsu", false),
            FieldTagIds = [field.Id],
            Rounds = [new RoundPlan("初评 Preliminary", created.AddDays(1), deadline, deadline, deadline.AddDays(14))],
            Criteria = [new CriterionPlan("可行性 Feasibility", "", 60), new CriterionPlan("成本 Cost", "", 40)],
        };
        Ensure(challenge.Edit(content, [field], created, managerId));
        Ensure(challenge.Apply(ChallengeTrigger.SubmitForReview, created, LifecycleActor.Manager(managerId)));
        Ensure(challenge.Apply(ChallengeTrigger.Approve, created, LifecycleActor.Admin(adminId)));
        Ensure(challenge.Apply(ChallengeTrigger.Publish, created.AddHours(1), LifecycleActor.Manager(managerId)));
        Ensure(challenge.Apply(ChallengeTrigger.OpenSubmissions, created.AddDays(1), LifecycleActor.Scheduler));
        return challenge;
    }

    private static void Ensure(TechChallenge.Domain.Common.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Bench data breaks a rule: {outcome.Violation}");
        }
    }
}
