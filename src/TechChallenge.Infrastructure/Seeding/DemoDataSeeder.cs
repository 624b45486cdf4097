using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Jobs;

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
    TimeProvider clock)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

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
            s => new SubCenter { TransferCenterId = center.Id, Name = s.Name, NameZh = s.NameZh, Region = s.Region });
        center.SubCenters.AddRange(subCenters.Values);
        var organizations = data.SolverOrganizations.ToDictionary(
            o => o.Key,
            o => new SolverOrganization { Name = o.Name, NameZh = o.NameZh, Kind = Enum.Parse<SolverOrganizationKind>(o.Kind) });
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
            };
            Ensure(await userManager.CreateAsync(user, data.Password), demoUser.Email);
            Ensure(await userManager.AddToRoleAsync(user, demoUser.Role), demoUser.Email);
            users[demoUser.Email] = user;
        }

        var toSchedule = new List<Challenge>();
        foreach (var demo in data.Challenges)
        {
            var challenge = BuildChallenge(demo, subCenters, users, now);
            db.Challenges.Add(challenge);
            if (challenge.Status == ChallengeStatus.SubmissionsOpen)
            {
                toSchedule.Add(challenge);
            }

            foreach (var proposal in demo.Proposals ?? [])
            {
                db.Proposals.Add(new Proposal
                {
                    ChallengeId = challenge.Id,
                    SolverUserId = users[proposal.Solver].Id,
                    SolverOrganizationId = users[proposal.Solver].SolverOrganizationId,
                    Title = proposal.Title,
                    Body = proposal.Body,
                    SubmittedAtUtc = challenge.SubmissionDeadlineUtc!.Value.AddDays(-2),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var challenge in toSchedule)
        {
            await challengeClock.ScheduleCloseAsync(challenge, cancellationToken);
        }

        return true;
    }

    private static Challenge BuildChallenge(DemoChallenge demo, Dictionary<string, SubCenter> subCenters, Dictionary<string, ApplicationUser> users, DateTime now)
    {
        var deadline = now.Date.AddDays(demo.DeadlineDays).AddHours(9); // 17:00 China Standard Time
        var challenge = new Challenge
        {
            SubCenterId = subCenters[demo.SubCenter].Id,
            Title = demo.Title,
            Summary = demo.Summary,
            Description = demo.Description,
            EnterpriseName = demo.Enterprise,
            Award = demo.Award,
            SubmissionDeadlineUtc = deadline,
            CreatedByUserId = users[demo.CreatedBy].Id,
            CreatedAtUtc = now.AddDays(Math.Min(demo.DeadlineDays, 0) - 40),
        };
        challenge.Criteria.AddRange(demo.Criteria.Select((c, i) => new ScoringCriterion
        {
            ChallengeId = challenge.Id,
            Name = c.Name,
            Description = c.Description,
            Weight = c.Weight,
            SortOrder = i,
        }));
        challenge.Judges.AddRange(demo.Judges.Select(email => new JudgeAssignment { ChallengeId = challenge.Id, JudgeUserId = users[email].Id, AssignedAtUtc = challenge.CreatedAtUtc }));

        var manager = challenge.CreatedByUserId;
        if (demo.Stage is "open" or "judging")
        {
            Ensure(challenge.Apply(ChallengeTrigger.Publish, challenge.CreatedAtUtc, manager));
        }

        if (demo.Stage == "judging")
        {
            Ensure(challenge.Apply(ChallengeTrigger.CloseSubmissions, deadline, null, "Submission deadline reached"));
            Ensure(challenge.Apply(ChallengeTrigger.StartJudging, deadline, null, "Judging opens when submissions close"));
        }

        return challenge;
    }

    private static void Ensure(Domain.Common.Outcome outcome)
    {
        if (!outcome.Succeeded)
        {
            throw new InvalidOperationException($"Demo data breaks a rule: {outcome.Violation}");
        }
    }

    private static void Ensure(IdentityResult result, string who)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {who}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoData(
    string Password,
    DemoNamed TransferCenter,
    IReadOnlyList<DemoSubCenter> SubCenters,
    IReadOnlyList<DemoOrganization> SolverOrganizations,
    IReadOnlyList<DemoUser> Users,
    IReadOnlyList<DemoChallenge> Challenges);

public sealed record DemoNamed(string Name, string NameZh);

public sealed record DemoSubCenter(string Key, string Name, string NameZh, string Region);

public sealed record DemoOrganization(string Key, string Name, string NameZh, string Kind);

public sealed record DemoUser(string Email, string DisplayName, string Role, string? SubCenter, string? Organization);

public sealed record DemoCriterion(string Name, string Description, decimal Weight);

public sealed record DemoProposal(string Solver, string Title, string Body);

public sealed record DemoChallenge(
    string SubCenter,
    string CreatedBy,
    string Stage,
    int DeadlineDays,
    string Title,
    string Summary,
    string Description,
    string Enterprise,
    string? Award,
    IReadOnlyList<DemoCriterion> Criteria,
    IReadOnlyList<string> Judges,
    IReadOnlyList<DemoProposal>? Proposals);
