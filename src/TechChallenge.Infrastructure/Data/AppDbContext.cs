using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Regions;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Domain.Teams;
using TechChallenge.Infrastructure.Clock;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Data;

/// <summary>
/// The platform's database. Each provider has a subclass (<see cref="SqliteAppDbContext"/>,
/// <see cref="PostgresAppDbContext"/>) only so that each keeps its own migrations set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    /// <summary>Longest Markdown text accepted for a statement, requirements or terms (characters).</summary>
    public const int MaxLongText = 20_000;

    public DbSet<TransferCenter> TransferCenters => Set<TransferCenter>();
    public DbSet<SubCenter> SubCenters => Set<SubCenter>();
    public DbSet<SolverOrganization> SolverOrganizations => Set<SolverOrganization>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<ScoringCriterion> ScoringCriteria => Set<ScoringCriterion>();
    public DbSet<ChallengeTransition> ChallengeTransitions => Set<ChallengeTransition>();
    public DbSet<JudgeAssignment> JudgeAssignments => Set<JudgeAssignment>();
    public DbSet<JudgeInvitation> JudgeInvitations => Set<JudgeInvitation>();
    public DbSet<Appeal> Appeals => Set<Appeal>();
    public DbSet<RoundEntry> RoundEntries => Set<RoundEntry>();
    public DbSet<ScoreCorrection> ScoreCorrections => Set<ScoreCorrection>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalAttachment> ProposalAttachments => Set<ProposalAttachment>();
    public DbSet<ProposalVersion> ProposalVersions => Set<ProposalVersion>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Scorecard> Scorecards => Set<Scorecard>();
    public DbSet<CriterionScore> CriterionScores => Set<CriterionScore>();
    public DbSet<ChallengeRound> ChallengeRounds => Set<ChallengeRound>();
    public DbSet<ChallengeRevision> ChallengeRevisions => Set<ChallengeRevision>();
    public DbSet<FieldTag> FieldTags => Set<FieldTag>();
    public DbSet<ChallengeAttachment> ChallengeAttachments => Set<ChallengeAttachment>();
    public DbSet<ChallengeFollow> ChallengeFollows => Set<ChallengeFollow>();
    public DbSet<ChallengeRegistration> ChallengeRegistrations => Set<ChallengeRegistration>();
    public DbSet<ChallengeQuestion> ChallengeQuestions => Set<ChallengeQuestion>();
    public DbSet<ChallengeAnnouncement> ChallengeAnnouncements => Set<ChallengeAnnouncement>();
    public DbSet<ChallengeEvent> ChallengeEvents => Set<ChallengeEvent>();
    public DbSet<SubCenterInvitation> SubCenterInvitations => Set<SubCenterInvitation>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationOptOut> NotificationOptOuts => Set<NotificationOptOut>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<ReminderLog> ReminderLogs => Set<ReminderLog>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<TeamInvitation> TeamInvitations => Set<TeamInvitation>();
    public DbSet<OrganizationInvitation> OrganizationInvitations => Set<OrganizationInvitation>();
    public DbSet<UserExpertise> UserExpertise => Set<UserExpertise>();
    public DbSet<DeadlineExtension> DeadlineExtensions => Set<DeadlineExtension>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<TeamDeparture> TeamDepartures => Set<TeamDeparture>();
    public DbSet<EntryAssignment> EntryAssignments => Set<EntryAssignment>();
    public DbSet<ConflictDeclaration> ConflictDeclarations => Set<ConflictDeclaration>();
    public DbSet<DiscussionMessage> DiscussionMessages => Set<DiscussionMessage>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Region> Regions => Set<Region>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored in UTC; SQLite loses DateTimeKind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        // decimal is not orderable in SQLite; scores and weights fit a double's precision comfortably.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // One IEntityTypeConfiguration per entity, under Data/Configurations/<Feature>/.
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Domain objects create their own Guid ids. Telling EF so makes a new child added to a tracked parent
        // (a transition, an attachment) an insert, not an update of a row that does not exist.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
            {
                property.ValueGenerated = ValueGenerated.Never;
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RenewConcurrencyTokens();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RenewConcurrencyTokens();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// The one place a challenge's version is renewed: a save that changes a tracked challenge, or what its version
    /// guards (its rounds, criteria and fields, the rounds' entry assignments, the awards), gives it a new one, so a
    /// second save from a stale copy is refused. Its panel is left out: the editor sets round 1's judges beside the
    /// content's autosave, which must not then refuse the author's next save.
    /// </summary>
    private void RenewConcurrencyTokens()
    {
        var challenges = ChangeTracker.Entries<Challenge>().Where(e => e.State is EntityState.Modified or EntityState.Unchanged).ToList();
        if (challenges.Count == 0)
        {
            return;
        }

        var guarded = ChangeTracker
            .Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(GuardedChallengeId)
            .OfType<Guid>()
            .ToHashSet();
        foreach (var entry in challenges.Where(e => e.State == EntityState.Modified || guarded.Contains(e.Entity.Id)))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }

    private static Guid? GuardedChallengeId(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.Entity switch
        {
            ChallengeRound round => round.ChallengeId,
            ScoringCriterion criterion => criterion.ChallengeId,
            EntryAssignment assignment => assignment.ChallengeId,
            Award award => award.ChallengeId,
            // The challenge's field tags, a many-to-many join without a class of its own.
            _ when entry.Metadata.HasSharedClrType => entry
                .Metadata.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Challenge))
                .Select(fk => entry.Property(fk.Properties[0].Name).CurrentValue as Guid?)
                .FirstOrDefault(),
            _ => null,
        };

    private sealed class UtcDateTimeConverter()
        : ValueConverter<DateTime, DateTime>(
            v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
            v => DateTime.SpecifyKind(v, DateTimeKind.Utc)
        );

    private sealed class NullableUtcDateTimeConverter()
        : ValueConverter<DateTime?, DateTime?>(
            v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
            v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v
        );
}
