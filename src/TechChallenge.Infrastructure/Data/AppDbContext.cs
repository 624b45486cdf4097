using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Notifications;
using TechChallenge.Domain.Judging;
using TechChallenge.Domain.Organizations;
using TechChallenge.Domain.Proposals;
using TechChallenge.Domain.Solvers;
using TechChallenge.Infrastructure.Jobs;
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

        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(10);
            user.Property(u => u.TimeZoneId).HasMaxLength(64);
            user.HasOne<SubCenter>().WithMany().HasForeignKey(u => u.SubCenterId).OnDelete(DeleteBehavior.Restrict);
            user.HasOne<SolverOrganization>().WithMany().HasForeignKey(u => u.SolverOrganizationId).OnDelete(DeleteBehavior.Restrict);
            user.Property(u => u.OrganizationRole).HasConversion<string>().HasMaxLength(16);
            user.Property(u => u.Bio).HasMaxLength(2000);
        });

        builder.Entity<UserExpertise>(expertise =>
        {
            expertise.HasKey(e => new { e.UserId, e.FieldTagId });
            expertise.HasIndex(e => e.FieldTagId);
            expertise.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
            expertise.HasOne<FieldTag>().WithMany().HasForeignKey(e => e.FieldTagId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<OrganizationInvitation>(invitation =>
        {
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
            invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasOne<SolverOrganization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Team>(team =>
        {
            team.Property(t => t.Name).HasMaxLength(Team.MaxNameLength);
            team.HasIndex(t => t.ChallengeId);
            team.HasOne<Challenge>().WithMany().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.Restrict);
            team.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
            team.HasMany(t => t.Invitations).WithOne().HasForeignKey(i => i.TeamId).OnDelete(DeleteBehavior.Cascade);
            team.HasMany(t => t.Departures).WithOne().HasForeignKey(d => d.TeamId).OnDelete(DeleteBehavior.Cascade);
            team.Ignore(t => t.Lead);
            team.Ignore(t => t.PendingInvitations);
        });

        builder.Entity<TeamDeparture>(departure =>
        {
            departure.Property(d => d.UserId).HasMaxLength(450);
            departure.HasIndex(d => d.UserId);
        });

        builder.Entity<EntryAssignment>(assignment =>
        {
            assignment.HasKey(a => new { a.ProposalId, a.RoundNumber, a.JudgeUserId });
            assignment.Property(a => a.JudgeUserId).HasMaxLength(450);
            assignment.HasIndex(a => new { a.ChallengeId, a.RoundNumber, a.JudgeUserId });
            assignment.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
            assignment.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Award>(award =>
        {
            award.Property(a => a.Title).HasMaxLength(Award.MaxTitleLength);
            award.Property(a => a.Amount).HasPrecision(18, 2);
            award.HasIndex(a => new { a.ChallengeId, a.ProposalId }).IsUnique();
            award.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            award.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<DiscussionMessage>(message =>
        {
            message.Property(m => m.AuthorUserId).HasMaxLength(450);
            message.Property(m => m.Text).HasMaxLength(DiscussionMessage.MaxTextLength);
            message.HasIndex(m => new { m.ProposalId, m.PostedAtUtc });
            message.HasOne<Proposal>().WithMany().HasForeignKey(m => m.ProposalId).OnDelete(DeleteBehavior.Cascade);
            message.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ConflictDeclaration>(declaration =>
        {
            declaration.Property(d => d.JudgeUserId).HasMaxLength(450);
            declaration.Property(d => d.Reason).HasMaxLength(ConflictDeclaration.MaxReasonLength);
            declaration.Property(d => d.OrganizationName).HasMaxLength(SolverOrganization.MaxNameLength);
            declaration.HasIndex(d => new { d.ChallengeId, d.JudgeUserId });
            declaration.HasOne<Challenge>().WithMany().HasForeignKey(d => d.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            declaration.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TeamMember>(member =>
        {
            member.HasKey(m => new { m.TeamId, m.UserId });
            member.Property(m => m.UserId).HasMaxLength(450);
            member.Property(m => m.Role).HasConversion<string>().HasMaxLength(16);
            // One team per solver and challenge, held by the database when two joins race.
            member.HasIndex(m => new { m.ChallengeId, m.UserId }).IsUnique();
            member.HasIndex(m => m.UserId);
            member.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
            member.HasOne<SolverOrganization>().WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<TeamInvitation>(invitation =>
        {
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
            invitation.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
            invitation.HasIndex(i => new { i.Email, i.Status });
        });

        builder.Entity<DeadlineExtension>(extension =>
        {
            extension.Property(e => e.Reason).HasMaxLength(DeadlineExtension.MaxReasonLength);
            extension.Property(e => e.GrantedByUserId).HasMaxLength(450);
            extension.HasIndex(e => new { e.ChallengeId, e.TeamId });
            extension.HasOne<Team>().WithMany().HasForeignKey(e => e.TeamId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ExtensionRequest>(request =>
        {
            request.Property(r => r.Reason).HasMaxLength(DeadlineExtension.MaxReasonLength);
            request.Property(r => r.DecisionNote).HasMaxLength(DeadlineExtension.MaxReasonLength);
            request.Property(r => r.RequestedByUserId).HasMaxLength(450);
            request.Property(r => r.DecidedByUserId).HasMaxLength(450);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.HasIndex(r => new { r.ChallengeId, r.Status });
            request.HasOne<Team>().WithMany().HasForeignKey(r => r.TeamId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TransferCenter>(center =>
        {
            center.Property(c => c.Name).HasMaxLength(200);
            center.Property(c => c.NameZh).HasMaxLength(200);
            center.HasMany(c => c.SubCenters).WithOne(s => s.TransferCenter).HasForeignKey(s => s.TransferCenterId);
        });

        builder.Entity<SubCenter>(sub =>
        {
            sub.Property(s => s.Name).HasMaxLength(200);
            sub.Property(s => s.NameZh).HasMaxLength(200);
            sub.Property(s => s.Region).HasMaxLength(100);
        });

        builder.Entity<SolverOrganization>(org =>
        {
            org.Property(o => o.Name).HasMaxLength(200);
            org.Property(o => o.NameZh).HasMaxLength(200);
            org.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
            org.Property(o => o.EmailDomain).HasMaxLength(253);
            org.Property(o => o.Verification).HasConversion<string>().HasMaxLength(20);
            org.Property(o => o.ReviewNote).HasMaxLength(1000);
            org.Property(o => o.DomainProofEmail).HasMaxLength(256);
            org.Property(o => o.DomainProofTokenHash).HasMaxLength(64);
            org.Ignore(o => o.IsVerified);
        });

        builder.Entity<Challenge>(challenge =>
        {
            challenge.Property(c => c.Title).HasMaxLength(200);
            challenge.Property(c => c.Summary).HasMaxLength(1000);
            challenge.Property(c => c.Statement).HasMaxLength(MaxLongText);
            challenge.Property(c => c.TechnicalRequirements).HasMaxLength(MaxLongText);
            challenge.Property(c => c.Deliverables).HasMaxLength(MaxLongText);
            challenge.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
            challenge.Property(c => c.AwardCurrency).HasMaxLength(3);
            challenge.Property(c => c.AwardDescription).HasMaxLength(500);
            challenge.Property(c => c.IpTerms).HasMaxLength(MaxLongText);
            challenge.Property(c => c.Region).HasMaxLength(100);
            challenge.Property(c => c.EnterpriseName).HasMaxLength(200);
            challenge.Property(c => c.EnterpriseIndustry).HasMaxLength(100);
            challenge.Property(c => c.EnterpriseRegion).HasMaxLength(100);
            challenge.Property(c => c.ConfidentialityTerms).HasMaxLength(MaxLongText);
            challenge.Property(c => c.ContactName).HasMaxLength(100);
            challenge.Property(c => c.ContactEmail).HasMaxLength(256);
            challenge.Property(c => c.ContactPhone).HasMaxLength(50);
            challenge.Property(c => c.CreatedByUserId).HasMaxLength(450);
            challenge.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
            challenge.Property(c => c.Version).IsConcurrencyToken();
            challenge.Ignore(c => c.DomainEvents);
            challenge.HasIndex(c => c.Status);
            challenge.HasIndex(c => new { c.SubCenterId, c.Status });
            challenge.HasIndex(c => c.PublishedAtUtc);
            challenge.HasIndex(c => c.SubmissionDeadlineUtc);
            challenge.HasIndex(c => c.AwardAmount);
            challenge.HasOne<SubCenter>().WithMany().HasForeignKey(c => c.SubCenterId).OnDelete(DeleteBehavior.Restrict);
            challenge.HasMany(c => c.Criteria).WithOne().HasForeignKey(c => c.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            challenge.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            challenge.HasMany(c => c.Transitions).WithOne().HasForeignKey(t => t.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            challenge.HasMany(c => c.Revisions).WithOne().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            challenge.HasMany(c => c.Judges).WithOne().HasForeignKey(j => j.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            challenge.HasMany(c => c.Fields).WithMany().UsingEntity("ChallengeFields");
            challenge.Navigation(c => c.Criteria).AutoInclude();
            challenge.Navigation(c => c.Rounds).AutoInclude();
            challenge.Navigation(c => c.Fields).AutoInclude();
        });

        builder.Entity<ChallengeRound>(round =>
        {
            round.Property(r => r.Name).HasMaxLength(100);
            round.Property(r => r.ReachedMilestone).HasConversion<string>().HasMaxLength(32);
            round.HasIndex(r => new { r.ChallengeId, r.Number }).IsUnique();
        });

        builder.Entity<ReminderLog>(log =>
        {
            // The key is the rule: one reminder per person, per offset, per deadline.
            log.HasKey(l => new { l.ChallengeId, l.Round, l.Audience, l.OffsetMinutes, l.UserId });
            log.Property(l => l.Audience).HasConversion<string>().HasMaxLength(16);
            log.Property(l => l.UserId).HasMaxLength(450);
            log.HasOne<Challenge>().WithMany().HasForeignKey(l => l.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<JobRun>(run =>
        {
            run.Property(r => r.JobName).HasMaxLength(200);
            run.Property(r => r.JobGroup).HasMaxLength(200);
            run.Property(r => r.TriggerName).HasMaxLength(200);
            run.Property(r => r.TriggerGroup).HasMaxLength(200);
            run.Property(r => r.InstanceId).HasMaxLength(200);
            run.Property(r => r.Result).HasMaxLength(JobRun.MaxResultLength);
            run.Property(r => r.Error).HasMaxLength(JobRun.MaxErrorLength);
            run.Property(r => r.JobDataJson).HasMaxLength(4000);
            run.HasIndex(r => r.FinishedUtc);
            run.HasIndex(r => new { r.Succeeded, r.FinishedUtc });
            run.HasIndex(r => r.ChallengeId);
        });

        builder.Entity<ChallengeRevision>(revision =>
        {
            revision.Property(r => r.EditedByUserId).HasMaxLength(450);
            revision.Property(r => r.ChangedParts).HasMaxLength(500);
            revision.Property(r => r.Note).HasMaxLength(2000);
            revision.Ignore(r => r.Parts);
            revision.HasIndex(r => new { r.ChallengeId, r.Number }).IsUnique();
        });

        builder.Entity<FieldTag>(tag =>
        {
            tag.Property(t => t.Code).HasMaxLength(64);
            tag.Property(t => t.Name).HasMaxLength(100);
            tag.Property(t => t.NameZh).HasMaxLength(100);
            tag.HasIndex(t => t.Code).IsUnique();
        });

        builder.Entity<ChallengeAttachment>(attachment =>
        {
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.StorageKey).HasMaxLength(100);
            attachment.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChallengeFollow>(follow =>
        {
            follow.HasKey(f => new { f.ChallengeId, f.UserId });
            follow.HasIndex(f => f.UserId);
            follow.HasOne<Challenge>().WithMany().HasForeignKey(f => f.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            follow.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChallengeRegistration>(registration =>
        {
            registration.HasKey(r => new { r.ChallengeId, r.UserId });
            registration.HasIndex(r => r.UserId);
            registration.HasOne<Challenge>().WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            registration.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChallengeQuestion>(question =>
        {
            question.Property(q => q.AskedByUserId).HasMaxLength(450);
            question.Property(q => q.Text).HasMaxLength(4000);
            question.Property(q => q.Answer).HasMaxLength(4000);
            question.Property(q => q.AnsweredByUserId).HasMaxLength(450);
            question.Property(q => q.Visibility).HasConversion<string>().HasMaxLength(16);
            question.HasIndex(q => new { q.ChallengeId, q.AskedAtUtc });
            question.HasOne<Challenge>().WithMany().HasForeignKey(q => q.ChallengeId).OnDelete(DeleteBehavior.Cascade);
            question.HasOne<ApplicationUser>().WithMany().HasForeignKey(q => q.AskedByUserId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ChallengeAnnouncement>(announcement =>
        {
            announcement.Property(a => a.Title).HasMaxLength(200);
            announcement.Property(a => a.Body).HasMaxLength(MaxLongText);
            announcement.Property(a => a.PostedByUserId).HasMaxLength(450);
            announcement.HasIndex(a => new { a.ChallengeId, a.PostedAtUtc });
            announcement.HasOne<Challenge>().WithMany().HasForeignKey(a => a.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ChallengeEvent>(challengeEvent =>
        {
            challengeEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(40);
            challengeEvent.Property(e => e.RecipientUserId).HasMaxLength(450);
            challengeEvent.HasIndex(e => e.DispatchedAtUtc);
            challengeEvent.HasOne<Challenge>().WithMany().HasForeignKey(e => e.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Notification>(notification =>
        {
            notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
            notification.Property(n => n.Subject).HasMaxLength(400);
            notification.Property(n => n.Link).HasMaxLength(400);
            // The bell counts a user's unread ones; the list shows a user's newest.
            notification.HasIndex(n => new { n.UserId, n.ReadAtUtc });
            notification.HasIndex(n => new { n.UserId, n.CreatedAtUtc });
            notification.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<NotificationOptOut>(optOut =>
        {
            optOut.HasKey(o => new { o.UserId, o.Kind, o.Channel });
            optOut.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
            optOut.Property(o => o.Channel).HasConversion<string>().HasMaxLength(20);
            optOut.HasOne<ApplicationUser>().WithMany().HasForeignKey(o => o.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<OutboxMessage>(message =>
        {
            message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(40);
            message.Property(m => m.State).HasConversion<string>().HasMaxLength(20);
            message.Property(m => m.ToAddress).HasMaxLength(256);
            message.Property(m => m.Culture).HasMaxLength(10);
            message.Property(m => m.Subject).HasMaxLength(500);
            message.Property(m => m.Body).HasMaxLength(MaxLongText);
            message.Property(m => m.UnsubscribeUrl).HasMaxLength(1000);
            message.Property(m => m.LastError).HasMaxLength(1000);
            // The delivery job's question: what is pending and due?
            message.HasIndex(m => new { m.State, m.NextAttemptAtUtc });
            message.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SubCenterInvitation>(invitation =>
        {
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
            invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasOne<SubCenter>().WithMany().HasForeignKey(i => i.SubCenterId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ScoringCriterion>(criterion =>
        {
            criterion.Property(c => c.Name).HasMaxLength(200);
            criterion.Property(c => c.Description).HasMaxLength(2000);
            criterion.Property(c => c.Anchors).HasMaxLength(ScoringCriterion.MaxAnchorsLength);
        });

        builder.Entity<ChallengeTransition>(transition =>
        {
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.Trigger).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.ActorUserId).HasMaxLength(450);
            transition.Property(t => t.Reason).HasMaxLength(1000);
        });

        builder.Entity<JudgeAssignment>(assignment =>
        {
            assignment.HasKey(a => new { a.ChallengeId, a.RoundNumber, a.JudgeUserId });
            assignment.HasIndex(a => a.JudgeUserId);
            assignment.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.JudgeUserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Proposal>(proposal =>
        {
            proposal.Property(p => p.Title).HasMaxLength(200);
            proposal.Property(p => p.StartedByUserId).HasMaxLength(450);
            proposal.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            proposal.Property(p => p.Sections).HasConversion(JsonColumn<IReadOnlyList<SectionAnswer>>.Converter, JsonColumn<IReadOnlyList<SectionAnswer>>.Comparer);
            // Two saves or submissions from the same revision: the second one finds the row changed and is refused.
            proposal.Property(p => p.Revision).IsConcurrencyToken();
            // One proposal per team: two clicks or two tabs cannot create two.
            proposal.HasIndex(p => p.TeamId).IsUnique();
            proposal.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasIndex(p => new { p.ChallengeId, p.Status });
            proposal.HasOne<Challenge>().WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.StartedByUserId).OnDelete(DeleteBehavior.Restrict);
            proposal.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
            proposal.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProposalId).OnDelete(DeleteBehavior.Cascade);
            proposal.Ignore(p => p.DraftAttachments);
            proposal.Ignore(p => p.LatestVersion);
            proposal.Ignore(p => p.HasUnsubmittedChanges);
        });

        builder.Entity<ProposalAttachment>(attachment =>
        {
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.Sha256).HasMaxLength(64);
            attachment.Property(a => a.StorageKey).HasMaxLength(100);
            attachment.HasIndex(a => a.Sha256);
        });

        builder.Entity<ApiToken>(token =>
        {
            token.Property(t => t.UserId).HasMaxLength(450);
            token.Property(t => t.Name).HasMaxLength(100);
            token.Property(t => t.TokenSha256).HasMaxLength(64);
            token.HasIndex(t => t.TokenSha256).IsUnique();
            token.HasIndex(t => t.UserId);
            token.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ProposalVersion>(version =>
        {
            version.Property(v => v.Title).HasMaxLength(200);
            version.Property(v => v.ContentSha256).HasMaxLength(64);
            version.Property(v => v.Sections).HasConversion(JsonColumn<IReadOnlyList<SectionAnswer>>.Converter, JsonColumn<IReadOnlyList<SectionAnswer>>.Comparer);
            version.Property(v => v.Files).HasConversion(JsonColumn<IReadOnlyList<VersionFile>>.Converter, JsonColumn<IReadOnlyList<VersionFile>>.Comparer);
            // Numbers are per proposal and never reused, even by two submissions racing each other.
            version.HasIndex(v => new { v.ProposalId, v.Number }).IsUnique();
            version.HasIndex(v => v.ContentSha256);
        });

        builder.Entity<JudgeInvitation>(invitation =>
        {
            invitation.Property(i => i.Email).HasMaxLength(256);
            invitation.Property(i => i.TokenHash).HasMaxLength(64);
            invitation.Property(i => i.InvitedByUserId).HasMaxLength(450);
            invitation.Property(i => i.AcceptedByUserId).HasMaxLength(450);
            invitation.Property(i => i.DeclineReason).HasMaxLength(JudgeInvitation.MaxReasonLength);
            invitation.HasIndex(i => i.TokenHash).IsUnique();
            invitation.HasIndex(i => new { i.ChallengeId, i.Email });
            invitation.HasOne<Challenge>().WithMany().HasForeignKey(i => i.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Appeal>(appeal =>
        {
            appeal.Property(a => a.FiledByUserId).HasMaxLength(450);
            appeal.Property(a => a.AnsweredByUserId).HasMaxLength(450);
            appeal.Property(a => a.Reason).HasMaxLength(Appeal.MaxTextLength);
            appeal.Property(a => a.Response).HasMaxLength(Appeal.MaxTextLength);
            appeal.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            appeal.HasIndex(a => a.ChallengeId);
            appeal.HasIndex(a => a.ProposalId);
            appeal.HasOne<Proposal>().WithMany().HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RoundEntry>(entry =>
        {
            entry.HasKey(e => new { e.ChallengeId, e.RoundNumber, e.ProposalId });
            entry.Property(e => e.AdvancedByUserId).HasMaxLength(450);
            entry.HasOne<Proposal>().WithMany().HasForeignKey(e => e.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ScoreCorrection>(correction =>
        {
            correction.Property(c => c.ByUserId).HasMaxLength(450);
            correction.HasIndex(c => c.AppealId);
            correction.HasOne<Appeal>().WithMany().HasForeignKey(c => c.AppealId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Scorecard>(card =>
        {
            card.Property(c => c.JudgeUserId).HasMaxLength(450);
            card.Property(c => c.Comment).HasMaxLength(4000);
            card.Property(c => c.Recommendation).HasConversion<string>().HasMaxLength(24);
            card.HasIndex(c => new { c.ProposalId, c.JudgeUserId, c.RoundNumber }).IsUnique();
            card.HasOne<Proposal>().WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
            card.HasMany(c => c.Scores).WithOne().HasForeignKey(s => s.ScorecardId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CriterionScore>(score =>
        {
            score.HasKey(s => new { s.ScorecardId, s.CriterionId });
            score.Property(s => s.CommentToSolver).HasMaxLength(Scorecard.MaxCommentLength);
            score.HasOne<ScoringCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
        });

        // Domain objects create their own Guid ids. Telling EF so makes a new child added to a tracked parent
        // (a transition, an attachment) an insert, not an update of a row that does not exist.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
        {
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
            {
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
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

        var guarded = ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(GuardedChallengeId).OfType<Guid>().ToHashSet();
        foreach (var entry in challenges.Where(e => e.State == EntityState.Modified || guarded.Contains(e.Entity.Id)))
        {
            entry.Entity.Version = Guid.NewGuid();
        }
    }

    private static Guid? GuardedChallengeId(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) => entry.Entity switch
    {
        ChallengeRound round => round.ChallengeId,
        ScoringCriterion criterion => criterion.ChallengeId,
        EntryAssignment assignment => assignment.ChallengeId,
        Award award => award.ChallengeId,
        // The challenge's field tags, a many-to-many join without a class of its own.
        _ when entry.Metadata.HasSharedClrType => entry.Metadata.GetForeignKeys()
            .Where(fk => fk.PrincipalEntityType.ClrType == typeof(Challenge))
            .Select(fk => entry.Property(fk.Properties[0].Name).CurrentValue as Guid?)
            .FirstOrDefault(),
        _ => null,
    };

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The catalog's search is LIKE '%term%' on the lower-cased search text; a trigram index serves such substring
        // searches (Chinese included) without reading every row. pg_trgm is a trusted extension: the database owner
        // may create it.
        builder.HasPostgresExtension("pg_trgm");
        builder.Entity<Challenge>().HasIndex(c => c.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
