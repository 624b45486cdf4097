using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Regions;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Regions;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Seeding;

/// <summary>
/// Loads assets/demo/demo-data.json: the Eastern National Technology Transfer Center, its Nantong and Zunyi
/// sub-centers, solver organisations, one account per role and a few challenges in different stages.
/// Runs once: a database that already has a transfer centre is left alone.
/// </summary>
public sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> userManager,
    ChallengeClock challengeClock,
    RegionDirectory regions,
    TimeProvider clock
)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>What a final roadshow judges, beyond the preliminary review's paper criteria.</summary>
    private static readonly CriterionPlan[] RoadshowCriteria =
    [
        new(
            "Pilot-line readiness 中试就绪度",
            "Can the result run on the enterprise's own line within a year? 成果能否在一年内上企业产线？",
            60,
            "0–3 laboratory only 仅实验室; 4–6 bench-scale prototype 小试样机; 7–10 pilot run shown 已中试验证",
            Round: 2
        ),
        new(
            "Roadshow and team 路演与团队",
            "Clarity of the roadshow and the team's capacity to deliver 路演清晰度与团队交付能力",
            40,
            Round: 2
        ),
    ];

    public static DemoData Load()
    {
        using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream("TechChallenge.DemoData.json")
            ?? throw new InvalidOperationException("Demo data resource is missing.");
        return JsonSerializer.Deserialize<DemoData>(stream, JsonOptions) ?? throw new InvalidOperationException("Demo data is empty.");
    }

    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.TransferCenters.AnyAsync(cancellationToken))
        {
            return false;
        }

        var data = Load();
        var now = clock.GetUtcNow().UtcDateTime;
        var center = new TransferCenter { Name = data.TransferCenter.Name, NameZh = data.TransferCenter.NameZh };
        var subCenters = data.SubCenters.ToDictionary(
            s => s.Key,
            s => new SubCenter
            {
                TransferCenterId = center.Id,
                Name = s.Name,
                NameZh = s.NameZh,
                RegionCode = RegionOf(s.Region),
            }
        );
        center.SubCenters.AddRange(subCenters.Values);
        var organizations = data.SolverOrganizations.ToDictionary(o => o.Key, o => DemoOrganizationOf(o, now));
        db.TransferCenters.Add(center);
        db.SolverOrganizations.AddRange(organizations.Values);
        await db.SaveChangesAsync(cancellationToken);

        var users = new Dictionary<string, ApplicationUser>();
        foreach (var demoUser in data.Users)
        {
            var user = new ApplicationUser
            {
                UserName = demoUser.Email,
                Email = demoUser.Email,
                EmailConfirmed = true,
                DisplayName = demoUser.DisplayName,
                SubCenterId = demoUser.SubCenter is null ? null : subCenters[demoUser.SubCenter].Id,
                SolverOrganizationId = demoUser.Organization is null ? null : organizations[demoUser.Organization].Id,
                OrganizationRole = demoUser.Organization is null ? null : OrganizationRole.Admin,
            };
            (await userManager.CreateAsync(user, data.Password)).ThrowIfFailed($"Demo user {demoUser.Email}");
            (await userManager.AddToRoleAsync(user, demoUser.Role)).ThrowIfFailed($"Demo user {demoUser.Email}");
            users[demoUser.Email] = user;
        }

        var fields = data.FieldTags.ToDictionary(
            f => f.Code,
            f => new FieldTag
            {
                Code = f.Code,
                Name = f.Name,
                NameZh = f.NameZh,
            }
        );
        db.FieldTags.AddRange(fields.Values);
        var admin = users.Values.First(u => data.Users.Any(d => d.Email == u.Email && d.Role == Roles.PlatformAdmin));
        var toSchedule = new List<Challenge>();
        foreach (var demo in data.Challenges)
        {
            var challenge = BuildChallenge(demo, RegionOf(demo.Region), subCenters, users, fields, admin, now);
            db.Challenges.Add(challenge);
            if (ChallengeLifecycle.IsClockRunning(challenge.Status))
            {
                toSchedule.Add(challenge);
            }

            var form = ProposalForm.For(challenge);
            foreach (var demoProposal in demo.Proposals ?? [])
            {
                var solver = users[demoProposal.Solver];
                var submittedUtc = challenge.SubmissionDeadlineUtc!.Value.AddDays(-2);
                var team = Team.Found(challenge.Id, solver.DisplayName, solver.Id, solver.SolverOrganizationId, submittedUtc.AddDays(-3));
                db.Teams.Add(team);
                var proposal = Proposal.Start(challenge.Id, team.Id, solver.Id, submittedUtc.AddDays(-1));
                var answers = form.Zip(demoProposal.Sections, (section, text) => new SectionAnswer(section.Key, text));
                proposal.SaveDraft(proposal.Revision, demoProposal.Title, demoProposal.Body, form, answers, submittedUtc.AddDays(-1));
                var version = proposal.Submit(proposal.Revision, form, submittedUtc);
                if (!version.Succeeded)
                {
                    throw new InvalidOperationException($"Demo proposal '{demoProposal.Title}' is incomplete: {version.Violation}");
                }

                db.Proposals.Add(proposal);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var challenge in toSchedule)
        {
            await challengeClock.PlanAsync(challenge, cancellationToken);
        }

        return true;
    }

    /// <summary>The demo data names regions by GB/T 2260 code; each must be in the region list.</summary>
    private RegionCode RegionOf(string code) =>
        regions.Find(code) is not null
            ? RegionCode.Parse(code)
            : throw new InvalidOperationException($"Demo region {code} is not in the region list.");

    /// <summary>A demo organisation, approved by the platform a month ago.</summary>
    private static SolverOrganization DemoOrganizationOf(DemoOrganization demo, DateTime nowUtc)
    {
        var organization = SolverOrganization
            .Register(demo.Name, demo.NameZh, Enum.Parse<SolverOrganizationKind>(demo.Kind), demo.EmailDomain, nowUtc.AddDays(-35))
            .Value;
        organization.Review(approve: true, note: null, nowUtc.AddDays(-30));
        return organization;
    }

    /// <summary>
    /// Builds a challenge and walks it through the lifecycle to its demo stage, each step at a plausible past time, so
    /// its audit trail reads like a real one.
    /// </summary>
    private static Challenge BuildChallenge(
        DemoChallenge demo,
        RegionCode region,
        Dictionary<string, SubCenter> subCenters,
        Dictionary<string, ApplicationUser> users,
        Dictionary<string, FieldTag> fields,
        ApplicationUser admin,
        DateTime now
    )
    {
        var timeline = demo.Timeline;
        var created = EnsurePast(timeline.CreatedUtc(now), demo, now);
        var opens = timeline.OpensUtc(now);
        var deadline = timeline.ClosesUtc(now);
        var judgingOpens = timeline.JudgingOpensUtc(now);
        var judgingCloses = timeline.JudgingClosesUtc(now);
        List<RoundPlan> rounds = [new("Preliminary review 初评", opens, deadline, judgingOpens, judgingCloses)];
        if (demo.Roadshow)
        {
            rounds.Add(
                new RoundPlan(
                    "Final roadshow 路演终评",
                    judgingCloses.AddDays(1),
                    judgingCloses.AddDays(15),
                    judgingCloses.AddDays(16),
                    judgingCloses.AddDays(17)
                )
            );
        }

        var manager = users[demo.CreatedBy];
        var challenge = new Challenge
        {
            SubCenterId = subCenters[demo.SubCenter].Id,
            Title = demo.Title,
            CreatedByUserId = manager.Id,
            CreatedAtUtc = created,
        };
        var content = new ChallengeContent(
            demo.Title,
            demo.Summary,
            demo.Statement,
            demo.TechnicalRequirements,
            demo.Deliverables,
            Enum.Parse<ChallengeType>(demo.Type),
            demo.AwardAmount,
            demo.AwardCurrency,
            demo.AwardDescription,
            demo.IpTerms,
            region,
            new EnterpriseInfo(demo.Enterprise, demo.EnterpriseIndustry, demo.EnterpriseRegion, demo.EnterpriseConfidential),
            demo.Confidential,
            demo.ConfidentialityTerms,
            new ContactInfo(demo.Contact.Name, demo.Contact.Email, demo.Contact.Phone),
            demo.Fields.Select(f => fields[f].Id).ToList(),
            [.. demo.Criteria.Select(c => new CriterionPlan(c.Name, c.Description, c.Weight)), .. demo.Roadshow ? RoadshowCriteria : []],
            rounds
        );
        Ensure(challenge.Edit(content, fields.Values.ToList(), created, manager.Id));
        challenge.Judges.AddRange(
            rounds.SelectMany(
                (_, i) =>
                    demo.Judges.Select(email => new JudgeAssignment
                    {
                        ChallengeId = challenge.Id,
                        JudgeUserId = users[email].Id,
                        RoundNumber = i + 1,
                        AssignedAtUtc = created,
                    })
            )
        );

        var byManager = LifecycleActor.Manager(manager.Id);
        var byAdmin = LifecycleActor.Admin(admin.Id);
        (ChallengeTrigger Trigger, LifecycleActor By, DateTime At, string? Reason)[] path =
        [
            (ChallengeTrigger.SubmitForReview, byManager, DemoTimeline.At(now, timeline.Created, 16), null),
            (ChallengeTrigger.Approve, byAdmin, DemoTimeline.At(now, timeline.Created + 1, 10, 30), "Complete and clear 内容完整清晰"),
            (ChallengeTrigger.Publish, byManager, DemoTimeline.At(now, timeline.Created + 2, 9, 30), null),
        ];
        var (steps, clockTimes) = demo.Stage switch
        {
            "draft" => (0, Array.Empty<DateTime>()),
            "review" => (1, []),
            "open" => (3, [opens]),
            "judging" => (3, [opens, deadline, judgingOpens]),
            _ => throw new InvalidOperationException($"Unknown demo stage {demo.Stage}"),
        };
        foreach (var (trigger, by, at, reason) in path.Take(steps))
        {
            Ensure(challenge.Apply(trigger, EnsurePast(at, demo, now), by, reason));
        }

        // The clock's own steps, as the scheduler would have taken them at those times.
        foreach (var at in clockTimes)
        {
            challenge.AdvanceClock(EnsurePast(at, demo, now));
        }

        EnsureInStage(challenge, demo, now);
        return challenge;
    }

    /// <summary>Demo data is shown as it is: a step it records must have happened by the time it is loaded.</summary>
    private static DateTime EnsurePast(DateTime at, DemoChallenge demo, DateTime now) =>
        at < now ? at : throw new InvalidOperationException($"Demo challenge '{demo.Title}' would record a step at {at:u}, after {now:u}.");

    /// <summary>A demo challenge does what its stage says at the time it is loaded, by the domain's own rules.</summary>
    private static void EnsureInStage(Challenge challenge, DemoChallenge demo, DateTime now)
    {
        var (expected, violation) = demo.Stage switch
        {
            "draft" => (ChallengeStatus.Draft, null),
            "review" => (ChallengeStatus.SubmittedForReview, null),
            "open" => (ChallengeStatus.SubmissionsOpen, ChallengeLifecycle.CheckAcceptsSubmissions(challenge, now)),
            _ => (ChallengeStatus.Judging, ChallengeLifecycle.CheckAcceptsScores(challenge, 1, now)),
        };
        if (challenge.Status != expected || violation is not null || challenge.PendingMilestones().Any(m => m.AtUtc <= now))
        {
            throw new InvalidOperationException(
                $"Demo challenge '{demo.Title}' is {challenge.Status} at {now:u}, not {demo.Stage}: {violation?.Code}"
            );
        }
    }

    private static void Ensure(Domain.Common.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo data breaks a rule: {outcome.Violation}");
        }
    }
}
